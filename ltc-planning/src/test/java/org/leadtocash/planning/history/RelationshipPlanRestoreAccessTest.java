package org.leadtocash.planning.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leadtocash.domain.testing.DomainTesters.cny;

import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.leadtocash.domain.common.CompetitorId;
import org.leadtocash.domain.common.CustomerId;
import org.leadtocash.domain.common.EmployeeId;
import org.leadtocash.domain.common.OpportunityId;
import org.leadtocash.domain.common.PersonId;
import org.leadtocash.domain.customer.CustomerGrade;
import org.leadtocash.domain.customer.DepartmentKind;
import org.leadtocash.domain.relationship.CustomerDepartment;
import org.leadtocash.domain.relationship.RelationshipLayer;
import org.leadtocash.domain.testing.Grades;
import org.leadtocash.domain.testing.RestoreAccess;
import org.leadtocash.planning.relationship.Ability;
import org.leadtocash.planning.relationship.CompetitionTarget;
import org.leadtocash.planning.relationship.CompetitorAspect;
import org.leadtocash.planning.relationship.CustomerStaffing;
import org.leadtocash.planning.relationship.HeldMonitoring;
import org.leadtocash.planning.relationship.HilltopTarget;
import org.leadtocash.planning.relationship.MarketTargets;
import org.leadtocash.planning.relationship.Maturity;
import org.leadtocash.planning.relationship.MonitoringActivity;
import org.leadtocash.planning.relationship.OfferingKind;
import org.leadtocash.planning.relationship.PlanScope;
import org.leadtocash.planning.relationship.PlanningStep;
import org.leadtocash.planning.relationship.ProfitMeasure;
import org.leadtocash.planning.relationship.RelationshipAnalysis;
import org.leadtocash.planning.relationship.RelationshipPlan;
import org.leadtocash.planning.relationship.RelationshipPlanId;
import org.leadtocash.planning.relationship.RelationshipStrategy;
import org.leadtocash.planning.relationship.RelationshipTarget;
import org.leadtocash.planning.relationship.ShareTarget;

/**
 * A host or a codec outside the relationship package restores a stored relationship plan through
 * {@link RelationshipPlan#restore()}: every attribute's setter is public, called directly or by
 * reflection (as a codec does), and the restored plan equals the stored one; a broken snapshot
 * restored by reflection gets the plan's refusal (DOMAIN D10.1, DESIGN §2).
 */
class RelationshipPlanRestoreAccessTest {

  private static final Instant T0 = Instant.parse("2026-11-02T09:00:00Z");
  private static final CustomerId CUSTOMER = CustomerId.of("CU-NM");
  private static final EmployeeId OWNER = EmployeeId.of("E-WANG");
  private static final EmployeeId MANAGER = EmployeeId.of("E-DIRECTOR");
  private static final LocalDate START = LocalDate.of(2027, 1, 4);
  private static final int ATTRIBUTES = 17;

  private static Instant day(int n) {
    return T0.plusSeconds(86_400L * n);
  }

  private static MarketTargets targets(String share) {
    return MarketTargets.builder()
        .profit(ProfitMeasure.REVENUE, cny(120))
        .profit(ProfitMeasure.PROFIT, cny(18))
        .profit(ProfitMeasure.COLLECTION, cny(110))
        .profit(ProfitMeasure.ORDERS, cny(150))
        .share(
            ShareTarget.withCustomer(
                CUSTOMER, "5G core", OfferingKind.PRODUCT, new BigDecimal(share)))
        .competition(new CompetitionTarget(CompetitorId.of("CO-1"), new BigDecimal("0.8"), true))
        .hilltop(new HilltopTarget(OpportunityId.of("OP-1"), CUSTOMER, "core"))
        .build();
  }

  /** A plan, built through its public commands, in which every attribute holds something. */
  private static RelationshipPlan everyAttributeSet() {
    RelationshipAnalysis.Builder analysis = RelationshipAnalysis.builder().macro("open market");
    for (RelationshipLayer layer : RelationshipLayer.values()) {
      analysis.ours(layer, "ours").competitors(layer, "theirs");
    }
    for (CompetitorAspect aspect : CompetitorAspect.values()) {
      analysis.competitor(aspect, "seen");
    }
    RelationshipPlan derived =
        RelationshipPlan.open(
                RelationshipPlanId.of("RP-7"),
                PlanScope.customer("North Mobile", CUSTOMER),
                OWNER,
                MANAGER,
                day(0))
            .then(p -> p.inheritMarketTargets(targets("0.30"), day(1)))
            .then(p -> p.recordAnalysis(analysis.build(), day(2)))
            .then(p -> p.deriveTargets(day(3)))
            .state();
    RelationshipPlan planned = derived;
    int n = 4;
    for (RelationshipTarget target : derived.targets()) {
      RelationshipStrategy strategy =
          target.layer() == RelationshipLayer.KEY
              ? RelationshipStrategy.forPerson(target, CUSTOMER, PersonId.of("P-" + n), "visit")
              : RelationshipStrategy.forDepartment(
                  target, CUSTOMER, CustomerDepartment.of(DepartmentKind.FINANCE), "exchange");
      planned = planned.adoptStrategy(strategy, day(n++)).state();
    }
    return planned
        .startExecution(
            START,
            List.of(
                CustomerStaffing.of(
                    Grades.attested(CUSTOMER, CustomerGrade.B),
                    Maturity.DEVELOPING,
                    OWNER,
                    Ability.SENIOR,
                    EmployeeId.of("E-LI"))),
            List.of(Grades.attested(CUSTOMER, CustomerGrade.B)),
            day(60))
        .then(
            p ->
                p.recordMonitoring(
                    new HeldMonitoring(
                        MonitoringActivity.WEEKLY_MEETING, START.plusDays(7), MANAGER, "review"),
                    day(70)))
        .then(p -> p.reviseMarketTargets(targets("0.45"), day(80)))
        .state();
  }

  @Test
  @DisplayName("D10.1 a host restores every attribute of a stored plan directly, from any package")
  void direct() {
    RelationshipPlan stored = everyAttributeSet();
    assertEquals(PlanningStep.EXECUTE_AND_MONITOR, stored.step());
    assertEquals(1, stored.revisions());
    RelationshipPlan restored =
        RelationshipPlan.restore()
            .id(stored.id())
            .version(stored.version())
            .scope(stored.scope())
            .owner(stored.owner())
            .manager(stored.manager())
            .openedAt(stored.openedAt())
            .lastEventAt(stored.lastEventAt())
            .step(stored.step())
            .marketTargets(stored.marketTargets())
            .analysis(stored.analysis())
            .targets(stored.targets())
            .strategies(stored.strategies())
            .startsOn(stored.startsOn())
            .staffing(stored.staffing())
            .norms(stored.norms())
            .monitoring(stored.monitoring())
            .revisions(stored.revisions())
            .build();
    assertEquals(stored, restored);
    assertEquals(stored, RelationshipPlan.restore().from(stored).build());
  }

  @Test
  @DisplayName(
      "D10.1 a codec restores every attribute by reflection: each setter is a public method of the"
          + " public Restore class, reachable from another package")
  void reflective() throws ReflectiveOperationException {
    RelationshipPlan stored = everyAttributeSet();
    List<Method> attributes = RestoreAccess.attributes(RelationshipPlan.class);
    assertEquals(ATTRIBUTES, attributes.size(), attributes::toString);
    RelationshipPlan.Restore restore = RelationshipPlan.restore();
    assertEquals(stored, RestoreAccess.restoreByReflection(stored, restore, attributes));
    RestoreAccess.everyMethodReachable(RelationshipPlan.restore(), attributes.size());
  }

  @Test
  @DisplayName(
      "D10.1 a snapshot restored by reflection is checked too: the codec gets the plan's refusal")
  void reflectiveRefusal() throws ReflectiveOperationException {
    RelationshipPlan.Restore restore = RelationshipPlan.restore().from(everyAttributeSet());
    RelationshipPlan.Restore.class
        .getMethod("step", PlanningStep.class)
        .invoke(restore, PlanningStep.SET_STRATEGIES);
    String message = RestoreAccess.refusalOnBuild(restore).getMessage();
    assertTrue(message.startsWith("relationship plan RP-7: startsOn is set at step 4"), message);
    assertTrue(message.endsWith("(DOMAIN D10.1)"), message);
  }
}
