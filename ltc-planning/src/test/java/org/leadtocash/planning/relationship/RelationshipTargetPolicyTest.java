package org.leadtocash.planning.relationship;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leadtocash.domain.testing.DomainAssertions.assertRefused;
import static org.leadtocash.planning.relationship.NorthMobile.NORTH_MOBILE;
import static org.leadtocash.planning.relationship.NorthMobile.day;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.leadtocash.domain.common.CompetitorId;
import org.leadtocash.domain.common.CustomerId;
import org.leadtocash.domain.common.OpportunityId;
import org.leadtocash.domain.common.RuleViolationException;
import org.leadtocash.domain.relationship.GeneralRelationshipGrade;
import org.leadtocash.domain.relationship.KeyRelationshipLevel;
import org.leadtocash.domain.relationship.OrganisationalRelationshipLevel;

/**
 * The planner derives relationship targets from market targets with the standard policy (DOMAIN
 * D10.1, step 3), numbers worked by hand.
 */
class RelationshipTargetPolicyTest {

  private static final CustomerId EAST = CustomerId.of("CU-EAST");
  private static final CustomerId WEST = CustomerId.of("CU-WEST");
  private static final CustomerId SOUTH = CustomerId.of("CU-SOUTH");

  private static List<String> statements(List<RelationshipTarget> targets) {
    return targets.stream().map(RelationshipTarget::statement).toList();
  }

  @Test
  @DisplayName(
      "DOMAIN D10.1: 30 % of a new product with one customer, ratio 0.25, one hilltop: 3"
          + " exclusive, 1 supportive, 1 partner, general good")
  void thirtyPercent() {
    List<RelationshipTarget> targets =
        RelationshipTargetPolicy.standard().derive(NorthMobile.scope(), NorthMobile.targets());
    // s* = max(30 %, 0.25 / 1.25 = 20 %) = 30 %; B = 3; ⌈3/2⌉ = 2 exclusive + 1 hilltop
    assertEquals(
        List.of(
            "3 key persons at supportive and exclusive",
            "1 key person at supportive, not exclusive",
            "1 customer at partner or above",
            "general relationship at least good with 1 customer"),
        statements(targets));
    assertEquals(
        "the largest share target is 30.0%, so 3 of a decision chain of 10 back us with each of 1"
            + " customer: 2 of them exclusively per customer, 1 for the hilltop project",
        targets.get(0).basis());
  }

  @Test
  @DisplayName(
      "DOMAIN D10.1: 45 % of a category across a region of 4 customers, two hilltops, blocking"
          + " the rival: 15 exclusive, 8 supportive, 2 partners, general good with all 4")
  void regionAtFortyFivePercent() {
    PlanScope north = PlanScope.region("North", List.of(NORTH_MOBILE, EAST, WEST, SOUTH));
    MarketTargets targets =
        NorthMobile.profitOnly()
            .share(
                ShareTarget.regional(
                    "transport network", OfferingKind.CATEGORY, new BigDecimal("0.45")))
            .share(
                ShareTarget.withCustomer(
                    EAST, "5G core", OfferingKind.PRODUCT, new BigDecimal("0.25")))
            .competition(
                new CompetitionTarget(CompetitorId.of("CO-RIVAL"), new BigDecimal("0.5"), true))
            .hilltop(new HilltopTarget(OpportunityId.of("OP-1"), EAST, "east backbone"))
            .hilltop(new HilltopTarget(OpportunityId.of("OP-2"), WEST, "west metro"))
            .build();

    List<RelationshipTarget> derived = RelationshipTargetPolicy.standard().derive(north, targets);

    // s* = max(45 %, 0.5 / 1.5 = 33.34 %) = 45 %; B = ⌈4.5⌉ = 5 per customer, ⌈5/2⌉ = 3 exclusive
    // N = 4 × 3 + 2 hilltops + 1 blocker = 15; M = 4 × 2 = 8
    // K = min(4, max(1, ⌈0.45 × 4⌉ = 2, 2 hilltop customers)) = 2, at partner (45 % ≥ 30 %)
    assertEquals(
        List.of(
            "15 key persons at supportive and exclusive",
            "8 key persons at supportive, not exclusive",
            "2 customers at partner or above",
            "general relationship at least good with 4 customers"),
        statements(derived));
  }

  @Test
  @DisplayName(
      "DOMAIN D10.1: a suppression ratio of 1.5 asks for 60 % of the two shares, more than a 20 %"
          + " share target: 4 exclusive, 3 supportive, general excellent")
  void competitionDominates() {
    MarketTargets targets =
        NorthMobile.profitOnly()
            .share(
                ShareTarget.withCustomer(
                    NORTH_MOBILE, "5G core", OfferingKind.PRODUCT, new BigDecimal("0.20")))
            .competition(new CompetitionTarget(NorthMobile.RIVAL, new BigDecimal("1.5"), false))
            .hilltop(new HilltopTarget(NorthMobile.CORE, NORTH_MOBILE, "provincial 5G core"))
            .build();

    List<RelationshipTarget> derived =
        RelationshipTargetPolicy.standard().derive(NorthMobile.scope(), targets);

    // s* = 1.5 / 2.5 = 60 %; B = 6; 3 exclusive + 1 hilltop; 3 supportive
    assertEquals(
        List.of(
            "4 key persons at supportive and exclusive",
            "3 key persons at supportive, not exclusive",
            "1 customer at partner or above",
            "general relationship at least excellent with 1 customer"),
        statements(derived));
    assertTrue(derived.get(0).basis().startsWith("the suppression ratio asks for 60.0%"));
    assertEquals(GeneralRelationshipGrade.EXCELLENT, derived.get(3).generalGrade().orElseThrow());
  }

  @Test
  @DisplayName(
      "DOMAIN D10.1: a small target share across a region: 1 backer each, no supportive target,"
          + " key supplier")
  void smallShare() {
    PlanScope north = PlanScope.region("North", List.of(NORTH_MOBILE, EAST));
    MarketTargets targets =
        NorthMobile.profitOnly()
            .share(ShareTarget.regional("microwave", OfferingKind.CATEGORY, new BigDecimal("0.08")))
            .competition(new CompetitionTarget(NorthMobile.RIVAL, new BigDecimal("0.1"), false))
            .hilltop(new HilltopTarget(NorthMobile.CORE, NORTH_MOBILE, "provincial 5G core"))
            .build();

    List<RelationshipTarget> derived = RelationshipTargetPolicy.standard().derive(north, targets);

    // s* = max(8 %, 0.1 / 1.1 = 9.1 %) = 9.1 %; B = 1; N = 2 × 1 + 1 = 3; M = 0: no target
    // K = max(1, ⌈0.0910 × 2⌉ = 1, 1) = 1 at key supplier (under 30 %)
    assertEquals(
        List.of(
            "3 key persons at supportive and exclusive",
            "1 customer at key supplier or above",
            "general relationship at least good with 2 customers"),
        statements(derived));
    assertEquals(
        OrganisationalRelationshipLevel.KEY_SUPPLIER,
        derived.get(1).organisationalLevel().orElseThrow());
  }

  @Test
  @DisplayName(
      "DOMAIN D10.1: the host's policy replaces the standard one; what it derives is checked")
  void hostPolicy() {
    RelationshipPlan analysed =
        NorthMobile.opened()
            .then(p -> p.inheritMarketTargets(NorthMobile.targets(), day(1)))
            .then(p -> p.recordAnalysis(NorthMobile.analysis(), day(2)))
            .state();
    RelationshipTargetPolicy coachFirst =
        (scope, market) ->
            List.of(
                RelationshipTarget.keyPersons(
                    KeyRelationshipLevel.SUPPORTIVE_EXCLUSIVE, 2, "a coach and the decider"));
    assertEquals(
        List.of("2 key persons at supportive and exclusive"),
        statements(analysed.deriveTargets(coachFirst, day(3)).state().targets()));

    RelationshipTargetPolicy twice =
        (scope, market) ->
            List.of(
                RelationshipTarget.general(GeneralRelationshipGrade.GOOD, 1, "a"),
                RelationshipTarget.general(GeneralRelationshipGrade.GOOD, 1, "b"));
    RuleViolationException repeated =
        assertRefused(
            RuleViolationException.class, "D10.1", analysed, p -> p.deriveTargets(twice, day(3)));
    assertTrue(repeated.reason().contains("one target per subject"), repeated::reason);
    RelationshipTargetPolicy tooMany =
        (scope, market) ->
            List.of(
                RelationshipTarget.customers(OrganisationalRelationshipLevel.PARTNER, 2, "all"));
    assertRefused(
        RuleViolationException.class, "D10.1", analysed, p -> p.deriveTargets(tooMany, day(3)));
    RelationshipTargetPolicy nothing = (scope, market) -> List.of();
    assertRefused(
        RuleViolationException.class, "D10.1", analysed, p -> p.deriveTargets(nothing, day(3)));
  }
}
