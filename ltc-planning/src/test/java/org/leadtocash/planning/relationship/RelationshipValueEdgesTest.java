package org.leadtocash.planning.relationship;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.leadtocash.planning.relationship.NorthMobile.CORE;
import static org.leadtocash.planning.relationship.NorthMobile.CTO;
import static org.leadtocash.planning.relationship.NorthMobile.NORTH_MOBILE;
import static org.leadtocash.planning.relationship.NorthMobile.RIVAL;
import static org.leadtocash.planning.relationship.NorthMobile.START;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.leadtocash.domain.common.CustomerId;
import org.leadtocash.domain.customer.DepartmentKind;
import org.leadtocash.domain.relationship.CustomerDepartment;
import org.leadtocash.domain.relationship.KeyRelationshipLevel;

/**
 * The relationship plan's values at their exact edges (DOMAIN D10.1, D10.4), and the standard
 * policy's targets worked out by hand where a share to back sits on a threshold.
 */
class RelationshipValueEdgesTest {

  private static final CustomerId PORT = CustomerId.of("CU-PORT");

  private static String refused(Executable construction) {
    return assertThrows(IllegalArgumentException.class, construction).getMessage();
  }

  @Test
  @DisplayName(
      "D10.1: a share target of 50 % and a suppression ratio of 1 back 50 % exactly: 5 of 10 back"
          + " us, 3 exclusively, the customer is a partner, the general grade excellent")
  void standardPolicyAtFiftyPercent() {
    // s = 0.50; p = 1 / (1 + 1) = 0.5000, equal to s, so the share target explains it;
    // b = ceil(0.5 × 10) = 5, exclusive = (5 + 1) / 2 = 3, supportive = 5 − 3 = 2;
    // key persons n = 1 × 3 + 1 hilltop = 4; 0.50 ≥ 0.30 partner, ≥ 0.50 excellent
    MarketTargets targets =
        NorthMobile.profitOnly()
            .share(
                ShareTarget.withCustomer(
                    NORTH_MOBILE, "5G core", OfferingKind.PRODUCT, new BigDecimal("0.50")))
            .competition(new CompetitionTarget(RIVAL, BigDecimal.ONE, false))
            .hilltop(new HilltopTarget(CORE, NORTH_MOBILE, "provincial 5G core"))
            .build();
    List<RelationshipTarget> derived =
        RelationshipTargetPolicy.standard().derive(NorthMobile.scope(), targets);
    assertEquals(List.of(4, 2, 1, 1), derived.stream().map(RelationshipTarget::count).toList());
    assertEquals(
        "the largest share target is 50.0%, so 5 of a decision chain of 10 back us with each of 1"
            + " customer: 3 of them exclusively per customer, 1 for the hilltop project",
        derived.get(0).basis());
    assertEquals(
        "the largest share target is 50.0%, so 5 of a decision chain of 10 back us with each of 1"
            + " customer: 2 of them supportive, not exclusive, per customer",
        derived.get(1).basis());
    assertEquals("1 customer at partner or above", derived.get(2).toString());
    assertEquals(
        "general relationship at least excellent with 1 customer", derived.get(3).toString());
    assertEquals(
        "a share to back of 50.0% (30 % or more) of 1 customer, and every customer of a hilltop"
            + " project",
        derived.get(2).basis());
    assertEquals(
        "every customer of the scope, at a share to back of 50.0% (50 % or more)",
        derived.get(3).basis());
  }

  @Test
  @DisplayName(
      "D10.1: under 30 % backed, the customers are key suppliers and the grade good; the"
          + " suppression ratio explains a larger part than the share")
  void standardPolicyBelowThresholds() {
    // s = 0.20; p = 0.5 / 1.5 = 0.3334 (rounded up) > s; b = ceil(3.334) = 4; 0.3334 ≥ 0.30
    // partner, < 0.50 good; two customers in the scope
    PlanScope region = PlanScope.region("North", List.of(NORTH_MOBILE, PORT));
    MarketTargets targets =
        NorthMobile.profitOnly()
            .share(ShareTarget.regional("5G core", OfferingKind.PRODUCT, new BigDecimal("0.20")))
            .competition(new CompetitionTarget(RIVAL, new BigDecimal("0.5"), true))
            .build();
    List<RelationshipTarget> derived = RelationshipTargetPolicy.standard().derive(region, targets);
    assertEquals(
        "[5, 4, 1, 2]", derived.stream().map(RelationshipTarget::count).toList().toString());
    assertEquals(
        "the suppression ratio asks for 33.3% of the two shares, more than the largest share target"
            + " 20.0%, so 4 of a decision chain of 10 back us with each of 2 customers: 2 of them"
            + " exclusively per customer, 0 for the hilltop projects and 1 to keep the competitor"
            + " from winning where we cannot",
        derived.get(0).basis());
    assertEquals("1 customer at partner or above", derived.get(2).toString());
    assertEquals("general relationship at least good with 2 customers", derived.get(3).toString());
    assertEquals(
        "a share to back of 33.3% (30 % or more) of 2 customers, and every customer of a hilltop"
            + " project",
        derived.get(2).basis());
    assertEquals(
        "every customer of the scope, at a share to back of 33.3% (under 50 %)",
        derived.get(3).basis());
  }

  @Test
  @DisplayName(
      "D10.1: a suppression ratio is above 0 and at most 100; a ratio of shares divides two shares"
          + " above 0")
  void competitionEdges() {
    assertEquals(
        new BigDecimal("100"),
        new CompetitionTarget(RIVAL, new BigDecimal("100"), false).suppressionRatio());
    assertEquals(
        "the suppression ratio against CO-RIVAL is above 0 and at most 100 (DOMAIN D10.1): 0",
        refused(() -> new CompetitionTarget(RIVAL, BigDecimal.ZERO, false)));
    assertEquals(
        "the suppression ratio against CO-RIVAL is above 0 and at most 100 (DOMAIN D10.1): 100.01",
        refused(() -> new CompetitionTarget(RIVAL, new BigDecimal("100.01"), false)));
    assertEquals(
        new BigDecimal("0.0001"),
        CompetitionTarget.suppressionRatio(new BigDecimal("0.0001"), BigDecimal.ONE));
    assertEquals(
        "a suppression ratio divides two shares above 0 (DOMAIN D10.1): 0 over 1",
        refused(() -> CompetitionTarget.suppressionRatio(BigDecimal.ZERO, BigDecimal.ONE)));
    assertEquals(
        "a suppression ratio divides two shares above 0 (DOMAIN D10.1): 1 over 0",
        refused(() -> CompetitionTarget.suppressionRatio(BigDecimal.ONE, BigDecimal.ZERO)));
    assertEquals(
        "suppression ratio 0.25 against CO-RIVAL, blocking where we cannot win",
        new CompetitionTarget(RIVAL, new BigDecimal("0.25"), true).toString());
    assertEquals(
        "suppression ratio 0.25 against CO-RIVAL",
        new CompetitionTarget(RIVAL, new BigDecimal("0.25"), false).toString());
  }

  @Test
  @DisplayName(
      "D10.1: a target counts 1 to 1,000; a norm asks for 1 to 100 people; a gap reaches from 0"
          + " to the target's count")
  void countEdges() {
    KeyRelationshipLevel level = KeyRelationshipLevel.SUPPORTIVE;
    assertEquals(1, RelationshipTarget.keyPersons(level, 1, "one").count());
    assertEquals(1000, RelationshipTarget.keyPersons(level, 1000, "many").count());
    assertEquals(
        "a relationship target counts 1 to 1000 persons or customers, not 0 (DOMAIN D10.1)",
        refused(() -> RelationshipTarget.keyPersons(level, 0, "none")));
    assertEquals(
        "a relationship target counts 1 to 1000 persons or customers, not 1001 (DOMAIN D10.1)",
        refused(() -> RelationshipTarget.keyPersons(level, 1001, "too many")));
    assertEquals(1, new StaffingNorm(NORTH_MOBILE, 1, Ability.EXPERT).people());
    assertEquals(100, new StaffingNorm(NORTH_MOBILE, 100, Ability.EXPERT).people());
    assertEquals(
        "a staffing norm asks for 1 to 100 people, not 0 (DOMAIN D10.1)",
        refused(() -> new StaffingNorm(NORTH_MOBILE, 0, Ability.EXPERT)));
    assertEquals(
        "a staffing norm asks for 1 to 100 people, not 101 (DOMAIN D10.1)",
        refused(() -> new StaffingNorm(NORTH_MOBILE, 101, Ability.EXPERT)));
    RelationshipTarget two = RelationshipTarget.keyPersons(level, 2, "two");
    assertEquals(2, new TargetGap(two, 0, List.of()).shortBy());
    assertEquals(0, new TargetGap(two, 2, List.of()).shortBy());
    assertEquals(
        "2 key persons at supportive, not exclusive: reached 3 is from 0 to 2 (DOMAIN D10.1)",
        refused(() -> new TargetGap(two, 3, List.of())));
    assertEquals(
        "2 key persons at supportive, not exclusive: reached -1 is from 0 to 2 (DOMAIN D10.1)",
        refused(() -> new TargetGap(two, -1, List.of())));
  }

  @Test
  @DisplayName(
      "D10.1: a scope, a gap candidate and a strategy are named; a strategy is for one person or"
          + " one department")
  void namedValues() {
    assertEquals(
        "a plan's scope has a name (DOMAIN D10.1)",
        refused(() -> PlanScope.customer(" ", NORTH_MOBILE)));
    assertEquals(
        "a gap candidate says where it stands (DOMAIN D10.1)",
        refused(() -> new GapCandidate(NORTH_MOBILE, Optional.empty(), " ")));
    RelationshipTarget target =
        RelationshipTarget.keyPersons(KeyRelationshipLevel.SUPPORTIVE, 1, "x");
    assertEquals(
        "a strategy names the target it serves (DOMAIN D10.1)",
        refused(
            () ->
                new RelationshipStrategy(
                    " ", NORTH_MOBILE, Optional.of(CTO), Optional.empty(), "showcase")));
    CustomerDepartment finance = CustomerDepartment.of(DepartmentKind.FINANCE);
    assertEquals(
        "a strategy is for one person or one department, not both (DOMAIN D10.1)",
        refused(
            () ->
                new RelationshipStrategy(
                    target.subject(), NORTH_MOBILE, Optional.of(CTO), Optional.of(finance), "x")));
    assertEquals(
        "a strategy is for one person or one department, not neither (DOMAIN D10.1)",
        refused(
            () ->
                new RelationshipStrategy(
                    target.subject(), NORTH_MOBILE, Optional.empty(), Optional.empty(), "x")));
    assertEquals(
        "department finance of CU-NM",
        RelationshipStrategy.forDepartment(target, NORTH_MOBILE, finance, "exchange").whom());
  }

  @Test
  @DisplayName(
      "D10.1: market targets name the customers of their share and hilltop targets, and say"
          + " which share targets repeat")
  void marketTargetNames() {
    assertEquals(Set.of(NORTH_MOBILE), NorthMobile.targets().namedCustomers());
    MarketTargets onlyShare =
        NorthMobile.profitOnly()
            .share(ShareTarget.withCustomer(PORT, "5G core", OfferingKind.PRODUCT, BigDecimal.ONE))
            .build();
    assertEquals(Set.of(PORT), onlyShare.namedCustomers());
    ShareTarget regional = ShareTarget.regional("5G core", OfferingKind.PRODUCT, BigDecimal.ONE);
    assertEquals(
        "two share targets are for 5G core in the scope; one offering has one target per customer"
            + " or region (DOMAIN D10.1)",
        refused(() -> NorthMobile.profitOnly().share(regional).share(regional).build()));
    assertEquals("100.0% of product 5G core in the scope", regional.toString());
    assertEquals(
        "hilltop OP-CORE-2027 provincial 5G core with CU-NM",
        new HilltopTarget(CORE, NORTH_MOBILE, "provincial 5G core").toString());
  }

  @Test
  @DisplayName(
      "D10.4: an activity is overdue only once it fell due, and falls due next after it last did")
  void monitoringDue() {
    MonitoringActivity meeting = MonitoringActivity.WEEKLY_MEETING;
    assertEquals(
        "the weekly meeting is overdue only once it fell due (DOMAIN D10.4)",
        refused(() -> new MonitoringDue(meeting, Optional.empty(), Optional.empty(), true, START)));
    assertEquals(
        "the weekly meeting falls due next after it last fell due (DOMAIN D10.4):"
            + " 2027-01-04, 2027-01-04",
        refused(
            () -> new MonitoringDue(meeting, Optional.of(START), Optional.empty(), false, START)));
    assertEquals(
        START.plusDays(1),
        new MonitoringDue(meeting, Optional.of(START), Optional.empty(), true, START.plusDays(1))
            .nextDue());
  }

  @Test
  @DisplayName("D10.1: the five steps follow one another, and none follows the fifth")
  void steps() {
    assertEquals(Optional.of(PlanningStep.EXECUTE_AND_MONITOR), PlanningStep.SET_STRATEGIES.next());
    assertEquals(Optional.empty(), PlanningStep.EXECUTE_AND_MONITOR.next());
    assertEquals(
        Optional.of(PlanningStep.ANALYSE_RELATIONSHIPS),
        PlanningStep.INHERIT_MARKET_TARGETS.next());
  }

  @Test
  @DisplayName(
      "D10.1: market targets name a hilltop's customer too, a repeated share target is named by"
          + " its customer, and the standard policies and scope kinds say what they are")
  void namesOfTargetsAndPolicies() {
    MarketTargets onlyHilltop =
        NorthMobile.profitOnly().hilltop(new HilltopTarget(CORE, PORT, "port core")).build();
    assertEquals(Set.of(PORT), onlyHilltop.namedCustomers());
    ShareTarget withPort =
        ShareTarget.withCustomer(PORT, "5G core", OfferingKind.PRODUCT, BigDecimal.ONE);
    assertEquals("100.0% of product 5G core with CU-PORT", withPort.toString());
    assertEquals(
        "two share targets are for 5G core with CU-PORT; one offering has one target per customer"
            + " or region (DOMAIN D10.1)",
        refused(() -> NorthMobile.profitOnly().share(withPort).share(withPort).build()));
    assertEquals(
        "RelationshipTargetPolicy.standard()", RelationshipTargetPolicy.standard().toString());
    assertEquals("StaffingPolicy.standard()", StaffingPolicy.standard().toString());
    assertEquals(
        List.of("customer", "region"),
        List.of(ScopeKind.values()).stream().map(ScopeKind::label).toList());
  }
}
