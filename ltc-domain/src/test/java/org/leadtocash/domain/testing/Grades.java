package org.leadtocash.domain.testing;

import static org.leadtocash.domain.testing.DomainTesters.D0;
import static org.leadtocash.domain.testing.DomainTesters.T0;
import static org.leadtocash.domain.testing.DomainTesters.cny;

import java.time.Instant;
import org.leadtocash.domain.common.CustomerId;
import org.leadtocash.domain.customer.BasicDataAnalysis;
import org.leadtocash.domain.customer.BasicDataSource;
import org.leadtocash.domain.customer.Customer;
import org.leadtocash.domain.customer.CustomerCategory;
import org.leadtocash.domain.customer.CustomerGrade;
import org.leadtocash.domain.customer.CustomerSize;
import org.leadtocash.domain.customer.CustomerType;
import org.leadtocash.domain.customer.GradeAttestation;
import org.leadtocash.domain.customer.GradePolicy;
import org.leadtocash.domain.customer.Segment;
import org.leadtocash.domain.customer.ValueAssessment;

/**
 * Customers graded through the customer's own commands, for the tests that need the evidence of a
 * grade (DOMAIN D6.2): a {@link GradeAttestation} is issued only by a graded {@link Customer}.
 */
public final class Grades {

  private Grades() {}

  /**
   * Registers a customer and walks it through the first three grading steps (DOMAIN D6.3), graded
   * on {@link DomainTesters#D0} at {@link DomainTesters#T0}.
   *
   * @param customer the customer's id
   * @param grade its grade
   * @return the graded customer
   */
  public static Customer graded(CustomerId customer, CustomerGrade grade) {
    Instant at = T0;
    return Customer.register(
            customer,
            "Customer " + customer,
            Segment.of(
                CustomerSize.LARGE_ENTERPRISE_OR_INSTITUTION,
                CustomerType.TECHNICALLY_COMPLEX,
                cny(3_000_000)),
            at)
        .then(
            c ->
                c.analyseBasicData(
                    BasicDataAnalysis.of(
                        "the operator's investment plan", BasicDataSource.CUSTOMER_PROFILE),
                    at))
        .then(
            c ->
                c.identifyValue(
                    ValueAssessment.builder()
                        .currentValue(cny(1_000_000))
                        .longTermValue(cny(5_000_000))
                        .rationale("this year's profit and its five-year plan")
                        .build(),
                    at))
        .then(c -> c.grade(grade, CustomerCategory.PARTNER, GradePolicy.standard(grade), D0, at))
        .state();
  }

  /**
   * Returns the attestation of a grade, issued by a customer graded so.
   *
   * @param customer the customer's id
   * @param grade its grade
   * @return the customer's attestation of the grade
   */
  public static GradeAttestation attested(CustomerId customer, CustomerGrade grade) {
    return graded(customer, grade).gradeAttestation().orElseThrow();
  }
}
