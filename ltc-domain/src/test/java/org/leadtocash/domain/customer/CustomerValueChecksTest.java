package org.leadtocash.domain.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.leadtocash.domain.testing.DomainTesters.cny;

import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.joda.money.Money;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.leadtocash.domain.common.CustomerId;
import org.leadtocash.domain.common.OrganisationLevel;
import org.leadtocash.domain.common.Rate;

/**
 * The customer values' own checks, each hit with the smallest invalid value and its message read
 * (DOMAIN D6.1–D6.5); the nearest valid value is accepted.
 */
class CustomerValueChecksTest {

  private static String refused(Executable construction) {
    return assertThrows(IllegalArgumentException.class, construction).getMessage();
  }

  @Test
  @DisplayName(
      "DOMAIN D6.5: an intangible score runs from 0 to 100; -1 and 101 are refused by name")
  void intangibleScoreBounds() {
    assertEquals(100, IntangibleScores.of(100, 0, 0, 0).learning());
    assertEquals(IntangibleScores.NONE, IntangibleScores.of(0, 0, 0, 0));
    assertEquals(
        "an intangible score is between 0 and 100, not learning = -1 (DOMAIN D6.5)",
        refused(() -> IntangibleScores.of(-1, 0, 0, 0)));
    assertEquals(
        "an intangible score is between 0 and 100, not skillBuilding = 101 (DOMAIN D6.5)",
        refused(() -> IntangibleScores.of(0, 101, 0, 0)));
    assertEquals(
        "an intangible score is between 0 and 100, not referral = 101 (DOMAIN D6.5)",
        refused(() -> IntangibleScores.of(0, 0, 101, 0)));
    assertEquals(
        "an intangible score is between 0 and 100, not other = -1 (DOMAIN D6.5)",
        refused(() -> IntangibleScores.of(0, 0, 0, -1)));
  }

  @Test
  @DisplayName("DOMAIN D6.3: a service strategy names values once, and states difference and offer")
  void serviceStrategyChecks() {
    List<ServiceValue> valued = List.of(ServiceValue.INNOVATION);
    assertEquals(valued, new ServiceStrategy(valued, "we differ", "we offer").valued());
    assertEquals(
        "a service strategy names what the customer values in us (DOMAIN D6.3)",
        refused(() -> new ServiceStrategy(List.of(), "we differ", "we offer")));
    assertEquals(
        "a service strategy names each value once: [INNOVATION, INNOVATION]",
        refused(
            () ->
                new ServiceStrategy(
                    List.of(ServiceValue.INNOVATION, ServiceValue.INNOVATION),
                    "we differ",
                    "we offer")));
    assertEquals(
        "a service strategy states how we differ from competitors (DOMAIN D6.3)",
        refused(() -> new ServiceStrategy(valued, " ", "we offer")));
    assertEquals(
        "a service strategy states what we offer (DOMAIN D6.3)",
        refused(() -> new ServiceStrategy(valued, "we differ", "")));
  }

  @Test
  @DisplayName(
      "DOMAIN D6.4: a tier summary of 0 customers and CNY 0 is valid; -1 and -0.01 are not")
  void tierSummaryChecks() {
    assertEquals(
        0, new TierSummary(ValueTier.KEY, 0, Rate.of(0, 3), cny(0), Rate.NO_DATA).customers());
    assertEquals(
        "a count of customers is not negative: -1",
        refused(() -> new TierSummary(ValueTier.KEY, -1, Rate.of(0, 3), cny(0), Rate.NO_DATA)));
    assertEquals(
        "a tier's value is not negative: CNY -0.01",
        refused(
            () ->
                new TierSummary(
                    ValueTier.KEY, 0, Rate.of(0, 3), Money.parse("CNY -0.01"), Rate.NO_DATA)));
  }

  @Test
  @DisplayName("DOMAIN D6.2: a grade policy states all three policies and a positive cadence")
  void gradePolicyChecks() {
    GradePolicy.Builder valid =
        GradePolicy.builder()
            .technical("standard products")
            .commercial("list prices")
            .contact("yearly contact")
            .contactCadence(Period.ofDays(1))
            .executiveSponsor(OrganisationLevel.REGION);
    assertEquals(Period.ofDays(1), valid.build().contactCadence());
    assertEquals(
        "a grade policy states its technical policy (DOMAIN D6.2)",
        refused(() -> GradePolicy.builder().from(valid.build()).technical(" ").build()));
    assertEquals(
        "a grade policy states its commercial policy (DOMAIN D6.2)",
        refused(() -> GradePolicy.builder().from(valid.build()).commercial(" ").build()));
    assertEquals(
        "a grade policy states its contact policy (DOMAIN D6.2)",
        refused(() -> GradePolicy.builder().from(valid.build()).contact(" ").build()));
    assertEquals(
        "a contact cadence is positive, not P0D (DOMAIN D6.2)",
        refused(
            () -> GradePolicy.builder().from(valid.build()).contactCadence(Period.ZERO).build()));
    assertEquals(
        "a contact cadence is positive, not P-1D (DOMAIN D6.2)",
        refused(
            () ->
                GradePolicy.builder()
                    .from(valid.build())
                    .contactCadence(Period.ofDays(-1))
                    .build()));
  }

  @Test
  @DisplayName("DOMAIN D6.2: each grade's standard policy has its cadence and sponsor level")
  void standardGradePolicies() {
    assertEquals(Period.ofMonths(1), GradePolicy.standard(CustomerGrade.S).contactCadence());
    assertEquals(
        OrganisationLevel.HEADQUARTERS, GradePolicy.standard(CustomerGrade.S).executiveSponsor());
    assertEquals(Period.ofMonths(3), GradePolicy.standard(CustomerGrade.A).contactCadence());
    assertEquals(
        OrganisationLevel.REGION, GradePolicy.standard(CustomerGrade.A).executiveSponsor());
    assertEquals(Period.ofMonths(6), GradePolicy.standard(CustomerGrade.B).contactCadence());
    assertEquals(Period.ofYears(1), GradePolicy.standard(CustomerGrade.C).contactCadence());
    assertEquals(
        OrganisationLevel.REPRESENTATIVE_OFFICE,
        GradePolicy.standard(CustomerGrade.C).executiveSponsor());
  }

  @Test
  @DisplayName("DOMAIN D6.1: the 30-second test has its five questions in order")
  void thirtySecondTestChecks() {
    CustomerId customer = CustomerId.of("CU-1");
    List<ThirtySecondAnswer> four =
        List.of(
            new ThirtySecondAnswer(ThirtySecondQuestion.STRATEGY, Optional.empty()),
            new ThirtySecondAnswer(ThirtySecondQuestion.ITS_CUSTOMERS, Optional.empty()),
            new ThirtySecondAnswer(ThirtySecondQuestion.HOW_IT_MAKES_MONEY, Optional.empty()),
            new ThirtySecondAnswer(ThirtySecondQuestion.WEAKEST_PRODUCT, Optional.empty()));
    assertEquals(
        "the 30-second test has 5 questions, not 4 (DOMAIN D6.1)",
        refused(() -> new ThirtySecondTest(customer, four)));
    List<ThirtySecondAnswer> swapped =
        List.of(
            new ThirtySecondAnswer(ThirtySecondQuestion.ITS_CUSTOMERS, Optional.empty()),
            new ThirtySecondAnswer(ThirtySecondQuestion.STRATEGY, Optional.empty()),
            new ThirtySecondAnswer(ThirtySecondQuestion.HOW_IT_MAKES_MONEY, Optional.empty()),
            new ThirtySecondAnswer(ThirtySecondQuestion.WEAKEST_PRODUCT, Optional.empty()),
            new ThirtySecondAnswer(ThirtySecondQuestion.WHO_DECIDES, Optional.empty()));
    assertEquals(
        "the 30-second test lists its questions in order; expected STRATEGY at 0",
        refused(() -> new ThirtySecondTest(customer, swapped)));
  }
}
