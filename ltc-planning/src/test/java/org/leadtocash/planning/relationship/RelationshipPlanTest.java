package org.leadtocash.planning.relationship;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leadtocash.domain.testing.DomainAssertions.assertRefused;
import static org.leadtocash.planning.relationship.NorthMobile.CEO;
import static org.leadtocash.planning.relationship.NorthMobile.CHEN;
import static org.leadtocash.planning.relationship.NorthMobile.CTO;
import static org.leadtocash.planning.relationship.NorthMobile.LI;
import static org.leadtocash.planning.relationship.NorthMobile.MANAGER;
import static org.leadtocash.planning.relationship.NorthMobile.NORTH_MOBILE;
import static org.leadtocash.planning.relationship.NorthMobile.START;
import static org.leadtocash.planning.relationship.NorthMobile.WANG;
import static org.leadtocash.planning.relationship.NorthMobile.day;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.leadtocash.domain.common.CustomerId;
import org.leadtocash.domain.common.IllegalTransitionException;
import org.leadtocash.domain.common.RejectedHistoryException;
import org.leadtocash.domain.common.RuleId;
import org.leadtocash.domain.common.RuleViolationException;
import org.leadtocash.domain.common.Transition;
import org.leadtocash.domain.customer.DepartmentKind;
import org.leadtocash.domain.relationship.CustomerDepartment;
import org.leadtocash.domain.relationship.GeneralRelationshipGrade;
import org.leadtocash.domain.relationship.KeyRelationshipLevel;
import org.leadtocash.domain.relationship.OrganisationalRelationshipLevel;

/**
 * The account team's relationship plan for North Mobile, walked through the five steps of DOMAIN
 * D10.1 strictly in order, supervised by the owner's direct manager (D10.4).
 */
class RelationshipPlanTest {

  @Test
  @DisplayName(
      "DOMAIN D10.1: the plan walks from the market targets through the analysis, the derived"
          + " targets and their strategies into execution")
  void walksTheFiveSteps() {
    Transition<RelationshipPlan, RelationshipPlanEvent> opened = NorthMobile.opened();
    assertEquals(PlanningStep.INHERIT_MARKET_TARGETS, opened.state().step());

    RelationshipPlan inherited =
        opened.state().inheritMarketTargets(NorthMobile.targets(), day(1)).state();
    assertEquals(PlanningStep.INHERIT_MARKET_TARGETS, inherited.step());
    assertTrue(inherited.completeness(PlanningStep.INHERIT_MARKET_TARGETS).isComplete());

    RelationshipPlan analysed = inherited.recordAnalysis(NorthMobile.analysis(), day(8)).state();
    assertEquals(PlanningStep.ANALYSE_RELATIONSHIPS, analysed.step());

    Transition<RelationshipPlan, RelationshipPlanEvent> derived =
        analysed.deriveTargets(RelationshipTargetPolicy.standard(), day(9));
    RelationshipPlan plan = derived.state();
    assertEquals(PlanningStep.SET_RELATIONSHIP_TARGETS, plan.step());
    // 30 % share, ratio 0.25 (20 % of the two), one hilltop, one customer: B = 3 backers
    assertEquals(
        List.of(
            "3 key persons at supportive and exclusive",
            "1 key person at supportive, not exclusive",
            "1 customer at partner or above",
            "general relationship at least good with 1 customer"),
        plan.targets().stream().map(RelationshipTarget::statement).toList());
    assertInstanceOf(RelationshipTargetsSet.class, derived.events().get(0));

    RelationshipPlan withStrategies = NorthMobile.withStrategies().state();
    assertEquals(PlanningStep.SET_STRATEGIES, withStrategies.step());
    assertEquals(List.of(), withStrategies.targetsWithoutStrategy());
    assertTrue(withStrategies.completeness(PlanningStep.SET_STRATEGIES).isComplete());

    Transition<RelationshipPlan, RelationshipPlanEvent> executing = NorthMobile.executing();
    RelationshipPlan running = executing.state();
    assertEquals(PlanningStep.EXECUTE_AND_MONITOR, running.step());
    assertEquals(START, running.startsOn().orElseThrow());
    assertEquals(List.of(new StaffingNorm(NORTH_MOBILE, 5, Ability.EXPERT)), running.norms());
    assertEquals(9, running.version());
    assertEquals(running, RelationshipPlan.replay(executing.events()));
  }

  @Nested
  @DisplayName("DOMAIN D10.1: a step is entered only once the one before is complete")
  class StepsInOrder {

    @Test
    @DisplayName("DOMAIN D10.1: no analysis before the market targets are complete")
    void noAnalysisBeforeCompleteTargets() {
      RelationshipPlan opened = NorthMobile.opened().state();
      IllegalTransitionException none =
          assertRefused(
              IllegalTransitionException.class,
              "D10.1",
              opened,
              p -> p.recordAnalysis(NorthMobile.analysis(), day(2)));
      assertTrue(none.getMessage().contains("the revenue target is missing"), none::getMessage);

      RelationshipPlan partial =
          opened
              .inheritMarketTargets(
                  NorthMobile.profitOnly()
                      .share(ShareTarget.regional("5G core", OfferingKind.PRODUCT, BigDecimal.ONE))
                      .build(),
                  day(1))
              .state();
      IllegalTransitionException incomplete =
          assertRefused(
              IllegalTransitionException.class,
              "D10.1",
              partial,
              p -> p.recordAnalysis(NorthMobile.analysis(), day(2)));
      assertEquals(
          "step 2 (analyse the relationships) is entered only once step 1 (inherit the market"
              + " targets) is complete: the competition target is missing; no hilltop project is"
              + " named",
          incomplete.reason());
    }

    @Test
    @DisplayName("DOMAIN D10.1: no relationship targets before the analysis is complete")
    void noTargetsBeforeCompleteAnalysis() {
      RelationshipPlan analysing =
          NorthMobile.opened()
              .then(p -> p.inheritMarketTargets(NorthMobile.targets(), day(1)))
              .then(p -> p.recordAnalysis(NorthMobile.analysisWithoutProblems().build(), day(8)))
              .state();
      IllegalTransitionException refused =
          assertRefused(
              IllegalTransitionException.class, "D10.1", analysing, p -> p.deriveTargets(day(9)));
      assertTrue(
          refused.reason().endsWith("is complete: the competitor's problems is not analysed"),
          refused::reason);
    }

    @Test
    @DisplayName("DOMAIN D10.1: no strategy and no execution while targets are not derived")
    void skippedSteps() {
      RelationshipPlan inherited =
          NorthMobile.opened()
              .then(p -> p.inheritMarketTargets(NorthMobile.targets(), day(1)))
              .state();
      RelationshipTarget target =
          RelationshipTarget.keyPersons(KeyRelationshipLevel.SUPPORTIVE, 1, "a guess");
      IllegalTransitionException strategy =
          assertRefused(
              IllegalTransitionException.class,
              "D10.1",
              inherited,
              p ->
                  p.adoptStrategy(
                      RelationshipStrategy.forPerson(target, NORTH_MOBILE, CTO, "dinner"), day(2)));
      assertTrue(
          strategy.reason().contains("step 4 (set the strategies) follows step 3"),
          strategy::reason);
      IllegalTransitionException execution =
          assertRefused(
              IllegalTransitionException.class,
              "D10.1",
              NorthMobile.derived().state(),
              p ->
                  p.startExecution(
                      START, List.of(NorthMobile.staffing()), NorthMobile.grades(), day(20)));
      assertEquals(
          "step 5 (execute and monitor) follows step 4, and the plan is at step 3 (set the"
              + " relationship targets)",
          execution.reason());
    }

    @Test
    @DisplayName("DOMAIN D10.1: no execution while a target has no strategy")
    void noExecutionWithoutEveryStrategy() {
      Transition<RelationshipPlan, RelationshipPlanEvent> derived = NorthMobile.derived();
      RelationshipPlan oneStrategy =
          derived
              .then(
                  p ->
                      p.adoptStrategy(
                          RelationshipStrategy.forPerson(
                              p.targets().get(0), NORTH_MOBILE, CEO, "sponsor meeting"),
                          day(10)))
              .state();
      IllegalTransitionException refused =
          assertRefused(
              IllegalTransitionException.class,
              "D10.1",
              oneStrategy,
              p ->
                  p.startExecution(
                      START, List.of(NorthMobile.staffing()), NorthMobile.grades(), day(20)));
      assertEquals(
          "step 5 (execute and monitor) is entered only once step 4 (set the strategies) is"
              + " complete: no strategy for 1 key person at supportive, not exclusive; no strategy"
              + " for 1 customer at partner or above; no strategy for general relationship at"
              + " least good with 1 customer",
          refused.reason());
      assertEquals(3, oneStrategy.targetsWithoutStrategy().size());
    }

    @Test
    @DisplayName("DOMAIN D10.1: past a step, its command is refused; inherited targets are revised")
    void noGoingBack() {
      RelationshipPlan derived = NorthMobile.derived().state();
      assertRefused(
          IllegalTransitionException.class,
          "D10.1",
          derived,
          p -> p.inheritMarketTargets(NorthMobile.targets("0.40"), day(20)));
      IllegalTransitionException analysis =
          assertRefused(
              IllegalTransitionException.class,
              "D10.1",
              derived,
              p -> p.recordAnalysis(NorthMobile.analysis(), day(20)));
      assertTrue(analysis.reason().contains("past step 2"), analysis::reason);
      assertRefused(
          IllegalTransitionException.class,
          "D10.1",
          NorthMobile.opened().state(),
          p -> p.reviseMarketTargets(NorthMobile.targets(), day(1)));
      assertRefused(
          IllegalTransitionException.class,
          "D10.1",
          NorthMobile.executing().state(),
          p ->
              p.startExecution(
                  START, List.of(NorthMobile.staffing()), NorthMobile.grades(), day(70)));
    }
  }

  @Nested
  @DisplayName("DOMAIN D10.1: the rules of each step")
  class Rules {

    @Test
    @DisplayName("DOMAIN D10.1: a command dated before the plan's last event is refused")
    void timeMovesForward() {
      RelationshipPlan inherited =
          NorthMobile.opened()
              .then(p -> p.inheritMarketTargets(NorthMobile.targets(), day(5)))
              .state();
      RuleViolationException refused =
          assertRefused(
              RuleViolationException.class,
              "D10.1",
              inherited,
              p -> p.recordAnalysis(NorthMobile.analysis(), day(4)));
      assertTrue(refused.reason().contains("runs forward"), refused::reason);
    }

    @Test
    @DisplayName("DOMAIN D10.1: market targets name only customers of the plan's scope")
    void targetsInScope() {
      RuleViolationException refused =
          assertRefused(
              RuleViolationException.class,
              "D10.1",
              NorthMobile.opened().state(),
              p ->
                  p.inheritMarketTargets(
                      NorthMobile.profitOnly()
                          .share(
                              ShareTarget.withCustomer(
                                  CustomerId.of("CU-EAST"),
                                  "5G core",
                                  OfferingKind.PRODUCT,
                                  new BigDecimal("0.2")))
                          .build(),
                      day(1)));
      assertTrue(refused.reason().contains("CU-EAST"), refused::reason);
    }

    @Test
    @DisplayName(
        "DOMAIN D10.1: a strategy serves a target of the plan, per person for key persons and per"
            + " department otherwise")
    void strategiesFitTheirTargets() {
      RelationshipPlan derived = NorthMobile.derived().state();
      RelationshipTarget exclusive = derived.targets().get(0);
      RelationshipTarget partner = derived.targets().get(2);
      RuleViolationException unknown =
          assertRefused(
              RuleViolationException.class,
              "D10.1",
              derived,
              p ->
                  p.adoptStrategy(
                      RelationshipStrategy.forPerson(
                          RelationshipTarget.keyPersons(KeyRelationshipLevel.FAVOURABLE, 2, "x"),
                          NORTH_MOBILE,
                          CTO,
                          "dinner"),
                      day(10)));
      assertTrue(unknown.reason().contains("key persons at favourable"), unknown::reason);
      RuleViolationException perDepartment =
          assertRefused(
              RuleViolationException.class,
              "D10.1",
              derived,
              p ->
                  p.adoptStrategy(
                      new RelationshipStrategy(
                          partner.subject(),
                          NORTH_MOBILE,
                          Optional.of(CTO),
                          Optional.empty(),
                          "dinner"),
                      day(10)));
      assertEquals(
          "a strategy for customers at partner is per department, not person P-CTO of CU-NM",
          perDepartment.reason());
      assertRefused(
          RuleViolationException.class,
          "D10.1",
          derived,
          p ->
              p.adoptStrategy(
                  RelationshipStrategy.forDepartment(
                      exclusive,
                      NORTH_MOBILE,
                      CustomerDepartment.of(DepartmentKind.FINANCE),
                      "topic exchange"),
                  day(10)));
      assertRefused(
          RuleViolationException.class,
          "D10.1",
          derived,
          p ->
              p.adoptStrategy(
                  RelationshipStrategy.forPerson(
                      exclusive, CustomerId.of("CU-EAST"), CTO, "dinner"),
                  day(10)));
    }

    @Test
    @DisplayName(
        "DOMAIN D10.1: a grade-S customer new to us needs 5 people and an expert owner; less is"
            + " refused with every shortfall")
    void staffingMeetsTheNorm() {
      RelationshipPlan ready = NorthMobile.withStrategies().state();
      CustomerStaffing thin =
          CustomerStaffing.of(NorthMobile.gradeS(), Maturity.NEW, WANG, Ability.SENIOR, LI, CHEN);
      RuleViolationException refused =
          assertRefused(
              RuleViolationException.class,
              "D10.1",
              ready,
              p -> p.startExecution(START, List.of(thin), NorthMobile.grades(), day(60)));
      assertEquals(
          "people per customer follow its grade and maturity, and its owner's ability its"
              + " importance: CU-NM (S, new) has 3 people, fewer than 5; CU-NM (grade S) is owned"
              + " by E-WANG, senior, where its importance asks for expert or above",
          refused.reason());
      assertRefused(
          RuleViolationException.class,
          "D10.1",
          ready,
          p -> p.startExecution(START, List.of(), NorthMobile.grades(), day(60)));
      // a mature grade-S customer needs one person fewer: 3 people, still an expert owner
      CustomerStaffing mature =
          CustomerStaffing.of(
              NorthMobile.gradeS(), Maturity.MATURE, WANG, Ability.EXPERT, LI, CHEN);
      assertEquals(
          PlanningStep.EXECUTE_AND_MONITOR,
          ready
              .startExecution(START, List.of(mature), NorthMobile.grades(), day(60))
              .state()
              .step());
    }

    @Test
    @DisplayName(
        "DOMAIN D10.4: the manager holds the weekly meeting, the owner the self-check, both in"
            + " execution only")
    void monitoringByTheRightPerson() {
      RelationshipPlan running = NorthMobile.executing().state();
      RuleViolationException byOwner =
          assertRefused(
              RuleViolationException.class,
              "D10.4",
              running,
              p ->
                  p.recordMonitoring(
                      new HeldMonitoring(
                          MonitoringActivity.WEEKLY_MEETING, START, WANG, "pipeline review"),
                      day(63)));
      assertEquals(
          "the weekly meeting is held by E-DIRECTOR, the owner's direct manager, not by E-WANG",
          byOwner.reason());
      assertRefused(
          RuleViolationException.class,
          "D10.4",
          running,
          p ->
              p.recordMonitoring(
                  new HeldMonitoring(
                      MonitoringActivity.QUARTERLY_SELF_CHECK,
                      START.minusDays(1),
                      WANG,
                      "early check"),
                  day(63)));
      assertRefused(
          IllegalTransitionException.class,
          "D10.4",
          NorthMobile.withStrategies().state(),
          p ->
              p.recordMonitoring(
                  new HeldMonitoring(
                      MonitoringActivity.WEEKLY_MEETING, START, MANAGER, "pipeline review"),
                  day(63)));
      RelationshipPlan met =
          running
              .recordMonitoring(
                  new HeldMonitoring(
                      MonitoringActivity.WEEKLY_MEETING, START, MANAGER, "pipeline review"),
                  day(63))
              .state();
      assertEquals(1, met.monitoring().size());
    }
  }

  @Test
  @DisplayName(
      "DOMAIN D10.1: raising the share target from 30 % to 45 % in execution re-derives the"
          + " targets, keeps their strategies and records both in one event")
  void revisionInStepWithTheMarket() {
    RelationshipPlan running = NorthMobile.executing().state();
    MarketTargets raised = NorthMobile.targets("0.45");

    Transition<RelationshipPlan, RelationshipPlanEvent> revised =
        running.reviseMarketTargets(raised, RelationshipTargetPolicy.standard(), day(200));

    MarketTargetsRevised event = (MarketTargetsRevised) revised.events().get(0);
    assertEquals(1, revised.events().size());
    assertEquals(NorthMobile.targets(), event.previousMarketTargets());
    assertEquals(raised, event.marketTargets());
    assertEquals(running.targets(), event.previousTargets());
    // 45 %: B = ⌈4.5⌉ = 5 backers, 3 exclusive + 1 hilltop = 4, 2 supportive
    assertEquals(
        List.of(
            "4 key persons at supportive and exclusive",
            "2 key persons at supportive, not exclusive",
            "1 customer at partner or above",
            "general relationship at least good with 1 customer"),
        event.targets().stream().map(RelationshipTarget::statement).toList());
    RelationshipPlan after = revised.state();
    assertEquals(event.targets(), after.targets());
    assertEquals(raised, after.marketTargets().orElseThrow());
    assertEquals(PlanningStep.EXECUTE_AND_MONITOR, after.step());
    assertEquals(running.strategies(), after.strategies());
    assertEquals(1, after.revisions());

    List<RelationshipPlanEvent> history = new ArrayList<>(NorthMobile.executing().events());
    history.addAll(revised.events());
    assertEquals(after, RelationshipPlan.replay(history));

    RuleViolationException unchanged =
        assertRefused(
            RuleViolationException.class,
            "D10.1",
            after,
            p -> p.reviseMarketTargets(raised, day(201)));
    assertTrue(unchanged.reason().contains("changes the market targets"), unchanged::reason);
    RuleViolationException incomplete =
        assertRefused(
            RuleViolationException.class,
            "D10.1",
            after,
            p -> p.reviseMarketTargets(NorthMobile.profitOnly().build(), day(201)));
    assertTrue(incomplete.reason().contains("no share target is set"), incomplete::reason);
  }

  @Test
  @DisplayName(
      "DOMAIN D10.1: a revision that derives other subjects drops the strategies of the targets"
          + " gone and waits for the new ones'")
  void revisionDropsStrategiesOfTargetsGone() {
    RelationshipPlan running = NorthMobile.executing().state();
    // ratio 1.5 asks for 60 % of the two: excellent general relationship instead of good
    MarketTargets fight =
        NorthMobile.profitOnly()
            .share(
                ShareTarget.withCustomer(
                    NORTH_MOBILE, "5G core", OfferingKind.PRODUCT, new BigDecimal("0.20")))
            .competition(new CompetitionTarget(NorthMobile.RIVAL, new BigDecimal("1.5"), true))
            .hilltop(new HilltopTarget(NorthMobile.CORE, NORTH_MOBILE, "provincial 5G core"))
            .build();
    RelationshipPlan after = running.reviseMarketTargets(fight, day(200)).state();
    RelationshipTarget general = after.targets().get(3);
    assertEquals(GeneralRelationshipGrade.EXCELLENT, general.generalGrade().orElseThrow());
    assertEquals(List.of(general), after.targetsWithoutStrategy());
    assertEquals(3, after.strategies().size());
    assertEquals("5 key persons at supportive and exclusive", after.targets().get(0).statement());
    assertEquals(
        OrganisationalRelationshipLevel.PARTNER,
        after.targets().get(2).organisationalLevel().orElseThrow());
    RelationshipPlan closed =
        after
            .adoptStrategy(
                RelationshipStrategy.forDepartment(
                    general,
                    NORTH_MOBILE,
                    CustomerDepartment.of(DepartmentKind.MAINTENANCE),
                    "showcase-site visit for the maintenance team"),
                day(201))
            .state();
    assertEquals(List.of(), closed.targetsWithoutStrategy());
  }

  @Test
  @DisplayName("DOMAIN D10.1: a history with a step entered early is not replayed")
  void strictReplay() {
    List<RelationshipPlanEvent> events = NorthMobile.executing().events();
    List<RelationshipPlanEvent> withoutAnalysis = new ArrayList<>(events.subList(0, 2));
    RelationshipTargetsSet set = (RelationshipTargetsSet) events.get(3);
    withoutAnalysis.add(new RelationshipTargetsSet(set.plan(), 3, set.targets(), set.occurredAt()));
    RejectedHistoryException refused =
        assertThrows(
            RejectedHistoryException.class, () -> RelationshipPlan.replay(withoutAnalysis));
    assertEquals(RuleId.D10_1, refused.rule());
    RelationshipPlan snapshot = RelationshipPlan.replay(events.subList(0, 4));
    assertEquals(
        NorthMobile.executing().state(),
        RelationshipPlan.replay(snapshot, events.subList(4, events.size())));
    assertFalse(snapshot.equals(NorthMobile.executing().state()));
  }
}
