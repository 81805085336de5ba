package org.leadtocash.planning.relationship;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.leadtocash.planning.relationship.NorthMobile.CTO;
import static org.leadtocash.planning.relationship.NorthMobile.MANAGER;
import static org.leadtocash.planning.relationship.NorthMobile.NORTH_MOBILE;
import static org.leadtocash.planning.relationship.NorthMobile.START;
import static org.leadtocash.planning.relationship.NorthMobile.T0;
import static org.leadtocash.planning.relationship.NorthMobile.WANG;
import static org.leadtocash.planning.relationship.NorthMobile.day;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.leadtocash.domain.common.BusinessDate;
import org.leadtocash.domain.common.CustomerId;
import org.leadtocash.domain.customer.DepartmentKind;
import org.leadtocash.domain.relationship.CustomerDepartment;

/**
 * A stored snapshot of North Mobile's relationship plan is as strict as the commands (DOMAIN D10.1,
 * D10.4, DESIGN §2): each invariant of {@link RelationshipPlan#restore()} is broken alone, on a
 * state the commands reached, and refused with a message naming the attribute and the rule.
 */
class RelationshipPlanSnapshotChecksTest {

  private static final CustomerId PORT = CustomerId.of("CU-PORT");

  /** When a meeting held on the start day is recorded: after it (DOMAIN D10.1). */
  private static final Instant RECORDED = Instant.parse("2027-01-05T09:00:00Z");

  private static String refused(RelationshipPlan.Restore snapshot) {
    return assertThrows(IllegalArgumentException.class, snapshot::build).getMessage();
  }

  private static RelationshipPlan.Restore from(RelationshipPlan state) {
    return RelationshipPlan.restore().from(state);
  }

  /** Step 1, version 2: the market targets inherited. */
  private static RelationshipPlan inherited() {
    return NorthMobile.opened()
        .then(p -> p.inheritMarketTargets(NorthMobile.targets(), day(1)))
        .state();
  }

  /** Step 2, version 3: the relationships analysed. */
  private static RelationshipPlan analysed() {
    return NorthMobile.opened()
        .then(p -> p.inheritMarketTargets(NorthMobile.targets(), day(1)))
        .then(p -> p.recordAnalysis(NorthMobile.analysis(), day(8)))
        .state();
  }

  @Test
  @DisplayName("D10.1: a snapshot whose last event precedes the opening is refused")
  void lastEventBeforeOpening() {
    RelationshipPlan derived = NorthMobile.derived().state();
    assertEquals(
        "relationship plan RP-NM-2027: lastEventAt 2026-11-02T08:59:59Z is before openedAt"
            + " 2026-11-02T09:00:00Z: time only moves forward (DOMAIN D10.1)",
        refused(from(derived).lastEventAt(T0.minusSeconds(1))));
    assertEquals(derived, from(derived).build());
  }

  @Test
  @DisplayName(
      "D10.1: at version 1 the opening is the only event, so the last event is the opening; from"
          + " version 2 on it may be later")
  void versionOneIsTheOpening() {
    RelationshipPlan opened = NorthMobile.opened().state();
    assertEquals(1, opened.version());
    assertEquals(
        "relationship plan RP-NM-2027: lastEventAt 2026-11-02T09:00:01Z is not openedAt"
            + " 2026-11-02T09:00:00Z, though at version 1 the opening is its only event (DOMAIN"
            + " D10.1)",
        refused(from(opened).lastEventAt(T0.plusSeconds(1))));
    RelationshipPlan inherited = inherited();
    assertEquals(2, inherited.version());
    assertEquals(day(1), from(inherited).build().lastEventAt());
  }

  @Test
  @DisplayName(
      "D10.1: a snapshot whose market targets name a customer outside its scope is refused")
  void marketTargetsOutsideScope() {
    assertEquals(
        "relationship plan RP-NM-2027: marketTargets name [CU-NM], outside the scope customer Port"
            + " (DOMAIN D10.1)",
        refused(from(inherited()).scope(PlanScope.customer("Port", PORT))));
  }

  @Test
  @DisplayName("D10.1: from step 2 on, the market targets are complete; in step 1 they need not be")
  void marketTargetsCompleteFromStepTwo() {
    MarketTargets incomplete = NorthMobile.profitOnly().build();
    assertEquals(
        "relationship plan RP-NM-2027: at step 2 the marketTargets are complete (DOMAIN D10.1): no"
            + " share target is set; the competition target is missing; no hilltop project is"
            + " named",
        refused(from(analysed()).marketTargets(incomplete)));
    assertEquals(
        "relationship plan RP-NM-2027: at step 2 the marketTargets are complete (DOMAIN D10.1): the"
            + " revenue target is missing; the profit target is missing; the collection target is"
            + " missing; the orders target is missing; no share target is set; the competition"
            + " target is missing; no hilltop project is named",
        refused(from(analysed()).marketTargets(Optional.empty())));
    RelationshipPlan stepOne =
        NorthMobile.opened().then(p -> p.inheritMarketTargets(incomplete, day(1))).state();
    assertEquals(stepOne, from(stepOne).build());
  }

  @Test
  @DisplayName("D10.1: the analysis is recorded exactly from step 2 on")
  void analysisFromStepTwo() {
    assertEquals(
        "relationship plan RP-NM-2027: at step 1 the analysis is not recorded yet (DOMAIN D10.1)",
        refused(from(inherited()).analysis(NorthMobile.analysis()).version(3)));
    assertEquals(
        "relationship plan RP-NM-2027: at step 2 the analysis is recorded (DOMAIN D10.1)",
        refused(from(analysed()).analysis(Optional.empty())));
  }

  @Test
  @DisplayName("D10.1: from step 3 on the analysis is complete; in step 2 it need not be")
  void analysisCompleteFromStepThree() {
    RelationshipAnalysis incomplete = NorthMobile.analysisWithoutProblems().build();
    assertEquals(
        "relationship plan RP-NM-2027: at step 3 the analysis is complete (DOMAIN D10.1): the"
            + " competitor's problems is not analysed",
        refused(from(NorthMobile.derived().state()).analysis(incomplete)));
    RelationshipPlan stepTwo =
        NorthMobile.opened()
            .then(p -> p.inheritMarketTargets(NorthMobile.targets(), day(1)))
            .then(p -> p.recordAnalysis(incomplete, day(8)))
            .state();
    assertEquals(stepTwo, from(stepTwo).build());
  }

  @Test
  @DisplayName("D10.1: the targets are set exactly from step 3 on, one per subject")
  void targetsFromStepThree() {
    RelationshipPlan derived = NorthMobile.derived().state();
    assertEquals(
        "relationship plan RP-NM-2027: at step 3 the targets are set (DOMAIN D10.1)",
        refused(from(derived).targets(List.of())));
    assertEquals(
        "relationship plan RP-NM-2027: at step 2 the targets are not set yet (DOMAIN D10.1)",
        refused(from(analysed()).targets(derived.targets()).version(4)));
    List<RelationshipTarget> twice = new ArrayList<>(derived.targets());
    twice.add(derived.targets().get(0));
    assertEquals(
        "relationship plan RP-NM-2027: targets: the targets hold one target per subject, and two"
            + " are key persons at supportive and exclusive (DOMAIN D10.1)",
        refused(from(derived).targets(twice)));
  }

  @Test
  @DisplayName(
      "D10.1: a strategy is set from step 4 on, for a target of the plan, a customer of the scope,"
          + " and a person exactly when the target is a key person")
  void strategies() {
    RelationshipPlan derived = NorthMobile.derived().state();
    RelationshipPlan adopted = NorthMobile.withStrategies().state();
    List<RelationshipTarget> targets = adopted.targets();
    List<RelationshipStrategy> strategies = adopted.strategies();
    assertEquals(
        "relationship plan RP-NM-2027: strategies are set from step 4 on, and the plan is at step 3"
            + " (DOMAIN D10.1)",
        refused(from(derived).strategies(strategies).version(8)));
    assertEquals(
        "relationship plan RP-NM-2027: strategies: one serves 'key persons at supportive and"
            + " exclusive', no target of the plan (DOMAIN D10.1)",
        refused(from(adopted).targets(targets.subList(1, targets.size()))));
    List<RelationshipStrategy> outside = new ArrayList<>(strategies);
    outside.set(
        2,
        RelationshipStrategy.forDepartment(
            targets.get(2),
            PORT,
            CustomerDepartment.of(DepartmentKind.PROCUREMENT),
            "take part in supplier certification"));
    assertEquals(
        "relationship plan RP-NM-2027: strategies: one is for CU-PORT, outside the scope (DOMAIN"
            + " D10.1)",
        refused(from(adopted).strategies(outside)));
    List<RelationshipStrategy> keyByDepartment = new ArrayList<>(strategies);
    keyByDepartment.set(
        0,
        RelationshipStrategy.forDepartment(
            targets.get(0),
            NORTH_MOBILE,
            CustomerDepartment.of(DepartmentKind.PROCUREMENT),
            "invite to the showcase site"));
    assertEquals(
        "relationship plan RP-NM-2027: strategies: the one for key persons at supportive and"
            + " exclusive is for department procurement of CU-NM (DOMAIN D10.1)",
        refused(from(adopted).strategies(keyByDepartment)));
    List<RelationshipStrategy> departmentByPerson = new ArrayList<>(strategies);
    departmentByPerson.set(
        2, RelationshipStrategy.forPerson(targets.get(2), NORTH_MOBILE, CTO, "certification"));
    assertEquals(
        "relationship plan RP-NM-2027: strategies: the one for customers at partner is for person"
            + " P-CTO of CU-NM (DOMAIN D10.1)",
        refused(from(adopted).strategies(departmentByPerson)));
  }

  @Test
  @DisplayName(
      "D10.1: the start date, staffing, norms and monitoring belong to step 5, and only to it")
  void executionOnlyInStepFive() {
    RelationshipPlan adopted = NorthMobile.withStrategies().state();
    RelationshipPlan executing = NorthMobile.executing().state();
    assertEquals(
        "relationship plan RP-NM-2027: startsOn is set at step 4 (DOMAIN D10.1)",
        refused(from(adopted).startsOn(START).version(9)));
    assertEquals(
        "relationship plan RP-NM-2027: staffing, norms and monitoring belong to execution, and the"
            + " plan is at step 4 (DOMAIN D10.1)",
        refused(from(adopted).staffing(executing.staffing())));
    assertEquals(
        "relationship plan RP-NM-2027: staffing, norms and monitoring belong to execution, and the"
            + " plan is at step 4 (DOMAIN D10.1)",
        refused(from(adopted).norms(executing.norms())));
    assertEquals(
        "relationship plan RP-NM-2027: startsOn is not set at step 5 (DOMAIN D10.1)",
        refused(from(executing).startsOn(Optional.empty())));
    assertEquals(
        "relationship plan RP-NM-2027: startsOn is +999999999-12-31, outside the library's"
            + " calendar, "
            + BusinessDate.EARLIEST
            + " to "
            + BusinessDate.LATEST
            + " (DOMAIN D10.4)",
        refused(from(executing).startsOn(LocalDate.MAX)));
  }

  @Test
  @DisplayName(
      "D10.1: in execution every customer of the scope is staffed once, and each staffing meets"
          + " its norm")
  void staffingMeetsNorms() {
    RelationshipPlan executing = NorthMobile.executing().state();
    CustomerStaffing staffing = executing.staffing().get(0);
    StaffingNorm norm = executing.norms().get(0);
    assertEquals(
        "relationship plan RP-NM-2027: staffing covers [], not every customer of the scope once"
            + " (DOMAIN D10.1)",
        refused(from(executing).staffing(List.of()).norms(List.of())));
    assertEquals(
        "relationship plan RP-NM-2027: staffing covers [CU-NM, CU-NM], not every customer of the"
            + " scope once (DOMAIN D10.1)",
        refused(from(executing).staffing(List.of(staffing, staffing)).norms(List.of(norm, norm))));
    assertEquals(
        "relationship plan RP-NM-2027: norms hold 0 entries for 1 staffed customers (DOMAIN D10.1)",
        refused(from(executing).norms(List.of())));
    assertEquals(
        "relationship plan RP-NM-2027: staffing of CU-NM does not meet its norm (DOMAIN D10.1): the"
            + " norm is for CU-PORT",
        refused(
            from(executing).norms(List.of(new StaffingNorm(PORT, norm.people(), norm.ability())))));
    assertEquals(
        "relationship plan RP-NM-2027: staffing of CU-NM does not meet its norm (DOMAIN D10.1):"
            + " CU-NM (S, new) has 5 people, fewer than 6",
        refused(
            from(executing)
                .norms(
                    List.of(new StaffingNorm(NORTH_MOBILE, norm.people() + 1, norm.ability())))));
  }

  @Test
  @DisplayName(
      "D10.4: monitoring is held on or after the start, by the manager or the owner as the"
          + " activity asks")
  void monitoring() {
    RelationshipPlan executing = NorthMobile.executing().state();
    long version = executing.version() + 1;
    assertEquals(
        "relationship plan RP-NM-2027: monitoring: a weekly meeting held on 2027-01-03 is before"
            + " the start on 2027-01-04 (DOMAIN D10.4)",
        refused(
            from(executing)
                .addMonitoring(
                    new HeldMonitoring(
                        MonitoringActivity.WEEKLY_MEETING, START.minusDays(1), MANAGER, "met"))
                .version(version)));
    assertEquals(
        "relationship plan RP-NM-2027: monitoring: a weekly meeting is held by E-DIRECTOR, not"
            + " E-WANG (DOMAIN D10.4)",
        refused(
            from(executing)
                .addMonitoring(
                    new HeldMonitoring(MonitoringActivity.WEEKLY_MEETING, START, WANG, "met"))
                .lastEventAt(RECORDED)
                .version(version)));
    RelationshipPlan onTheStart =
        from(executing)
            .addMonitoring(
                new HeldMonitoring(MonitoringActivity.WEEKLY_MEETING, START, MANAGER, "met"))
            .lastEventAt(RECORDED)
            .version(version)
            .build();
    assertEquals(START, onTheStart.monitoring().get(0).held());
  }

  @Test
  @DisplayName(
      "D10.1: the version counts at least the events the state records: one below is refused"
          + " (1 opening + 1 market targets + 1 analysis + 1 targets + 4 strategies + 1 start = 9)")
  void versionCountsEveryRecordedEvent() {
    RelationshipPlan executing = NorthMobile.executing().state();
    assertEquals(9, executing.version());
    assertEquals(
        "relationship plan RP-NM-2027: version is 8, less than 9, the events its state records"
            + " (DOMAIN D10.1)",
        refused(from(executing).version(8)));
  }

  @Test
  @DisplayName(
      "D10.1: a plan keeps one strategy per target and whom, and revises its market targets only"
          + " from step 3 on")
  void strategiesOnceAndRevisionsFromStepThree() {
    RelationshipPlan adopted = NorthMobile.withStrategies().state();
    List<RelationshipStrategy> twice = new ArrayList<>(adopted.strategies());
    twice.add(adopted.strategies().get(0));
    assertEquals(
        "relationship plan RP-NM-2027: strategies: two are for key persons at supportive and"
            + " exclusive and person P-PD of CU-NM (DOMAIN D10.1)",
        refused(from(adopted).strategies(twice).version(adopted.version() + 1)));
    assertEquals(
        "relationship plan RP-NM-2027: revisions is 1 at step 2; market targets are revised from"
            + " step 3 on (DOMAIN D10.1)",
        refused(from(analysed()).revisions(1).version(4)));
    assertEquals(
        "relationship plan RP-NM-2027: revisions is -1 at step 3; market targets are revised from"
            + " step 3 on (DOMAIN D10.1)",
        refused(from(NorthMobile.derived().state()).revisions(-1)));
  }

  @Test
  @DisplayName(
      "D10.1: a monitoring record and a revision count among the events too (9 + 1 + 1 = 11): at"
          + " 11 the snapshot stands, at 10 it is refused")
  void versionCountsMonitoringAndRevisions() {
    RelationshipPlan.Restore snapshot =
        from(NorthMobile.executing().state())
            .addMonitoring(
                new HeldMonitoring(MonitoringActivity.WEEKLY_MEETING, START, MANAGER, "met"))
            .lastEventAt(RECORDED)
            .revisions(1);
    assertEquals(11, snapshot.version(11).build().version());
    assertEquals(
        "relationship plan RP-NM-2027: version is 10, less than 11, the events its state records"
            + " (DOMAIN D10.1)",
        refused(snapshot.version(10)));
  }
}
