package org.leadtocash.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leadtocash.examples.LeadToCashStory.CHEN_SPONSOR;
import static org.leadtocash.examples.LeadToCashStory.MA_REGION;
import static org.leadtocash.examples.LeadToCashStory.NORTH_MOBILE;
import static org.leadtocash.examples.LeadToCashStory.OPPORTUNITY;
import static org.leadtocash.examples.LeadToCashStory.SUN_SR;
import static org.leadtocash.examples.LeadToCashStory.WANG_NURTURER;
import static org.leadtocash.examples.LeadToCashStory.ZHANG_AR;
import static org.leadtocash.examples.LeadToCashStory.cny;
import static org.leadtocash.examples.LeadToCashStory.on;

import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.leadtocash.domain.common.AccessDeniedException;
import org.leadtocash.domain.common.IllegalTransitionException;
import org.leadtocash.domain.common.Probability;
import org.leadtocash.domain.common.RuleId;
import org.leadtocash.planning.account.GapCoverage;
import org.leadtocash.planning.account.GrowthMatrix;
import org.leadtocash.planning.account.Quadrant;
import org.leadtocash.planning.allocation.AccountHours;
import org.leadtocash.planning.allocation.Allocation;
import org.leadtocash.planning.allocation.HoursReason;
import org.leadtocash.planning.allocation.ReturnPolicy;
import org.leadtocash.planning.allocation.Salesperson;
import org.leadtocash.planning.expansion.ExpansionCard;
import org.leadtocash.planning.expansion.RankedSponsor;
import org.leadtocash.planning.expansion.SponsorRanking;
import org.leadtocash.planning.relationship.PlanScope;
import org.leadtocash.planning.relationship.PlanningStep;
import org.leadtocash.planning.relationship.RelationshipGap;
import org.leadtocash.planning.relationship.RelationshipPlan;
import org.leadtocash.planning.relationship.RelationshipTarget;
import org.leadtocash.planning.relationship.TargetGap;
import org.leadtocash.planning.target.Coverage;
import org.leadtocash.planning.target.CoverageReport;
import org.leadtocash.planning.target.OfficeTarget;
import org.leadtocash.planning.target.OpportunityNumber;

/**
 * The tour's last chapter, number by number: the Beijing office plans 2027 (DOMAIN D9.5, D10.1,
 * D10.3, D11.3, D11.6) with the tour's own won opportunity in North Mobile's number and the tour's
 * buying centre as today's relationships.
 */
class PlanningStoryTest {

  private static OfficeTarget beijing() {
    return PlanningStory.beijing(
        StorageStory.commands().wonOpportunity(), DashboardStory.eastTelecomCore());
  }

  @Test
  @DisplayName(
      "DOMAIN D9.5: the won backbone upgrade counts our part of the award, CNY 9 M, for certain;"
          + " an open opportunity its amount at its win probability")
  void opportunityNumbers() {
    assertEquals(
        OpportunityNumber.of(OPPORTUNITY, cny(9_000_000), Probability.CERTAIN),
        PlanningStory.number(StorageStory.commands().wonOpportunity()));
    assertEquals(
        OpportunityNumber.of(
            DashboardStory.eastTelecomCore().id(), cny(20_000_000), Probability.ofPercent(10)),
        PlanningStory.number(DashboardStory.eastTelecomCore()));
  }

  @Test
  @DisplayName(
      "DOMAIN D9.5: CNY 40 M split 5 : 3 : 2 is 20 M, 12 M and 8 M; North Mobile's 20 M is the"
          + " backbone's 9 M and the radio's 11 M")
  void decomposition() {
    OfficeTarget beijing = beijing();
    assertEquals(
        ImmutableMap.of(
            NORTH_MOBILE,
            cny(20_000_000),
            PlanningStory.EAST_TELECOM,
            cny(12_000_000),
            PlanningStory.METRO_RAIL,
            cny(8_000_000)),
        beijing.numbers());
    assertEquals(
        ImmutableMap.of(OPPORTUNITY, cny(9_000_000), PlanningStory.RADIO, cny(11_000_000)),
        beijing.customer(NORTH_MOBILE).orElseThrow().parts());
    assertFalse(beijing.customer(PlanningStory.METRO_RAIL).orElseThrow().isDecomposed());
  }

  @Test
  @DisplayName(
      "DOMAIN D9.5: weighted, Beijing covers 9 + 3.3 + 2 = CNY 14.3 M of 40 M, 25.7 M uncovered;"
          + " the area 46.3 M of 120 M, 75.7 M uncovered and Tianjin's 2 M surplus")
  void coverage() {
    CoverageReport report = PlanningStory.coverage(beijing());
    assertEquals(
        new Coverage(cny(20_000_000), cny(12_300_000), cny(7_700_000), cny(0)),
        report.customer(NORTH_MOBILE).orElseThrow().coverage());
    assertEquals(
        new Coverage(cny(40_000_000), cny(14_300_000), cny(25_700_000), cny(0)),
        report.unit(DashboardStory.BEIJING).coverage());
    assertEquals(
        new Coverage(cny(30_000_000), cny(32_000_000), cny(0), cny(2_000_000)),
        report.unit(DashboardStory.TIANJIN).coverage());
    assertEquals(
        new Coverage(cny(70_000_000), cny(46_300_000), cny(25_700_000), cny(2_000_000)),
        report.unit(DashboardStory.NORTH).coverage());
    assertEquals(
        new Coverage(cny(120_000_000), cny(46_300_000), cny(75_700_000), cny(2_000_000)),
        report.unit(DashboardStory.CHINA).coverage());
  }

  @Test
  @DisplayName(
      "DOMAIN D9.5: a number whose opportunities' parts do not sum back is refused, naming the rule"
          + " and the difference")
  void refusesAPlanThatDoesNotSumBack() {
    IllegalArgumentException refused =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                beijing()
                    .customer(NORTH_MOBILE)
                    .orElseThrow()
                    .onto(
                        ImmutableMap.of(
                            PlanningStory.number(StorageStory.commands().wonOpportunity()),
                            cny(9_000_000))));
    assertTrue(refused.getMessage().contains("(DOMAIN D9.5)"), refused::getMessage);
    assertTrue(refused.getMessage().contains("CNY 11,000,000.00 short"), refused::getMessage);
  }

  @Test
  @DisplayName(
      "DOMAIN D10.3: for the president, Chen scores 15 + 25 + 20 + 25 = 85, Ma 30 + 12.5 + 5 + 25"
          + " = 72.5, Sun 0 + 25 + 0 + 12.5 = 37.5: Chen is the senior sponsor")
  void sponsorRanking() {
    SponsorRanking ranking = PlanningStory.sponsorRanking();
    assertEquals(
        List.of(CHEN_SPONSOR, MA_REGION, SUN_SR),
        ranking.ranking().stream().map(r -> r.candidate().employee()).toList());
    assertEquals(
        List.of(new BigDecimal("85.00"), new BigDecimal("72.50"), new BigDecimal("37.50")),
        ranking.ranking().stream().map(RankedSponsor::score).toList());
    assertEquals(CHEN_SPONSOR, PlanningStory.expansionCard().sponsor().orElseThrow());
  }

  @Test
  @DisplayName(
      "DOMAIN D10.3: the card opened on 2026-12-01 is due for review on 2027-03-01, not the day"
          + " before; a peer of its owner may not read it (D7.8)")
  void cardReviewAndVisibility() {
    ExpansionCard card = PlanningStory.expansionCard();
    assertEquals(ZHANG_AR, card.owner());
    assertEquals(3, card.keyPersons().size());
    assertEquals(LocalDate.of(2027, 3, 1), card.nextReviewOn());
    assertFalse(card.reviewDue(LocalDate.of(2027, 2, 28)));
    assertTrue(card.reviewDue(LocalDate.of(2027, 3, 1)));
    assertEquals(card, card.readBy(CHEN_SPONSOR, RelationshipStory.organisation()));
    AccessDeniedException denied =
        assertThrows(
            AccessDeniedException.class,
            () -> card.readBy(SUN_SR, RelationshipStory.organisation()));
    assertEquals(RuleId.D7_8, denied.rule());
  }

  @Test
  @DisplayName(
      "DOMAIN D11.3: against the mean prize of CNY 22 M / 4 = 5.5 M and 50 %, one option in each"
          + " quadrant")
  void growthMatrix() {
    GrowthMatrix matrix = PlanningStory.growthMatrix();
    assertEquals(cny(5_500_000), matrix.thresholds().prize());
    assertEquals(
        Quadrant.ACT_NOW, matrix.find(PlanningStory.MORE_BACKBONE).orElseThrow().quadrant());
    assertEquals(
        Quadrant.PLAN_THE_ATTACK, matrix.find(PlanningStory.NEW_RADIO).orElseThrow().quadrant());
    assertEquals(
        Quadrant.OPPORTUNISTIC,
        matrix.find(PlanningStory.PREMIUM_SUPPORT).orElseThrow().quadrant());
    assertEquals(
        Quadrant.SHELVE, matrix.find(PlanningStory.CLOUD_SUBSIDIARY).orElseThrow().quadrant());
  }

  @Test
  @DisplayName(
      "DOMAIN D11.3: a gap of 20 − (9 + 1) = CNY 10 M; the options expect 4.2 + 3.3 + 1.6 + 0.6 ="
          + " 9.7 M, leaving 0.3 M that only the total of 22 M would close")
  void gapCoverage() {
    GapCoverage coverage = PlanningStory.gapCoverage();
    assertEquals(cny(10_000_000), coverage.gap().gap().orElseThrow());
    assertEquals(cny(9_700_000), coverage.expectedPrize());
    assertEquals(cny(22_000_000), coverage.totalPrize());
    assertEquals(cny(300_000), coverage.uncovered().orElseThrow());
    assertFalse(coverage.coveredByExpected());
    assertTrue(coverage.coveredByTotal());
  }

  @Test
  @DisplayName(
      "DOMAIN D10.1: a suppression ratio of 1.5 backs 1.5 / 2.5 = 60 % of the two shares, more than"
          + " the 30 % share target: 6 of 10 back us, 3 + 1 hilltop exclusive, 3 supportive, North"
          + " Mobile a partner, the general relationship excellent")
  void relationshipTargets() {
    RelationshipPlan plan = PlanningStory.relationshipPlan().state();
    assertEquals(PlanningStep.SET_RELATIONSHIP_TARGETS, plan.step());
    assertEquals(
        List.of(
            "4 key persons at supportive and exclusive",
            "3 key persons at supportive, not exclusive",
            "1 customer at partner or above",
            "general relationship at least excellent with 1 customer"),
        plan.targets().stream().map(RelationshipTarget::statement).toList());
  }

  @Test
  @DisplayName(
      "DOMAIN D10.1: against the tour's buying centre, the head of planning is the one exclusive"
          + " supporter (3 short), the CTO the one supportive (2 short); key supplier is 1 short of"
          + " partner, good 1 short of excellent")
  void relationshipGap() {
    RelationshipGap gap = PlanningStory.relationshipPlan().state().gap(PlanningStory.today());
    assertEquals(List.of(1, 1, 0, 0), gap.gaps().stream().map(TargetGap::reached).toList());
    assertEquals(List.of(3, 2, 1, 1), gap.gaps().stream().map(TargetGap::shortBy).toList());
    assertFalse(gap.isClosed());
  }

  @Test
  @DisplayName(
      "DOMAIN D10.1: the targets cannot be derived before the relationships are analysed; the"
          + " refusal names the rule")
  void refusesToSkipAStep() {
    RelationshipPlan inherited =
        RelationshipPlan.open(
                PlanningStory.RELATIONSHIP_PLAN,
                PlanScope.customer("North Mobile", NORTH_MOBILE),
                ZHANG_AR,
                CHEN_SPONSOR,
                on(PlanningStory.PLANNED_ON))
            .then(
                p ->
                    p.inheritMarketTargets(
                        PlanningStory.marketTargets(), on(PlanningStory.PLANNED_ON.plusDays(1))))
            .state();
    IllegalTransitionException refused =
        assertThrows(
            IllegalTransitionException.class,
            () -> inherited.deriveTargets(on(PlanningStory.PLANNED_ON.plusDays(2))));
    assertEquals(RuleId.D10_1, refused.rule());
    assertTrue(refused.getMessage().contains("D10.1"), refused::getMessage);
  }

  @Test
  @DisplayName(
      "DOMAIN D11.6: 700 h go to the floors (96 + 48 + 32 + 16 = 192 h), then by return per hour:"
          + " North Mobile and Metro Rail to their useful hours, East Telecom the last 36 h, so one"
          + " more hour is worth its CNY 10,000")
  void allocation() {
    Allocation allocation = PlanningStory.allocation();
    assertTrue(allocation.feasible());
    assertEquals(
        List.of(
            new BigDecimal("400.0"),
            new BigDecimal("84.0"),
            new BigDecimal("200.0"),
            new BigDecimal("16.0")),
        allocation.accounts().stream().map(AccountHours::hours).toList());
    assertEquals(
        List.of(
            HoursReason.AT_SATURATION,
            HoursReason.MARGINAL,
            HoursReason.AT_SATURATION,
            HoursReason.AT_FLOOR),
        allocation.accounts().stream().map(AccountHours::reason).toList());
    // 400 × 25,000 + 84 × 10,000 + 200 × 12,000 + 16 × 6,000
    assertEquals(cny(13_336_000), allocation.expectedReturn());
    assertEquals(cny(10_000), allocation.teamHourValue());
    assertEquals(cny(10_000), allocation.salesperson(ZHANG_AR).orElseThrow().hourValue());
    assertEquals(cny(10_000), allocation.salesperson(WANG_NURTURER).orElseThrow().hourValue());
  }

  @Test
  @DisplayName(
      "DOMAIN D11.6: with Zhang's 100 hours alone the floors of 192 h do not fit: 92 h short, one"
          + " new salesperson of 400 h closes it")
  void infeasibleFloors() {
    Allocation allocation =
        Allocation.of(
            PlanningStory.targetAccounts(),
            List.of(Salesperson.of(ZHANG_AR, BigDecimal.valueOf(100))),
            ReturnPolicy.standard(),
            BigDecimal.valueOf(400));
    assertFalse(allocation.feasible());
    assertEquals(new BigDecimal("92.0"), allocation.shortfall().orElseThrow().hours());
    assertEquals(1, allocation.shortfall().orElseThrow().headcount());
  }
}
