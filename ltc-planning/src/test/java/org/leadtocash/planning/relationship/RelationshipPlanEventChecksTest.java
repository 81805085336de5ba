package org.leadtocash.planning.relationship;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.leadtocash.planning.relationship.NorthMobile.MANAGER;
import static org.leadtocash.planning.relationship.NorthMobile.PLAN;
import static org.leadtocash.planning.relationship.NorthMobile.START;
import static org.leadtocash.planning.relationship.NorthMobile.T0;
import static org.leadtocash.planning.relationship.NorthMobile.WANG;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The relationship plan's events check what they carry (DOMAIN D10.1, D10.4, DESIGN §2): each
 * records the version it produced, 1 or more, so a stored history with a broken event is refused
 * when it is read.
 */
class RelationshipPlanEventChecksTest {

  private static final String VERSION_ZERO =
      "an event carries the aggregate version it produced, 1 or more, not 0";

  private static String refused(Executable construction) {
    return assertThrows(IllegalArgumentException.class, construction).getMessage();
  }

  @Test
  @DisplayName("D10.1: every event of the plan is version 1 or more; 0 is refused")
  void versionZero() {
    RelationshipPlan executing = NorthMobile.executing().state();
    MarketTargets targets = executing.marketTargets().orElseThrow();
    List<RelationshipTarget> derived = executing.targets();
    assertEquals(
        1, new RelationshipPlanOpened(PLAN, 1, NorthMobile.scope(), WANG, MANAGER, T0).version());
    assertEquals(
        VERSION_ZERO,
        refused(() -> new RelationshipPlanOpened(PLAN, 0, NorthMobile.scope(), WANG, MANAGER, T0)));
    assertEquals(VERSION_ZERO, refused(() -> new MarketTargetsInherited(PLAN, 0, targets, T0)));
    assertEquals(
        VERSION_ZERO,
        refused(
            () ->
                new MarketTargetsRevised(
                    PLAN, 0, targets, NorthMobile.targets("0.40"), derived, derived, T0)));
    assertEquals(
        VERSION_ZERO,
        refused(() -> new RelationshipsAnalysed(PLAN, 0, executing.analysis().orElseThrow(), T0)));
    assertEquals(VERSION_ZERO, refused(() -> new RelationshipTargetsSet(PLAN, 0, derived, T0)));
    assertEquals(
        VERSION_ZERO,
        refused(() -> new StrategyAdopted(PLAN, 0, executing.strategies().get(0), T0)));
    assertEquals(
        VERSION_ZERO,
        refused(
            () ->
                new PlanExecutionStarted(
                    PLAN, 0, START, executing.staffing(), executing.norms(), T0)));
    assertEquals(
        VERSION_ZERO,
        refused(
            () ->
                new MonitoringRecorded(
                    PLAN,
                    0,
                    new HeldMonitoring(MonitoringActivity.WEEKLY_MEETING, START, MANAGER, "met"),
                    T0)));
  }

  @Test
  @DisplayName(
      "D10.4, D10.1: a stored opening has an owner other than the manager, and a stored revision"
          + " changes the market targets")
  void openingAndRevision() {
    assertEquals(
        "the owner E-WANG of a plan is supervised by a direct manager, not by themselves (DOMAIN"
            + " D10.4)",
        refused(() -> new RelationshipPlanOpened(PLAN, 1, NorthMobile.scope(), WANG, WANG, T0)));
    MarketTargets targets = NorthMobile.targets();
    List<RelationshipTarget> derived = NorthMobile.derived().state().targets();
    assertEquals(
        "a revision changes the market targets of RP-NM-2027 (DOMAIN D10.1)",
        refused(() -> new MarketTargetsRevised(PLAN, 5, targets, targets, derived, derived, T0)));
  }
}
