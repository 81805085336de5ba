package org.leadtocash.domain.opportunity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.leadtocash.domain.testing.DomainTesters.cny;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.joda.money.Money;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.leadtocash.domain.common.CompetitorId;
import org.leadtocash.domain.common.OrganisationLevel;
import org.leadtocash.domain.customer.CustomerGrade;

/**
 * The gate policy's amount thresholds at their exact edges, and the opportunity values' own checks
 * hit with the smallest invalid value (DOMAIN D3.2, D3.5, D3.6).
 */
class OpportunityValueChecksTest {

  private static final Money REGION_FROM = cny(5_000_000);
  private static final Money HEADQUARTERS_FROM = cny(50_000_000);
  private static final Money FEN = Money.parse("CNY 0.01");
  private static final Optional<CustomerGrade> GRADE_B = Optional.of(CustomerGrade.B);
  private static final Instant AT = Instant.parse("2026-03-02T09:00:00Z");

  private static String refused(Executable construction) {
    return assertThrows(IllegalArgumentException.class, construction).getMessage();
  }

  @Test
  @DisplayName("DOMAIN D3.2: from exactly the region threshold a region decides; one fen less, not")
  void regionThresholdEdge() {
    GatePolicy policy = GatePolicy.standard(REGION_FROM, HEADQUARTERS_FROM);
    assertEquals(
        OrganisationLevel.REPRESENTATIVE_OFFICE,
        policy.requiredAuthority(Gate.ATB, REGION_FROM.minus(FEN), GRADE_B));
    assertEquals(
        OrganisationLevel.REGION, policy.requiredAuthority(Gate.ATB, REGION_FROM, GRADE_B));
    assertEquals(
        OrganisationLevel.REGION,
        policy.requiredAuthority(Gate.ATB, REGION_FROM.plus(FEN), GRADE_B));
  }

  @Test
  @DisplayName("DOMAIN D3.2: from exactly the headquarters threshold headquarters decides")
  void headquartersThresholdEdge() {
    GatePolicy policy = GatePolicy.standard(REGION_FROM, HEADQUARTERS_FROM);
    assertEquals(
        OrganisationLevel.REGION,
        policy.requiredAuthority(Gate.ATC, HEADQUARTERS_FROM.minus(FEN), GRADE_B));
    assertEquals(
        OrganisationLevel.HEADQUARTERS,
        policy.requiredAuthority(Gate.ATC, HEADQUARTERS_FROM, GRADE_B));
    assertEquals(
        OrganisationLevel.HEADQUARTERS,
        policy.requiredAuthority(Gate.ATC, HEADQUARTERS_FROM, Optional.of(CustomerGrade.S)));
  }

  @Test
  @DisplayName("DOMAIN D3.2: an S or unknown grade needs a region whatever the amount; B does not")
  void gradeDecidesBelowTheThresholds() {
    GatePolicy policy = GatePolicy.standard();
    assertEquals(
        OrganisationLevel.REGION,
        policy.requiredAuthority(Gate.ATI, FEN, Optional.of(CustomerGrade.S)));
    assertEquals(
        OrganisationLevel.REGION, policy.requiredAuthority(Gate.ATI, FEN, Optional.empty()));
    assertEquals(
        OrganisationLevel.REPRESENTATIVE_OFFICE, policy.requiredAuthority(Gate.ATI, FEN, GRADE_B));
    assertEquals(
        OrganisationLevel.REPRESENTATIVE_OFFICE,
        policy.requiredAuthority(Gate.ATI, FEN, Optional.of(CustomerGrade.C)));
    assertEquals(RejectionEffect.END, policy.onRejection(Gate.ATI));
    assertEquals(RejectionEffect.RETURN, policy.onRejection(Gate.ATB));
    assertEquals(RejectionEffect.RETURN, policy.onRejection(Gate.ATC));
    assertEquals("GatePolicy.standard()", policy.toString());
  }

  @Test
  @DisplayName("DOMAIN D3.2: thresholds are positive, ordered and in one currency; equal is fine")
  void thresholdChecks() {
    assertEquals(
        OrganisationLevel.HEADQUARTERS,
        GatePolicy.standard(FEN, FEN).requiredAuthority(Gate.ATC, FEN, GRADE_B));
    assertEquals(
        "the region threshold is positive: CNY 0.00",
        refused(() -> GatePolicy.standard(cny(0), HEADQUARTERS_FROM)));
    assertEquals(
        "the headquarters threshold CNY 4999999.99 is not below the region threshold"
            + " CNY 5000000.00",
        refused(() -> GatePolicy.standard(REGION_FROM, REGION_FROM.minus(FEN))));
    assertEquals(
        "the thresholds are in one currency: CNY 5000000.00 and USD 50000000.00",
        refused(() -> GatePolicy.standard(REGION_FROM, Money.parse("USD 50000000"))));
  }

  @Test
  @DisplayName("DOMAIN D3.6: a factor is scored 1 to 5; 0 and 6 are refused, all four are scored")
  void winAssessmentBounds() {
    Map<WinFactor, Integer> edges =
        Map.of(
            WinFactor.CUSTOMER_RELATIONSHIP, 1,
            WinFactor.SOLUTION, 5,
            WinFactor.COMMERCIAL_TERMS, 1,
            WinFactor.DELIVERY, 5);
    assertEquals(edges, WinAssessment.builder().putAllScores(edges).build().scores());
    assertEquals(
        "a factor is scored 1 to 5, not 0 for CUSTOMER_RELATIONSHIP",
        refused(
            () ->
                WinAssessment.builder()
                    .putScore(WinFactor.CUSTOMER_RELATIONSHIP, 0)
                    .putScore(WinFactor.SOLUTION, 5)
                    .putScore(WinFactor.COMMERCIAL_TERMS, 1)
                    .putScore(WinFactor.DELIVERY, 5)
                    .build()));
    assertEquals(
        "a factor is scored 1 to 5, not 6 for SOLUTION",
        refused(
            () ->
                WinAssessment.builder()
                    .putScore(WinFactor.CUSTOMER_RELATIONSHIP, 1)
                    .putScore(WinFactor.SOLUTION, 6)
                    .putScore(WinFactor.COMMERCIAL_TERMS, 1)
                    .putScore(WinFactor.DELIVERY, 5)
                    .build()));
    assertEquals(
        "an assessment scores all four factors (DOMAIN D3.6); missing [DELIVERY]",
        refused(
            () ->
                WinAssessment.builder()
                    .putScore(WinFactor.CUSTOMER_RELATIONSHIP, 3)
                    .putScore(WinFactor.SOLUTION, 3)
                    .putScore(WinFactor.COMMERCIAL_TERMS, 3)
                    .build()));
  }

  @Test
  @DisplayName("DOMAIN D3.5: an award of one fen is valid; a negative or empty award is refused")
  void awardSplitChecks() {
    CompetitorId rival = CompetitorId.of("CP-RIVAL");
    assertEquals(FEN, AwardSplit.allOurs(FEN).total());
    assertEquals(FEN, AwardSplit.builder().ours(cny(0)).putCompetitor(rival, FEN).build().total());
    assertEquals(
        "an award is not negative: ours CNY -0.01",
        refused(() -> AwardSplit.builder().ours(FEN.negated()).putCompetitor(rival, FEN).build()));
    assertEquals(
        "an award is not negative: CP-RIVAL CNY -0.01",
        refused(
            () -> AwardSplit.builder().ours(cny(100)).putCompetitor(rival, FEN.negated()).build()));
    assertEquals(
        "an award split awards something (DOMAIN D3.5)", refused(() -> AwardSplit.allOurs(cny(0))));
    assertEquals(
        "an award split is in one currency: CP-RIVAL has USD 1.00, ours is in CNY",
        refused(
            () ->
                AwardSplit.builder()
                    .ours(cny(100))
                    .putCompetitor(rival, Money.parse("USD 1"))
                    .build()));
  }

  @Test
  @DisplayName("DOMAIN D3.5: a loss, an abandonment and a cancellation each record why")
  void outcomesRecordWhy() {
    assertEquals(
        "a loss records why (DOMAIN D3.5)",
        refused(
            () -> new OpportunityOutcome.Lost(CompetitorId.of("CP-1"), " ", Optional.empty(), AT)));
    assertEquals(
        "abandoning records why (DOMAIN D3.5)",
        refused(() -> new OpportunityOutcome.Abandoned(" ", AT)));
    assertEquals(
        "a cancellation records why (DOMAIN D3.5)",
        refused(() -> new OpportunityOutcome.Cancelled(" ", AT)));
    assertEquals(
        OpportunityStatus.LOST,
        new OpportunityOutcome.Lost(CompetitorId.of("CP-1"), "price", Optional.empty(), AT)
            .status());
    assertEquals(
        OpportunityStatus.ABANDONED, new OpportunityOutcome.Abandoned("no budget", AT).status());
    assertEquals(
        OpportunityStatus.CANCELLED, new OpportunityOutcome.Cancelled("merged", AT).status());
  }

  @Test
  @DisplayName(
      "DOMAIN D3.2: a ruling states its rationale; only a conditional approval has conditions")
  void rulingChecks() {
    DecisionAuthority head =
        DecisionAuthority.of(
            org.leadtocash.domain.common.EmployeeId.of("E-OFFICE"),
            OrganisationLevel.REPRESENTATIVE_OFFICE);
    java.time.LocalDate on = java.time.LocalDate.of(2026, 3, 2);
    assertEquals(
        java.util.List.of("a pilot first"),
        Ruling.approveWithConditions(Gate.ATI, head, on, "fits", java.util.List.of("a pilot first"))
            .conditions());
    assertEquals(
        "a gate decision states its rationale (DOMAIN D3.2)",
        refused(() -> Ruling.approve(Gate.ATI, head, on, " ")));
    assertEquals(
        "an approval with conditions lists its conditions (DOMAIN D3.2)",
        refused(
            () -> Ruling.approveWithConditions(Gate.ATI, head, on, "fits", java.util.List.of())));
    assertEquals(
        "a condition of a gate decision is not blank (DOMAIN D3.2)",
        refused(
            () ->
                Ruling.approveWithConditions(
                    Gate.ATI, head, on, "fits", java.util.List.of("a pilot", " "))));
    assertEquals(
        "only an approval with conditions lists conditions, not a verdict APPROVED (DOMAIN D3.2)",
        refused(
            () ->
                Ruling.builder()
                    .gate(Gate.ATI)
                    .authority(head)
                    .decidedOn(on)
                    .verdict(Verdict.APPROVED)
                    .rationale("fits")
                    .addConditions("a pilot")
                    .build()));
  }

  @Test
  @DisplayName("DOMAIN D3.2: a readiness report checks its own gate's prerequisites and says why")
  void readinessChecks() {
    PrerequisiteCheck atiPassed = new PrerequisiteCheck(GatePrerequisite.ATI_PASSED, true, "done");
    assertEquals(
        true,
        new GateReadiness(
                Gate.ATB,
                java.util.List.of(atiPassed),
                OrganisationLevel.REGION,
                "grade S",
                Optional.empty())
            .isReady());
    assertEquals(
        false,
        new GateReadiness(
                Gate.ATB,
                java.util.List.of(atiPassed),
                OrganisationLevel.REGION,
                "grade S",
                Optional.of("the opportunity has ended"))
            .isReady());
    assertEquals(
        "ATI_PASSED is a prerequisite of ATB, not ATC",
        refused(
            () ->
                new GateReadiness(
                    Gate.ATC,
                    java.util.List.of(atiPassed),
                    OrganisationLevel.REGION,
                    "grade S",
                    Optional.empty())));
    assertEquals(
        "a readiness report says what the authority rests on",
        refused(
            () ->
                new GateReadiness(
                    Gate.ATB,
                    java.util.List.of(atiPassed),
                    OrganisationLevel.REGION,
                    " ",
                    Optional.empty())));
    assertEquals(
        "a blocked gate says why",
        refused(
            () ->
                new GateReadiness(
                    Gate.ATB,
                    java.util.List.of(atiPassed),
                    OrganisationLevel.REGION,
                    "grade S",
                    Optional.of(" "))));
  }

  @Test
  @DisplayName("DOMAIN D3.5: a forecast of nothing is refused before the state is looked at")
  void forecastIsPositive() {
    Opportunity opened = OpportunityFixtures.opened();
    assertEquals(
        "an opportunity's amount is positive, not CNY 0.00",
        refused(
            () ->
                opened.forecast(
                    cny(0),
                    java.time.LocalDate.of(2026, 9, 1),
                    org.leadtocash.domain.common.Probability.ofPercent(50),
                    OpportunityFixtures.day(1))));
  }

  @Test
  @DisplayName("DOMAIN D3.5: an opportunity is opened with a name and a positive amount")
  void profileChecks() {
    OpportunityProfile.Builder profile =
        OpportunityProfile.builder()
            .customer(OpportunityFixtures.CUSTOMER)
            .owner(OpportunityFixtures.AR)
            .name("5G core expansion");
    assertEquals(FEN, profile.amount(FEN).build().amount());
    assertEquals(
        "an opportunity's amount is positive, not CNY 0.00",
        refused(() -> profile.amount(cny(0)).build()));
    assertEquals("an opportunity has a name", refused(() -> profile.amount(FEN).name(" ").build()));
  }

  @Test
  @DisplayName("DOMAIN D3.2: an estimate may cost nothing, never less")
  void estimatedCostNotNegative() {
    ProjectEstimate.Builder estimate =
        ProjectEstimate.builder().preparedOn(OpportunityFixtures.date(0));
    assertEquals(cny(0), estimate.estimatedCost(cny(0)).build().estimatedCost());
    assertEquals(
        "an estimated cost is not negative: CNY -0.01",
        refused(() -> estimate.estimatedCost(FEN.negated()).build()));
  }

  @Test
  @DisplayName("DOMAIN D3.2: a prerequisite check says why it is met or not")
  void prerequisiteCheckSaysWhy() {
    assertEquals(
        "a prerequisite check says why",
        refused(() -> new PrerequisiteCheck(GatePrerequisite.VERIFIED, false, " ")));
  }

  @Test
  @DisplayName("DOMAIN D3.2: the policy's amount thresholds come in pairs")
  void thresholdsInPairs() {
    assertEquals(
        "the amount thresholds come in pairs",
        refused(() -> new StandardGatePolicy(Optional.of(REGION_FROM), Optional.empty())));
    assertEquals(
        "the amount thresholds come in pairs",
        refused(() -> new StandardGatePolicy(Optional.empty(), Optional.of(HEADQUARTERS_FROM))));
  }
}
