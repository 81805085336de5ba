package org.leadtocash.examples;

import static org.leadtocash.examples.LeadToCashStory.CONTRACT;
import static org.leadtocash.examples.LeadToCashStory.NORTH_MOBILE;
import static org.leadtocash.examples.LeadToCashStory.ZHOU_FR;
import static org.leadtocash.examples.LeadToCashStory.cny;
import static org.leadtocash.examples.LeadToCashStory.on;

import java.time.LocalDate;
import java.util.List;
import org.leadtocash.domain.common.CustomerId;
import org.leadtocash.domain.common.OrganisationLevel;
import org.leadtocash.domain.common.Transition;
import org.leadtocash.domain.customer.BasicDataAnalysis;
import org.leadtocash.domain.customer.BasicDataSource;
import org.leadtocash.domain.customer.Customer;
import org.leadtocash.domain.customer.CustomerCategory;
import org.leadtocash.domain.customer.CustomerEvent;
import org.leadtocash.domain.customer.CustomerGrade;
import org.leadtocash.domain.customer.CustomerSize;
import org.leadtocash.domain.customer.CustomerTotalValue;
import org.leadtocash.domain.customer.CustomerType;
import org.leadtocash.domain.customer.CustomerValue;
import org.leadtocash.domain.customer.GradePolicy;
import org.leadtocash.domain.customer.IntangibleScores;
import org.leadtocash.domain.customer.IntangibleValuePolicy;
import org.leadtocash.domain.customer.Segment;
import org.leadtocash.domain.customer.ServiceStrategy;
import org.leadtocash.domain.customer.ServiceValue;
import org.leadtocash.domain.customer.ServingCosts;
import org.leadtocash.domain.customer.ValueAssessment;
import org.leadtocash.domain.customer.ValuePyramid;
import org.leadtocash.domain.voice.CustomerIssue;
import org.leadtocash.domain.voice.FeedbackSource;
import org.leadtocash.domain.voice.IssueDescription;
import org.leadtocash.domain.voice.IssueEvaluation;
import org.leadtocash.domain.voice.IssueEvent;
import org.leadtocash.domain.voice.IssueId;
import org.leadtocash.domain.voice.IssueSatisfaction;
import org.leadtocash.domain.voice.IssueSeverity;
import org.threeten.extra.LocalDateRange;

/**
 * The customer side of the story (DOMAIN D6, D8): North Mobile graded through the steps of D6.3,
 * its place in the office's small portfolio, its total value, and a complaint during delivery that
 * is escalated and closed. Pure functions; the tour prints them and the scenario test asserts them.
 */
public final class CustomerStory {

  /** The complaint during the equipment delivery. */
  public static final IssueId COMPLAINT = IssueId.of("IS-2026-088");

  private CustomerStory() {}

  /**
   * North Mobile walks the grading steps (D6.3): basic data analysed, value identified, graded A
   * strategic with the grade's policy, and a service strategy decided.
   *
   * @return the graded customer
   */
  public static Transition<Customer, CustomerEvent> gradeNorthMobile() {
    return portfolioCustomer(
            NORTH_MOBILE,
            "North Mobile Group",
            CustomerType.TECHNICALLY_COMPLEX,
            CustomerGrade.A,
            CustomerCategory.STRATEGIC,
            9_000_000,
            60_000_000)
        .then(
            c ->
                c.decideServiceStrategy(
                    new ServiceStrategy(
                        List.of(
                            ServiceValue.INNOVATION,
                            ServiceValue.RESPONSE_SPEED,
                            ServiceValue.FINANCING),
                        "we co-design the backbone with their planning department",
                        "a joint innovation lab, 24-hour response, vendor financing"),
                    on(LocalDate.of(2026, 1, 9))));
  }

  private static Transition<Customer, CustomerEvent> portfolioCustomer(
      CustomerId id,
      String name,
      CustomerType type,
      CustomerGrade grade,
      CustomerCategory category,
      long currentValue,
      long longTermValue) {
    LocalDate gradedOn = LocalDate.of(2026, 1, 8);
    return Customer.register(
            id,
            name,
            Segment.of(CustomerSize.LARGE_ENTERPRISE_OR_INSTITUTION, type, cny(currentValue)),
            on(gradedOn.minusDays(3)))
        .then(
            c ->
                c.analyseBasicData(
                    BasicDataAnalysis.of(
                        "annual report, investment plan and analyst reports",
                        BasicDataSource.CUSTOMER_PROFILE,
                        BasicDataSource.THIRD_PARTY_REPORT),
                    on(gradedOn.minusDays(2))))
        .then(
            c ->
                c.identifyValue(
                    ValueAssessment.builder()
                        .currentValue(cny(currentValue))
                        .longTermValue(cny(longTermValue))
                        .rationale("this year's profit and the five-year investment plan")
                        .build(),
                    on(gradedOn.minusDays(1))))
        .then(c -> c.grade(grade, category, GradePolicy.standard(grade), gradedOn, on(gradedOn)));
  }

  /**
   * The office's portfolio of six customers, North Mobile among them, graded in January 2026. The
   * hospital has no business with us yet, and is still worth something (D6.2).
   *
   * @return the graded customers
   */
  public static List<Customer> portfolio() {
    return List.of(
        gradeNorthMobile().state(),
        portfolioCustomer(
                CustomerId.of("CU-EAST-TELECOM"),
                "East Telecom",
                CustomerType.TECHNICALLY_COMPLEX,
                CustomerGrade.S,
                CustomerCategory.STRATEGIC,
                25_000_000,
                180_000_000)
            .state(),
        portfolioCustomer(
                CustomerId.of("CU-WEST-POWER"),
                "West Power Grid",
                CustomerType.SERVICE_RESPONSIVE,
                CustomerGrade.B,
                CustomerCategory.PARTNER,
                4_000_000,
                15_000_000)
            .state(),
        portfolioCustomer(
                CustomerId.of("CU-METRO-RAIL"),
                "Metro Rail",
                CustomerType.SERVICE_RESPONSIVE,
                CustomerGrade.B,
                CustomerCategory.COMMERCIAL,
                3_000_000,
                8_000_000)
            .state(),
        portfolioCustomer(
                CustomerId.of("CU-HARBOUR-BANK"),
                "Harbour Bank",
                CustomerType.GENERAL,
                CustomerGrade.C,
                CustomerCategory.GENERAL,
                800_000,
                2_000_000)
            .state(),
        portfolioCustomer(
                CustomerId.of("CU-CITY-HOSPITAL"),
                "City Hospital",
                CustomerType.GENERAL,
                CustomerGrade.C,
                CustomerCategory.GENERAL,
                0,
                3_000_000)
            .state());
  }

  /**
   * The value pyramid of the portfolio (D6.4), each customer ranked by the larger of its current
   * and long-term value.
   *
   * @return the pyramid
   */
  public static ValuePyramid pyramid() {
    return ValuePyramid.classify(portfolio().stream().map(CustomerValue::of).toList());
  }

  /**
   * North Mobile's total value for 2026 (D6.5): profit contribution minus serving costs, plus the
   * intangible value our scores are worth at CNY 20,000 a point.
   *
   * @return the total value with its breakdown
   */
  public static CustomerTotalValue northMobileTotalValue() {
    return CustomerTotalValue.calculate(
        NORTH_MOBILE,
        LocalDateRange.of(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1)),
        cny(9_000_000),
        ServingCosts.of(cny(1_200_000), cny(600_000), cny(400_000)),
        IntangibleScores.of(60, 40, 70, 10),
        IntangibleValuePolicy.standard(cny(20_000)));
  }

  /**
   * The planning department complains that site engineers missed appointments during the equipment
   * delivery (D8.2): the complaint is accepted as serious, handled by Zhou, escalated to the
   * region, closed and evaluated by the customer.
   *
   * @return the issue with its history
   */
  public static Transition<CustomerIssue, IssueEvent> escalatedComplaint() {
    return CustomerIssue.accept(
            COMPLAINT,
            IssueDescription.builder()
                .customer(NORTH_MOBILE)
                .summary("site engineers missed three installation appointments")
                .severity(IssueSeverity.SERIOUS)
                .channel(FeedbackSource.HOTLINE)
                .raisedBy(RelationshipStory.PLANNING)
                .contract(CONTRACT)
                .build(),
            on(LocalDate.of(2026, 9, 7)))
        .then(i -> i.startHandling(ZHOU_FR, on(LocalDate.of(2026, 9, 7))))
        .then(
            i ->
                i.escalate(
                    OrganisationLevel.REGION,
                    "the office cannot free engineers before October",
                    on(LocalDate.of(2026, 9, 9))))
        .then(i -> i.markMajor("it delays the equipment milestone", on(LocalDate.of(2026, 9, 9))))
        .then(
            i ->
                i.close("the region assigned a dedicated site team", on(LocalDate.of(2026, 9, 14))))
        .then(
            i ->
                i.evaluate(
                    IssueEvaluation.of(IssueSatisfaction.SATISFIED, "fixed within a week"),
                    on(LocalDate.of(2026, 9, 18))));
  }
}
