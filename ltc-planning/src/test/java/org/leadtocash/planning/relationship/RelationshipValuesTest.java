package org.leadtocash.planning.relationship;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leadtocash.domain.testing.DomainTesters.cny;
import static org.leadtocash.planning.relationship.NorthMobile.CTO;
import static org.leadtocash.planning.relationship.NorthMobile.LI;
import static org.leadtocash.planning.relationship.NorthMobile.MANAGER;
import static org.leadtocash.planning.relationship.NorthMobile.NORTH_MOBILE;
import static org.leadtocash.planning.relationship.NorthMobile.PLAN;
import static org.leadtocash.planning.relationship.NorthMobile.START;
import static org.leadtocash.planning.relationship.NorthMobile.T0;
import static org.leadtocash.planning.relationship.NorthMobile.WANG;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.joda.money.Money;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.leadtocash.domain.common.CustomerId;
import org.leadtocash.domain.common.OpportunityId;
import org.leadtocash.domain.customer.CustomerGrade;
import org.leadtocash.domain.relationship.KeyRelationshipLevel;
import org.leadtocash.domain.relationship.RelationshipLayer;
import org.leadtocash.domain.testing.Grades;

/** Bad inputs to the relationship plan's values are refused, naming the rule (DOMAIN D10.1). */
class RelationshipValuesTest {

  private static String refused(Executable construction) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, construction);
    return e.getMessage();
  }

  private static void assertNames(String rule, String message) {
    assertTrue(message.contains("(DOMAIN " + rule + ")"), message);
  }

  @Test
  @DisplayName("DOMAIN D10.1: profit targets are in one currency; mixing them is refused")
  void oneCurrency() {
    String message =
        refused(
            () ->
                MarketTargets.builder()
                    .profit(ProfitMeasure.REVENUE, cny(100))
                    .profit(ProfitMeasure.PROFIT, Money.parse("USD 10"))
                    .build());
    assertNames("D10.1", message);
    assertTrue(message.contains("CNY") && message.contains("USD"), message);
    assertNames(
        "D10.1",
        refused(() -> MarketTargets.builder().profit(ProfitMeasure.ORDERS, cny(-1)).build()));
  }

  @Test
  @DisplayName("DOMAIN D10.1: a share target is above 0 and at most 100 %, once per offering")
  void shares() {
    assertNames(
        "D10.1",
        refused(() -> ShareTarget.regional("5G core", OfferingKind.PRODUCT, BigDecimal.ZERO)));
    assertNames(
        "D10.1",
        refused(
            () -> ShareTarget.regional("5G core", OfferingKind.PRODUCT, new BigDecimal("1.01"))));
    assertNames(
        "D10.1", refused(() -> ShareTarget.regional(" ", OfferingKind.PRODUCT, BigDecimal.ONE)));
    ShareTarget core = ShareTarget.regional("5G core", OfferingKind.PRODUCT, BigDecimal.ONE);
    assertNames("D10.1", refused(() -> MarketTargets.builder().share(core).share(core).build()));
    assertEquals("100.0% of product 5G core in the scope", core.toString());
  }

  @Test
  @DisplayName("DOMAIN D10.1: the suppression ratio is our share over theirs, above 0")
  void suppression() {
    assertEquals(
        new BigDecimal("1.5000"),
        CompetitionTarget.suppressionRatio(new BigDecimal("0.36"), new BigDecimal("0.24")));
    assertNames(
        "D10.1", refused(() -> new CompetitionTarget(NorthMobile.RIVAL, BigDecimal.ZERO, true)));
    assertNames(
        "D10.1",
        refused(() -> CompetitionTarget.suppressionRatio(BigDecimal.ZERO, new BigDecimal("0.2"))));
    assertEquals(
        new BigDecimal("0.6000"),
        new CompetitionTarget(NorthMobile.RIVAL, new BigDecimal("1.5"), true).ourPartOfTheTwo());
  }

  @Test
  @DisplayName("DOMAIN D10.1: a hilltop project is named once")
  void hilltops() {
    HilltopTarget core = new HilltopTarget(OpportunityId.of("OP-1"), NORTH_MOBILE, "core");
    assertNames(
        "D10.1", refused(() -> MarketTargets.builder().hilltop(core).hilltop(core).build()));
    assertNames(
        "D10.1", refused(() -> new HilltopTarget(OpportunityId.of("OP-1"), NORTH_MOBILE, "")));
  }

  @Test
  @DisplayName("DOMAIN D10.1: a scope covers its customers, one for a customer scope")
  void scopes() {
    CustomerId east = CustomerId.of("CU-EAST");
    assertNames("D10.1", refused(() -> PlanScope.region("North", List.of(east, east))));
    assertNames("D10.1", refused(() -> PlanScope.region("North", List.of())));
    assertNames(
        "D10.1",
        refused(
            () -> new PlanScope(ScopeKind.CUSTOMER, "two", java.util.Set.of(east, NORTH_MOBILE))));
    assertEquals("customer North Mobile", NorthMobile.scope().toString());
  }

  @Test
  @DisplayName("DOMAIN D10.1: a target names the level of its layer and counts at least 1")
  void targets() {
    assertNames(
        "D10.1",
        refused(
            () ->
                new RelationshipTarget(
                    RelationshipLayer.GENERAL,
                    Optional.of(KeyRelationshipLevel.ACCEPTED),
                    Optional.empty(),
                    Optional.empty(),
                    1,
                    "x")));
    assertNames(
        "D10.1",
        refused(() -> RelationshipTarget.keyPersons(KeyRelationshipLevel.ACCEPTED, 0, "x")));
    assertNames(
        "D10.1",
        refused(() -> RelationshipTarget.keyPersons(KeyRelationshipLevel.ACCEPTED, 1, " ")));
  }

  @Test
  @DisplayName("DOMAIN D10.1: a strategy is for one person or one department, and says what to do")
  void strategies() {
    RelationshipTarget target =
        RelationshipTarget.keyPersons(KeyRelationshipLevel.SUPPORTIVE, 1, "x");
    assertNames(
        "D10.1",
        refused(
            () ->
                new RelationshipStrategy(
                    target.subject(), NORTH_MOBILE, Optional.empty(), Optional.empty(), "dinner")));
    assertNames(
        "D10.1", refused(() -> RelationshipStrategy.forPerson(target, NORTH_MOBILE, CTO, "")));
  }

  @Test
  @DisplayName("DOMAIN D10.1: the owner is one of the people allocated, each once")
  void staffing() {
    assertNames(
        "D10.1",
        refused(
            () ->
                CustomerStaffing.of(
                    Grades.attested(NORTH_MOBILE, CustomerGrade.B),
                    Maturity.NEW,
                    WANG,
                    Ability.SENIOR,
                    WANG)));
    assertNames(
        "D10.1",
        refused(
            () ->
                new CustomerStaffing(
                    NORTH_MOBILE,
                    CustomerGrade.B,
                    Maturity.NEW,
                    WANG,
                    Ability.SENIOR,
                    List.of(LI))));
    assertNames("D10.1", refused(() -> new StaffingNorm(NORTH_MOBILE, 0, Ability.JUNIOR)));
  }

  @Test
  @DisplayName("DOMAIN D10.4: the owner is supervised by a direct manager, not by themselves")
  void ownerIsNotTheManager() {
    assertNames(
        "D10.4", refused(() -> RelationshipPlan.open(PLAN, NorthMobile.scope(), WANG, WANG, T0)));
    assertNames(
        "D10.4",
        refused(() -> new HeldMonitoring(MonitoringActivity.WEEKLY_MEETING, START, MANAGER, " ")));
  }

  @Test
  @DisplayName(
      "DOMAIN D10.1: a tampered snapshot is refused by restore, naming the attribute and the rule")
  void restoreChecksInvariants() {
    RelationshipPlan derived = NorthMobile.derived().state();
    String early =
        refused(
            () ->
                RelationshipPlan.restore()
                    .from(derived)
                    .step(PlanningStep.ANALYSE_RELATIONSHIPS)
                    .build());
    assertNames("D10.1", early);
    assertTrue(early.contains("targets"), early);
    String version = refused(() -> RelationshipPlan.restore().from(derived).version(2).build());
    assertTrue(version.contains("version"), version);
    String manager = refused(() -> RelationshipPlan.restore().from(derived).manager(WANG).build());
    assertNames("D10.4", manager);
    String noStart =
        refused(
            () ->
                RelationshipPlan.restore()
                    .from(NorthMobile.executing().state())
                    .startsOn(Optional.empty())
                    .build());
    assertTrue(noStart.contains("startsOn"), noStart);
    assertEquals(derived, RelationshipPlan.restore().from(derived).build());
  }
}
