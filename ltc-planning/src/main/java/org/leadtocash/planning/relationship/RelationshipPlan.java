package org.leadtocash.planning.relationship;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.leadtocash.domain.common.Aggregate;
import org.leadtocash.domain.common.AggregateStyle;
import org.leadtocash.domain.common.BusinessDate;
import org.leadtocash.domain.common.CustomerId;
import org.leadtocash.domain.common.EmployeeId;
import org.leadtocash.domain.common.Guard;
import org.leadtocash.domain.common.Replay;
import org.leadtocash.domain.common.RuleId;
import org.leadtocash.domain.common.Transition;
import org.leadtocash.domain.customer.CustomerGrade;
import org.leadtocash.domain.customer.GradeAttestation;
import org.leadtocash.domain.relationship.RelationshipLayer;
import org.leadtocash.planning.strategy.Completeness;
import org.leadtocash.planning.strategy.CompletenessItem;

/**
 * A relationship plan (客户关系规划) for a customer or a region, walked through the five steps of DOMAIN
 * D10.1 strictly in order, and supervised by its owner's direct manager (D10.4).
 *
 * <p>Its story: the owner {@link #open opens} it for a {@link PlanScope scope}, naming their direct
 * manager. In step 1 it {@link #inheritMarketTargets inherits the market targets} — profit, share,
 * competition and hilltop targets. Once they are complete it {@link #recordAnalysis records the
 * analysis} of ours and the main competitor's relationships on the three layers of D7 (step 2).
 * Once that is complete it {@link #deriveTargets derives the relationship targets} from the market
 * targets under a {@link RelationshipTargetPolicy} (step 3) — their {@link #gap gap} to today's
 * decision chains and relationships is a report away — and then {@link #adoptStrategy adopts a
 * strategy} per person or department for each target (step 4). Once every target has a strategy it
 * {@link #startExecution starts execution} (step 5) with every customer staffed by its grade and
 * maturity and owned by someone able enough for its importance, under a {@link StaffingPolicy}; in
 * execution the weekly meeting, weekly work plan, quarterly self-check, half-year coaching and
 * yearly evaluation are {@link #recordMonitoring recorded} and {@link #monitoringDue(LocalDate)
 * reported when due}, and a change of the market targets is {@link #reviseMarketTargets revised},
 * deriving the relationship targets again in step with it.
 *
 * <p>A step is entered only once the one before is {@link #completeness(PlanningStep) complete}: a
 * command that would enter a step early, or that belongs to another step, throws an {@link
 * org.leadtocash.domain.common.IllegalTransitionException} naming D10.1 and what is missing. Every
 * command takes the instant it happens, never before the plan's last event, returns the next state
 * and its events, and never changes this one.
 *
 * <p>A stored snapshot is restored with {@link #restore()}, whose {@code @Value.Check} checks every
 * invariant of the state, and continued with {@link #replay(RelationshipPlan, List)
 * replay(snapshot, eventsAfter)}; a whole history is replayed strictly with {@link #replay(List)}.
 */
@Value.Immutable
@AggregateStyle
public abstract class RelationshipPlan
    implements Aggregate<RelationshipPlanId, RelationshipPlanEvent> {

  private static final Replay<RelationshipPlan, RelationshipPlanEvent> REPLAY =
      Replay.of(
          "RelationshipPlan",
          RuleId.D10_1,
          RelationshipPlanOpened.class,
          RelationshipPlan::reopen,
          RelationshipPlan::redo,
          RelationshipPlan::stateName);

  /** What began when the plan was opened, as the refusal of an earlier date names it. */
  private static final String OPENED = "the plan was opened";

  RelationshipPlan() {}

  @Override
  public abstract RelationshipPlanId id();

  @Override
  public abstract long version();

  /** {@return the customer or region the plan covers; never null} */
  public abstract PlanScope scope();

  /** {@return who owns the plan; never null} */
  public abstract EmployeeId owner();

  /** {@return the owner's direct manager, who supervises the plan (D10.4); never null} */
  public abstract EmployeeId manager();

  /** {@return when the plan was opened; never null} */
  public abstract Instant openedAt();

  /** {@return when the latest event happened; no command is dated before it; never null} */
  @Override
  public abstract Instant lastEventAt();

  /** {@return the step the plan is at (D10.1); never null} */
  public abstract PlanningStep step();

  /** {@return the market targets, once inherited (step 1); never null} */
  public abstract Optional<MarketTargets> marketTargets();

  /** {@return the relationship analysis, once recorded (step 2); never null} */
  public abstract Optional<RelationshipAnalysis> analysis();

  /** {@return the relationship targets, from step 3 on; empty before; never null} */
  public abstract List<RelationshipTarget> targets();

  /** {@return the strategies, from step 4 on, in the order set; never null} */
  public abstract List<RelationshipStrategy> strategies();

  /** {@return the day execution started (step 5), from which the cadences count; never null} */
  public abstract Optional<LocalDate> startsOn();

  /** {@return the staffing of each customer of the scope, once executing; never null} */
  public abstract List<CustomerStaffing> staffing();

  /** {@return the staffing norm of each customer, in the order of {@link #staffing()}} */
  public abstract List<StaffingNorm> norms();

  /** {@return the monitoring held so far, in the order recorded (D10.4); never null} */
  public abstract List<HeldMonitoring> monitoring();

  /** {@return how many times the market targets were revised since step 3} */
  public abstract int revisions();

  // ---------------------------------------------------------------- questions

  /**
   * Reports whether a step is complete (DOMAIN D10.1): step 1 when the market targets are complete,
   * step 2 when the analysis is, step 3 when the relationship targets are derived, step 4 when
   * every target has a strategy, step 5 when execution has started with every customer staffed.
   *
   * @param step the step; not null
   * @return the report, never null
   */
  public Completeness completeness(PlanningStep step) {
    Objects.requireNonNull(step, "step");
    return switch (step) {
      case INHERIT_MARKET_TARGETS ->
          marketTargets()
              .map(MarketTargets::completeness)
              .orElseGet(() -> MarketTargets.builder().build().completeness());
      case ANALYSE_RELATIONSHIPS ->
          analysis()
              .map(RelationshipAnalysis::completeness)
              .orElseGet(() -> RelationshipAnalysis.builder().build().completeness());
      case SET_RELATIONSHIP_TARGETS ->
          new Completeness(
              RuleId.D10_1,
              List.of(
                  targets().isEmpty()
                      ? new CompletenessItem(
                          "relationship targets", false, "no relationship target is derived yet")
                      : new CompletenessItem(
                          "relationship targets", true, "relationship targets: " + targets())));
      case SET_STRATEGIES -> strategyCompleteness();
      case EXECUTE_AND_MONITOR ->
          new Completeness(
              RuleId.D10_1,
              List.of(
                  startsOn()
                      .map(
                          d ->
                              new CompletenessItem(
                                  "execution",
                                  true,
                                  "execution started on " + d + " with every customer staffed"))
                      .orElseGet(
                          () ->
                              new CompletenessItem(
                                  "execution", false, "execution has not started"))));
    };
  }

  private Completeness strategyCompleteness() {
    if (targets().isEmpty()) {
      return new Completeness(
          RuleId.D10_1,
          List.of(
              new CompletenessItem(
                  "strategies", false, "no relationship target is derived to give a strategy")));
    }
    List<CompletenessItem> items = new ArrayList<>();
    for (RelationshipTarget target : targets()) {
      List<RelationshipStrategy> strategies = strategiesFor(target);
      String item = "strategy for " + target.subject();
      items.add(
          strategies.isEmpty()
              ? new CompletenessItem(item, false, "no strategy for " + target.statement())
              : new CompletenessItem(
                  item,
                  true,
                  target.statement()
                      + ": "
                      + String.join(
                          ", ", strategies.stream().map(RelationshipStrategy::whom).toList())));
    }
    return new Completeness(RuleId.D10_1, items);
  }

  /**
   * Returns the strategies set for one target (D10.1, step 4).
   *
   * @param target the target; not null
   * @return its strategies, in the order set; never null
   */
  public List<RelationshipStrategy> strategiesFor(RelationshipTarget target) {
    Objects.requireNonNull(target, "target");
    return strategies().stream()
        .filter(s -> s.target().equals(target.subject()))
        .collect(ImmutableList.toImmutableList());
  }

  /** {@return the targets without a strategy yet, in order (D10.1, step 4); never null} */
  public List<RelationshipTarget> targetsWithoutStrategy() {
    return targets().stream()
        .filter(t -> strategiesFor(t).isEmpty())
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Measures the relationship targets against today's decision chains and relationships (DOMAIN
   * D10.1, step 3), as {@link RelationshipGap#of} does over the plan's scope.
   *
   * @param today today's relationships, from {@code ltc-domain}; not null
   * @return the gap per target, in order; no entry before the targets are derived; never null
   */
  public RelationshipGap gap(CurrentRelationships today) {
    return RelationshipGap.of(scope(), targets(), today);
  }

  /**
   * Reports the monitoring of the plan at a date (DOMAIN D10.1, D10.4): for each activity, counting
   * from the day execution started, the latest day it fell due on or before the date (the start
   * plus a whole number, one or more, of its cadence), the latest day it was held by then, whether
   * it is overdue — it fell due and was not held after the day it fell due the turn before (or, the
   * first time, on or after the start) — and the next day it falls due.
   *
   * @param asOf the date; not null
   * @return the schedule, or empty before execution starts; never null
   * @throws IllegalArgumentException if {@code asOf} is outside the library's calendar ({@link
   *     BusinessDate#EARLIEST} to {@link BusinessDate#LATEST}; DOMAIN D10.4)
   */
  public Optional<MonitoringSchedule> monitoringDue(LocalDate asOf) {
    BusinessDate.checkWithinCalendar(asOf, "asOf", "D10.4");
    if (startsOn().isEmpty()) {
      return Optional.empty();
    }
    LocalDate start = startsOn().get();
    List<MonitoringDue> entries = new ArrayList<>();
    for (MonitoringActivity activity : MonitoringActivity.values()) {
      int counted = 0;
      while (!start.plus(activity.cadence().multipliedBy(counted + 1)).isAfter(asOf)) {
        counted++;
      }
      int turns = counted;
      Optional<LocalDate> lastDue =
          turns == 0
              ? Optional.empty()
              : Optional.of(start.plus(activity.cadence().multipliedBy(turns)));
      LocalDate next = start.plus(activity.cadence().multipliedBy(turns + 1));
      Optional<LocalDate> lastHeld =
          monitoring().stream()
              .filter(r -> r.activity() == activity && !r.held().isAfter(asOf))
              .map(HeldMonitoring::held)
              .max(LocalDate::compareTo);
      boolean overdue = false;
      if (turns > 0) {
        LocalDate turnBefore = start.plus(activity.cadence().multipliedBy(turns - 1));
        overdue =
            lastHeld.map(h -> turns == 1 ? h.isBefore(start) : !h.isAfter(turnBefore)).orElse(true);
      }
      entries.add(new MonitoringDue(activity, lastDue, lastHeld, overdue, next));
    }
    return Optional.of(new MonitoringSchedule(asOf, start, entries));
  }

  // ---------------------------------------------------------------- commands

  /**
   * Opens a relationship plan at step 1 (DOMAIN D10.1).
   *
   * @param id the new plan's id; not null
   * @param scope the customer or region it covers; not null
   * @param owner who owns it; not null
   * @param manager the owner's direct manager, who supervises it (D10.4); not null, not the owner
   * @param at when; not null
   * @return the new plan with its {@link RelationshipPlanOpened} event
   * @throws IllegalArgumentException if the owner is the manager
   */
  public static Transition<RelationshipPlan, RelationshipPlanEvent> open(
      RelationshipPlanId id, PlanScope scope, EmployeeId owner, EmployeeId manager, Instant at) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(at, "at");
    RelationshipPlanOpened opened = new RelationshipPlanOpened(id, 1, scope, owner, manager, at);
    return Transition.of(initial(opened), opened);
  }

  /**
   * Inherits the market targets, or replaces them, in step 1 (DOMAIN D10.1). They may be
   * incomplete; the plan leaves step 1 only once they are complete.
   *
   * @param targets the market targets; not null
   * @param at when; not null, not before {@link #lastEventAt()}
   * @return the plan with its {@link MarketTargetsInherited} event
   * @throws org.leadtocash.domain.common.IllegalTransitionException if the plan is past step 1
   *     (D10.1): a change of market targets is then a {@link #reviseMarketTargets revision}
   * @throws org.leadtocash.domain.common.RuleViolationException if {@code at} is before the last
   *     event, or a target names a customer outside the scope (D10.1)
   */
  public Transition<RelationshipPlan, RelationshipPlanEvent> inheritMarketTargets(
      MarketTargets targets, Instant at) {
    Objects.requireNonNull(targets, "targets");
    guard("inheritMarketTargets", at)
        .allow(
            step() == PlanningStep.INHERIT_MARKET_TARGETS,
            RuleId.D10_1,
            "the market targets are inherited in step 1, and the plan is at step %s (%s): revise"
                + " them instead",
            step().number(),
            step().label());
    checkScope("inheritMarketTargets", targets);
    return next(List.of(new MarketTargetsInherited(id(), version() + 1, targets, at)));
  }

  /**
   * Records the relationship analysis (DOMAIN D10.1, step 2), entering step 2 from a complete step
   * 1, or replacing the analysis in step 2. It may be incomplete; the plan leaves step 2 only once
   * it is complete.
   *
   * @param analysis the analysis; not null
   * @param at when; not null, not before {@link #lastEventAt()}
   * @return the plan with its {@link RelationshipsAnalysed} event
   * @throws org.leadtocash.domain.common.IllegalTransitionException if the market targets are not
   *     complete, or the plan is past step 2 (D10.1)
   * @throws org.leadtocash.domain.common.RuleViolationException if {@code at} is before the last
   *     event (D10.1)
   */
  public Transition<RelationshipPlan, RelationshipPlanEvent> recordAnalysis(
      RelationshipAnalysis analysis, Instant at) {
    Objects.requireNonNull(analysis, "analysis");
    enter(PlanningStep.ANALYSE_RELATIONSHIPS, "recordAnalysis", at);
    return next(List.of(new RelationshipsAnalysed(id(), version() + 1, analysis, at)));
  }

  /**
   * Derives the relationship targets with the {@link RelationshipTargetPolicy#standard() standard
   * policy}.
   *
   * @param at when; not null, not before {@link #lastEventAt()}
   * @return as {@link #deriveTargets(RelationshipTargetPolicy, Instant)}
   */
  public Transition<RelationshipPlan, RelationshipPlanEvent> deriveTargets(Instant at) {
    return deriveTargets(RelationshipTargetPolicy.standard(), at);
  }

  /**
   * Derives the relationship targets from the market targets (DOMAIN D10.1, step 3), entering step
   * 3 from a complete step 2, or deriving them again in step 3.
   *
   * @param policy the host's derivation; not null
   * @param at when; not null, not before {@link #lastEventAt()}
   * @return the plan with its {@link RelationshipTargetsSet} event
   * @throws org.leadtocash.domain.common.IllegalTransitionException if the analysis is not
   *     complete, or the plan is past step 3 (D10.1): a change is then a {@link
   *     #reviseMarketTargets revision}
   * @throws org.leadtocash.domain.common.RuleViolationException if {@code at} is before the last
   *     event, or the policy derives no target, two for one subject or more customers than the
   *     scope covers (D10.1)
   */
  public Transition<RelationshipPlan, RelationshipPlanEvent> deriveTargets(
      RelationshipTargetPolicy policy, Instant at) {
    Objects.requireNonNull(policy, "policy");
    enter(PlanningStep.SET_RELATIONSHIP_TARGETS, "deriveTargets", at);
    MarketTargets market = marketTargets().orElseThrow();
    return targetsSet(derived(policy, market), at);
  }

  private Transition<RelationshipPlan, RelationshipPlanEvent> targetsSet(
      List<RelationshipTarget> targets, Instant at) {
    enter(PlanningStep.SET_RELATIONSHIP_TARGETS, "deriveTargets", at);
    checkTargets("deriveTargets", targets);
    return next(List.of(new RelationshipTargetsSet(id(), version() + 1, targets, at)));
  }

  /**
   * Adopts a strategy for one target and one person or department (DOMAIN D10.1, step 4), entering
   * step 4 from step 3; in step 4 and in execution strategies are added, and one for the same
   * target and whom replaces the one before.
   *
   * @param strategy the strategy; not null
   * @param at when; not null, not before {@link #lastEventAt()}
   * @return the plan with its {@link StrategyAdopted} event
   * @throws org.leadtocash.domain.common.IllegalTransitionException if the relationship targets are
   *     not derived yet (D10.1)
   * @throws org.leadtocash.domain.common.RuleViolationException if {@code at} is before the last
   *     event, the strategy serves no target of the plan, is for a customer outside the scope, is
   *     for a department where its target is a key-person target or for a person where it is not,
   *     or equals the strategy already set (D10.1)
   */
  public Transition<RelationshipPlan, RelationshipPlanEvent> adoptStrategy(
      RelationshipStrategy strategy, Instant at) {
    Objects.requireNonNull(strategy, "strategy");
    Guard guard = guard("adoptStrategy", at);
    if (!step().isAtLeast(PlanningStep.SET_STRATEGIES)) {
      enter(PlanningStep.SET_STRATEGIES, "adoptStrategy", at);
    }
    Optional<RelationshipTarget> target =
        targets().stream().filter(t -> t.subject().equals(strategy.target())).findFirst();
    guard.require(
        target.isPresent(),
        RuleId.D10_1,
        "a strategy serves a target of the plan, and '%s' is none of %s",
        strategy.target(),
        targets().stream().map(RelationshipTarget::subject).toList());
    guard.require(
        scope().covers(strategy.customer()),
        RuleId.D10_1,
        "the strategy is for %s, outside the plan's scope %s",
        strategy.customer(),
        scope());
    boolean key = target.orElseThrow().layer() == RelationshipLayer.KEY;
    guard.require(
        key == strategy.person().isPresent(),
        RuleId.D10_1,
        "a strategy for %s is %s, not %s",
        strategy.target(),
        key ? "per person" : "per department",
        strategy.whom());
    guard.require(
        !strategies().contains(strategy),
        RuleId.D10_1,
        "this strategy for %s and %s is already set",
        strategy.target(),
        strategy.whom());
    return next(List.of(new StrategyAdopted(id(), version() + 1, strategy, at)));
  }

  /**
   * Starts execution with the {@link StaffingPolicy#standard() standard staffing policy}.
   *
   * @param startsOn the day execution starts; not null
   * @param staffing the staffing of each customer of the scope; not null
   * @param grades the attestation of its grade each staffed customer issued; not null
   * @param at when; not null, not before {@link #lastEventAt()}
   * @return as {@link #startExecution(LocalDate, List, List, StaffingPolicy, Instant)}
   * @throws org.leadtocash.domain.common.DomainException as {@link #startExecution(LocalDate, List,
   *     List, StaffingPolicy, Instant)}
   */
  public Transition<RelationshipPlan, RelationshipPlanEvent> startExecution(
      LocalDate startsOn,
      List<CustomerStaffing> staffing,
      List<GradeAttestation> grades,
      Instant at) {
    return startExecution(startsOn, staffing, grades, StaffingPolicy.standard(), at);
  }

  /**
   * Starts execution (DOMAIN D10.1, step 5) from a complete step 4: every customer of the scope is
   * staffed once, with at least the people its grade and maturity need and an owner at least as
   * able as its importance asks, under the host's policy. The grade that sizes a staffing is the
   * customer's own (DOMAIN D6.2): each staffing's grade must be the one its customer attests among
   * {@code grades}, evidence only a {@link org.leadtocash.domain.customer.Customer customer} issues
   * ({@link org.leadtocash.domain.customer.Customer#gradeAttestation()}), so a lower grade cannot
   * be claimed to staff a customer more thinly. The maturity is the planner's judgement.
   *
   * @param startsOn the day execution starts, from which the monitoring cadence counts; not null
   * @param staffing the staffing of each customer of the scope; not null
   * @param grades the attestation of its grade each staffed customer issued, one per customer; not
   *     null
   * @param policy the host's staffing norms; not null
   * @param at when; not null, not before {@link #lastEventAt()}
   * @return the plan with its {@link PlanExecutionStarted} event
   * @throws org.leadtocash.domain.common.IllegalTransitionException if a target has no strategy
   *     yet, or the plan is not at step 4: earlier, or already executing (D10.1)
   * @throws org.leadtocash.domain.common.RuleViolationException if {@code at} is before the last
   *     event, or execution starts before the plan was opened, compared without a time zone as
   *     {@link BusinessDate} does, or outside the library's calendar ({@link BusinessDate#EARLIEST}
   *     to {@link BusinessDate#LATEST}) — all checked before the state — or a staffing's grade is
   *     not the one its customer attests, or two attestations are of one customer (D6.2), or a
   *     customer of the scope is not staffed, one outside it or one twice is, or a staffing falls
   *     short of its norm: fewer people, or a less able owner (D10.1)
   */
  public Transition<RelationshipPlan, RelationshipPlanEvent> startExecution(
      LocalDate startsOn,
      List<CustomerStaffing> staffing,
      List<GradeAttestation> grades,
      StaffingPolicy policy,
      Instant at) {
    Objects.requireNonNull(startsOn, "startsOn");
    Objects.requireNonNull(staffing, "staffing");
    Objects.requireNonNull(grades, "grades");
    Objects.requireNonNull(policy, "policy");
    List<CustomerStaffing> copy = ImmutableList.copyOf(staffing);
    guard("startExecution", at)
        .requireSince(RuleId.D10_1, "execution starts on", startsOn, OPENED, openedAt())
        .require(
            BusinessDate.isWithinCalendar(startsOn),
            RuleId.D10_1,
            "execution starts on %s, outside the library's calendar, %s to %s, where the"
                + " monitoring that counts from it could not be dated",
            startsOn,
            BusinessDate.EARLIEST,
            BusinessDate.LATEST);
    List<GradeAttestation> attested = ImmutableList.copyOf(grades);
    Guard guard = startGuard(at);
    Map<CustomerId, CustomerGrade> attestedGrades = new HashMap<>();
    for (GradeAttestation grade : attested) {
      guard.require(
          attestedGrades.put(grade.customer(), grade.grade()) == null,
          RuleId.D6_2,
          "customer %s attests one grade, not several",
          grade.customer());
    }
    for (CustomerStaffing s : copy) {
      CustomerGrade claimed = s.grade();
      guard.require(
          attestedGrades.get(s.customer()) == claimed,
          RuleId.D6_2,
          "the staffing of %s is sized by grade %s, which its customer does not attest: %s",
          s.customer(),
          claimed,
          Optional.ofNullable(attestedGrades.get(s.customer()))
              .map(g -> "it attests grade " + g)
              .orElse("no attestation of it is given"));
    }
    List<StaffingNorm> norms =
        copy.stream()
            .map(
                s ->
                    new StaffingNorm(
                        s.customer(),
                        policy.people(s.grade(), s.maturity()),
                        Objects.requireNonNull(
                            policy.ownerAbility(s.grade()), "the policy gives an ability")))
            .toList();
    return executionStarted(startsOn, copy, norms, at);
  }

  private Transition<RelationshipPlan, RelationshipPlanEvent> executionStarted(
      LocalDate startsOn, List<CustomerStaffing> staffing, List<StaffingNorm> norms, Instant at) {
    Guard guard = startGuard(at);
    List<CustomerId> staffed = staffing.stream().map(CustomerStaffing::customer).toList();
    guard.require(
        staffed.size() == new HashSet<>(staffed).size()
            && new HashSet<>(staffed).equals(scope().customers()),
        RuleId.D10_1,
        "every customer of %s is staffed once: %s are, where the scope covers %s",
        scope(),
        staffed,
        scope().customers());
    List<String> shortfalls = new ArrayList<>();
    for (int i = 0; i < staffing.size(); i++) {
      StaffingNorm norm = norms.get(i);
      guard.require(
          norm.customer().equals(staffing.get(i).customer()),
          RuleId.D10_1,
          "the staffing norm of %s is for %s",
          staffing.get(i).customer(),
          norm.customer());
      shortfalls.addAll(norm.shortfalls(staffing.get(i)));
    }
    guard.require(
        shortfalls.isEmpty(),
        RuleId.D10_1,
        "people per customer follow its grade and maturity, and its owner's ability its"
            + " importance: %s",
        String.join("; ", shortfalls));
    return next(
        List.of(new PlanExecutionStarted(id(), version() + 1, startsOn, staffing, norms, at)));
  }

  @CanIgnoreReturnValue
  private Guard startGuard(Instant at) {
    guard("startExecution", at)
        .allow(
            step() != PlanningStep.EXECUTE_AND_MONITOR,
            RuleId.D10_1,
            "execution has already started, on %s",
            startsOn().map(LocalDate::toString).orElse("?"));
    return enter(PlanningStep.EXECUTE_AND_MONITOR, "startExecution", at);
  }

  /**
   * Records that a monitoring activity was held (DOMAIN D10.1, D10.4): the weekly meeting, the
   * half-year coaching and the yearly evaluation by the owner's direct manager, the weekly work
   * plan and the quarterly self-check by the owner.
   *
   * @param record what was held; not null
   * @param at when it is recorded; not null, not before {@link #lastEventAt()}
   * @return the plan with its {@link MonitoringRecorded} event
   * @throws org.leadtocash.domain.common.IllegalTransitionException if the plan is not in execution
   *     (D10.4)
   * @throws org.leadtocash.domain.common.RuleViolationException if {@code at} is before the last
   *     event, or the record is dated before the plan was opened or after {@code at}, compared
   *     without a time zone as {@link BusinessDate} does — checked before the state (D10.1); the
   *     record is dated before execution started or held by someone else than the activity asks
   *     (D10.4)
   */
  public Transition<RelationshipPlan, RelationshipPlanEvent> recordMonitoring(
      HeldMonitoring record, Instant at) {
    Objects.requireNonNull(record, "record");
    String fact = "the " + record.activity().label() + " is held on";
    guard("recordMonitoring", at)
        .requireSince(RuleId.D10_1, fact, record.held(), OPENED, openedAt())
        .requireHappened(RuleId.D10_1, fact, record.held(), at);
    Guard guard =
        guard("recordMonitoring", at)
            .allow(
                step() == PlanningStep.EXECUTE_AND_MONITOR,
                RuleId.D10_4,
                "a plan is monitored in execution (step 5), and it is at step %s (%s)",
                step().number(),
                step().label());
    LocalDate start = startsOn().orElseThrow();
    guard.require(
        !record.held().isBefore(start),
        RuleId.D10_4,
        "the %s held on %s is before execution started on %s",
        record.activity().label(),
        record.held(),
        start);
    EmployeeId holder = record.activity().heldByManager() ? manager() : owner();
    guard.require(
        record.by().equals(holder),
        RuleId.D10_4,
        "the %s is held by %s, the %s, not by %s",
        record.activity().label(),
        holder,
        record.activity().heldByManager() ? "owner's direct manager" : "plan's owner",
        record.by());
    return next(List.of(new MonitoringRecorded(id(), version() + 1, record, at)));
  }

  /**
   * Revises the market targets with the {@link RelationshipTargetPolicy#standard() standard
   * policy}.
   *
   * @param targets the new market targets; not null
   * @param at when; not null, not before {@link #lastEventAt()}
   * @return as {@link #reviseMarketTargets(MarketTargets, RelationshipTargetPolicy, Instant)}
   */
  public Transition<RelationshipPlan, RelationshipPlanEvent> reviseMarketTargets(
      MarketTargets targets, Instant at) {
    return reviseMarketTargets(targets, RelationshipTargetPolicy.standard(), at);
  }

  /**
   * Revises the market targets once the relationship targets are set — in steps 3 and 4 and in
   * execution — and derives the relationship targets again in step with them (DOMAIN D10.1, step 5:
   * target adjustment). The step stays; the strategies of targets no longer derived are dropped,
   * and new targets wait for theirs ({@link #targetsWithoutStrategy()}). The {@link
   * MarketTargetsRevised} event carries the old and new targets.
   *
   * @param targets the new market targets; not null, complete, different from the current ones
   * @param policy the host's derivation; not null
   * @param at when; not null, not before {@link #lastEventAt()}
   * @return the plan with its {@link MarketTargetsRevised} event
   * @throws org.leadtocash.domain.common.IllegalTransitionException if the relationship targets are
   *     not set yet: the market targets are then still {@link #inheritMarketTargets inherited}
   *     (D10.1)
   * @throws org.leadtocash.domain.common.RuleViolationException if {@code at} is before the last
   *     event, the new targets are incomplete, unchanged or name a customer outside the scope, or
   *     the policy derives no target, two for one subject or more customers than the scope covers
   *     (D10.1)
   */
  public Transition<RelationshipPlan, RelationshipPlanEvent> reviseMarketTargets(
      MarketTargets targets, RelationshipTargetPolicy policy, Instant at) {
    Objects.requireNonNull(targets, "targets");
    Objects.requireNonNull(policy, "policy");
    reviseGuard(targets, at);
    return revised(targets, derived(policy, targets), at);
  }

  @CanIgnoreReturnValue
  private Guard reviseGuard(MarketTargets targets, Instant at) {
    Guard guard =
        guard("reviseMarketTargets", at)
            .allow(
                step().isAtLeast(PlanningStep.SET_RELATIONSHIP_TARGETS),
                RuleId.D10_1,
                "market targets are revised once the relationship targets are set (step 3), and"
                    + " the plan is at step %s (%s): inherit them instead",
                step().number(),
                step().label());
    Completeness completeness = targets.completeness();
    guard.require(
        completeness.isComplete(),
        RuleId.D10_1,
        "the revised market targets are complete: %s",
        completeness.explanation());
    guard.require(
        !marketTargets().equals(Optional.of(targets)),
        RuleId.D10_1,
        "a revision changes the market targets, and these are the current ones");
    checkScope("reviseMarketTargets", targets);
    return guard;
  }

  private Transition<RelationshipPlan, RelationshipPlanEvent> revised(
      MarketTargets market, List<RelationshipTarget> targets, Instant at) {
    reviseGuard(market, at);
    checkTargets("reviseMarketTargets", targets);
    return next(
        List.of(
            new MarketTargetsRevised(
                id(),
                version() + 1,
                marketTargets().orElseThrow(),
                market,
                targets(),
                targets,
                at)));
  }

  // ---------------------------------------------------------------- replay

  /**
   * Rebuilds a plan from its whole history, oldest first, as strictly as its commands (DOMAIN
   * D10.1, D10.4): each event's command is sent again to the state reached so far and must produce
   * exactly the stored event. Derived targets and staffing norms are taken as the host's policy
   * gave them then, and checked as the commands check them.
   *
   * @param history the plan's events, starting with its {@link RelationshipPlanOpened}; not null,
   *     not empty
   * @return the plan, equal to the one the commands produced; never null
   * @throws IllegalArgumentException if the history is empty
   * @throws org.leadtocash.domain.common.RejectedHistoryException if the history does not start
   *     with the opening at version 1, holds another plan's event, skips, repeats or reorders a
   *     version, goes back in time, or holds an event the plan does not accept — a step entered
   *     early, a revision whose old targets are not the plan's (D10.1, D10.4)
   */
  public static RelationshipPlan replay(List<? extends RelationshipPlanEvent> history) {
    return REPLAY.history(history);
  }

  /**
   * Rebuilds a plan from a snapshot of its state and the events stored after it, as strictly as
   * {@link #replay(List)} (DOMAIN D10.1).
   *
   * @param snapshot the plan as it was at some version; not null
   * @param eventsAfter the events after the snapshot, oldest first, starting at the snapshot's
   *     version plus one; not null, may be empty
   * @return the plan, equal to the one its whole history replays to; never null
   * @throws org.leadtocash.domain.common.RejectedHistoryException if the events do not continue the
   *     snapshot or hold an event the plan does not accept (D10.1, D10.4)
   */
  public static RelationshipPlan replay(
      RelationshipPlan snapshot, List<? extends RelationshipPlanEvent> eventsAfter) {
    return REPLAY.continueFrom(snapshot, eventsAfter);
  }

  /** Sends the plan the command an event records again (see {@link #replay(List)}). */
  private Transition<RelationshipPlan, RelationshipPlanEvent> redo(RelationshipPlanEvent event) {
    Instant at = event.occurredAt();
    if (event instanceof MarketTargetsInherited inherited) {
      return inheritMarketTargets(inherited.targets(), at);
    } else if (event instanceof RelationshipsAnalysed analysed) {
      return recordAnalysis(analysed.analysis(), at);
    } else if (event instanceof RelationshipTargetsSet set) {
      return targetsSet(set.targets(), at);
    } else if (event instanceof StrategyAdopted set) {
      return adoptStrategy(set.strategy(), at);
    } else if (event instanceof PlanExecutionStarted started) {
      return executionStarted(started.startsOn(), started.staffing(), started.norms(), at);
    } else if (event instanceof MonitoringRecorded recorded) {
      return recordMonitoring(recorded.record(), at);
    } else if (event instanceof MarketTargetsRevised revised) {
      return revised(revised.marketTargets(), revised.targets(), at);
    }
    throw Guard.of("RelationshipPlan " + id(), stateName(), "open")
        .violation(RuleId.D10_1, "the plan is already open");
  }

  private static Transition<RelationshipPlan, RelationshipPlanEvent> reopen(
      RelationshipPlanEvent event) {
    RelationshipPlanOpened opened = (RelationshipPlanOpened) event;
    return open(
        opened.plan(), opened.scope(), opened.owner(), opened.manager(), opened.occurredAt());
  }

  private String stateName() {
    return step().name();
  }

  // ---------------------------------------------------------------- rules

  /**
   * {@return the guard of a command, which refuses a command dated before the plan's last event
   * (D10.1: the plan's history runs forward)}
   */
  @CanIgnoreReturnValue
  private Guard guard(String command, Instant at) {
    Objects.requireNonNull(at, "at");
    return Guard.of("RelationshipPlan " + id(), stateName(), command)
        .require(
            !at.isBefore(lastEventAt()),
            RuleId.D10_1,
            "a relationship plan's history runs forward: %s is before its last event at %s",
            at,
            lastEventAt());
  }

  /**
   * Checks that a command may work in a step: it is the plan's step, or the next one and the plan's
   * step is complete (D10.1).
   */
  @CanIgnoreReturnValue
  private Guard enter(PlanningStep target, String command, Instant at) {
    Guard guard = guard(command, at);
    if (step() == target) {
      return guard;
    }
    guard.allow(
        !step().isAtLeast(target),
        RuleId.D10_1,
        "the plan is at step %s (%s), past step %s (%s)",
        step().number(),
        step().label(),
        target.number(),
        target.label());
    guard.allow(
        step().next().equals(Optional.of(target)),
        RuleId.D10_1,
        "step %s (%s) follows step %s, and the plan is at step %s (%s)",
        target.number(),
        target.label(),
        target.number() - 1,
        step().number(),
        step().label());
    Completeness done = completeness(step());
    guard.allow(
        done.isComplete(),
        RuleId.D10_1,
        "step %s (%s) is entered only once step %s (%s) is complete: %s",
        target.number(),
        target.label(),
        step().number(),
        step().label(),
        done.explanation());
    return guard;
  }

  private void checkScope(String command, MarketTargets targets) {
    Set<CustomerId> outside = new HashSet<>(targets.namedCustomers());
    outside.removeAll(scope().customers());
    Guard.of("RelationshipPlan " + id(), stateName(), command)
        .require(
            outside.isEmpty(),
            RuleId.D10_1,
            "the market targets name %s, outside the plan's scope %s",
            outside,
            scope());
  }

  private List<RelationshipTarget> derived(RelationshipTargetPolicy policy, MarketTargets market) {
    return ImmutableList.copyOf(
        Objects.requireNonNull(policy.derive(scope(), market), "the policy derives targets"));
  }

  private void checkTargets(String command, List<RelationshipTarget> targets) {
    Guard guard = Guard.of("RelationshipPlan " + id(), stateName(), command);
    guard.require(
        !targets.isEmpty(),
        RuleId.D10_1,
        "the market targets give at least one relationship target");
    Optional<String> problem = targetProblem(scope(), targets);
    guard.require(problem.isEmpty(), RuleId.D10_1, "%s", problem.orElse(""));
  }

  /** What is wrong with derived targets, if anything: a repeated subject, too many customers. */
  private static Optional<String> targetProblem(PlanScope scope, List<RelationshipTarget> targets) {
    Set<String> subjects = new HashSet<>();
    for (RelationshipTarget target : targets) {
      if (!subjects.add(target.subject())) {
        return Optional.of(
            "the targets hold one target per subject, and two are " + target.subject());
      }
      if (target.layer() != RelationshipLayer.KEY && target.count() > scope.customers().size()) {
        return Optional.of(
            target.statement()
                + " counts more customers than the "
                + scope.customers().size()
                + " of the scope");
      }
    }
    return Optional.empty();
  }

  // ---------------------------------------------------------------- events

  private static RelationshipPlan initial(RelationshipPlanOpened opened) {
    return restore()
        .id(opened.plan())
        .version(1)
        .scope(opened.scope())
        .owner(opened.owner())
        .manager(opened.manager())
        .openedAt(opened.occurredAt())
        .lastEventAt(opened.occurredAt())
        .step(PlanningStep.INHERIT_MARKET_TARGETS)
        .revisions(0)
        .build();
  }

  private void apply(Restore next, RelationshipPlanEvent event) {
    next.version(event.version()).lastEventAt(event.occurredAt());
    if (event instanceof MarketTargetsInherited inherited) {
      next.marketTargets(inherited.targets());
    } else if (event instanceof RelationshipsAnalysed analysed) {
      next.analysis(analysed.analysis()).step(PlanningStep.ANALYSE_RELATIONSHIPS);
    } else if (event instanceof RelationshipTargetsSet set) {
      next.targets(set.targets()).step(PlanningStep.SET_RELATIONSHIP_TARGETS);
    } else if (event instanceof StrategyAdopted set) {
      RelationshipStrategy strategy = set.strategy();
      List<RelationshipStrategy> strategies = new ArrayList<>();
      boolean replaced = false;
      for (RelationshipStrategy s : strategies()) {
        if (s.target().equals(strategy.target()) && s.whom().equals(strategy.whom())) {
          strategies.add(strategy);
          replaced = true;
        } else {
          strategies.add(s);
        }
      }
      if (!replaced) {
        strategies.add(strategy);
      }
      next.strategies(strategies);
      if (!step().isAtLeast(PlanningStep.SET_STRATEGIES)) {
        next.step(PlanningStep.SET_STRATEGIES);
      }
    } else if (event instanceof PlanExecutionStarted started) {
      next.startsOn(started.startsOn())
          .staffing(started.staffing())
          .norms(started.norms())
          .step(PlanningStep.EXECUTE_AND_MONITOR);
    } else if (event instanceof MonitoringRecorded recorded) {
      next.addMonitoring(recorded.record());
    } else if (event instanceof MarketTargetsRevised revised) {
      Set<String> kept = new HashSet<>();
      revised.targets().forEach(t -> kept.add(t.subject()));
      next.marketTargets(revised.marketTargets())
          .targets(revised.targets())
          .strategies(strategies().stream().filter(s -> kept.contains(s.target())).toList())
          .revisions(revisions() + 1);
    } else {
      throw new IllegalArgumentException("relationship plan " + id() + " is already open");
    }
  }

  private Transition<RelationshipPlan, RelationshipPlanEvent> next(
      List<RelationshipPlanEvent> events) {
    Restore next = restore().from(this);
    for (RelationshipPlanEvent event : events) {
      apply(next, event);
    }
    return Transition.of(next.build(), events);
  }

  // ---------------------------------------------------------------- restore

  /**
   * Returns a builder that restores a plan from the attributes of a stored snapshot: for a host or
   * a codec that stored a plan's state and reads it back. Normally a plan comes from its commands,
   * or from {@link #replay(List)}; a restored snapshot is continued with {@link
   * #replay(RelationshipPlan, List) replay(snapshot, eventsAfter)}.
   *
   * <p>A snapshot is input, checked as strictly as a command: {@link Restore#build() build()}
   * checks every invariant of a plan's state and throws an {@link IllegalArgumentException} naming
   * the attribute and the DOMAIN rule a tampered or broken snapshot breaks (see {@link Restore}).
   *
   * <pre>{@code
   * RelationshipPlan snapshot = RelationshipPlan.restore().from(stored).build();
   * RelationshipPlan plan = RelationshipPlan.replay(snapshot, eventsAfter);
   * }</pre>
   *
   * @return a new builder, never null
   */
  public static Restore restore() {
    return new Restore();
  }

  /**
   * Restores a {@link RelationshipPlan} from the attributes of a stored snapshot (see {@link
   * #restore()}). Every attribute is set through its public setter; id, version, scope, owner,
   * manager, openedAt, lastEventAt, step and revisions are required, the rest default to empty.
   *
   * <p>{@link #build()} checks every invariant of the state (D10.1, D10.4): the owner is not the
   * manager; time runs forward from openedAt; each step holds what the steps before it completed
   * and nothing of the steps after it — from step 2 on complete market targets, from step 3 on a
   * complete analysis and the relationship targets, one per subject and no more customers than the
   * scope covers, strategies only from step 4 on and each for a target, a customer of the scope,
   * per person for a key-person target and per department otherwise, the staffing, its norms and
   * the monitoring only in execution, every customer of the scope staffed once and to its norm;
   * execution starts no earlier than openedAt, and the monitoring is held on or after the start and
   * no later than lastEventAt, compared without a time zone ({@link BusinessDate}), by the manager
   * or the owner as its activity asks; the market targets name only customers of the scope;
   * revisions happen only once targets are set; and the version counts at least the facts the state
   * records. It throws an {@link IllegalArgumentException} naming the attribute and the rule of the
   * first broken one.
   */
  public static final class Restore extends ImmutableRelationshipPlan.Builder {
    Restore() {}
  }

  /**
   * Checks every invariant of the state, as strictly as the commands (see {@link Restore}): every
   * state the commands reach passes it.
   */
  @Value.Check
  void check() {
    String plan = "relationship plan " + id();
    PlanningStep step = step();
    checkArgument(
        !owner().equals(manager()),
        "%s: owner %s is also the manager; the owner's direct manager supervises the plan (DOMAIN"
            + " D10.4)",
        plan,
        owner());
    checkArgument(
        !lastEventAt().isBefore(openedAt()),
        "%s: lastEventAt %s is before openedAt %s: time only moves forward (DOMAIN D10.1)",
        plan,
        lastEventAt(),
        openedAt());
    checkArgument(
        version() > 1 || lastEventAt().equals(openedAt()),
        "%s: lastEventAt %s is not openedAt %s, though at version 1 the opening is its only event"
            + " (DOMAIN D10.1)",
        plan,
        lastEventAt(),
        openedAt());
    marketTargets()
        .ifPresent(
            m -> {
              Set<CustomerId> outside = new HashSet<>(m.namedCustomers());
              outside.removeAll(scope().customers());
              checkArgument(
                  outside.isEmpty(),
                  "%s: marketTargets name %s, outside the scope %s (DOMAIN D10.1)",
                  plan,
                  outside,
                  scope());
            });
    if (step.isAtLeast(PlanningStep.ANALYSE_RELATIONSHIPS)) {
      checkArgument(
          marketTargets().map(m -> m.completeness().isComplete()).orElse(false),
          "%s: at step %s the marketTargets are complete (DOMAIN D10.1): %s",
          plan,
          step.number(),
          completeness(PlanningStep.INHERIT_MARKET_TARGETS).explanation());
    }
    checkArgument(
        analysis().isPresent() == step.isAtLeast(PlanningStep.ANALYSE_RELATIONSHIPS),
        "%s: at step %s the analysis is %s (DOMAIN D10.1)",
        plan,
        step.number(),
        step.isAtLeast(PlanningStep.ANALYSE_RELATIONSHIPS) ? "recorded" : "not recorded yet");
    if (step.isAtLeast(PlanningStep.SET_RELATIONSHIP_TARGETS)) {
      checkArgument(
          analysis().map(a -> a.completeness().isComplete()).orElse(false),
          "%s: at step %s the analysis is complete (DOMAIN D10.1): %s",
          plan,
          step.number(),
          completeness(PlanningStep.ANALYSE_RELATIONSHIPS).explanation());
    }
    checkArgument(
        targets().isEmpty() != step.isAtLeast(PlanningStep.SET_RELATIONSHIP_TARGETS),
        "%s: at step %s the targets are %s (DOMAIN D10.1)",
        plan,
        step.number(),
        step.isAtLeast(PlanningStep.SET_RELATIONSHIP_TARGETS) ? "set" : "not set yet");
    Optional<String> problem = targetProblem(scope(), targets());
    checkArgument(problem.isEmpty(), "%s: targets: %s (DOMAIN D10.1)", plan, problem.orElse(""));
    checkArgument(
        strategies().isEmpty() || step.isAtLeast(PlanningStep.SET_STRATEGIES),
        "%s: strategies are set from step 4 on, and the plan is at step %s (DOMAIN D10.1)",
        plan,
        step.number());
    Set<String> seen = new HashSet<>();
    for (RelationshipStrategy strategy : strategies()) {
      Optional<RelationshipTarget> target =
          targets().stream().filter(t -> t.subject().equals(strategy.target())).findFirst();
      checkArgument(
          target.isPresent(),
          "%s: strategies: one serves '%s', no target of the plan (DOMAIN D10.1)",
          plan,
          strategy.target());
      checkArgument(
          scope().covers(strategy.customer()),
          "%s: strategies: one is for %s, outside the scope (DOMAIN D10.1)",
          plan,
          strategy.customer());
      checkArgument(
          (target.orElseThrow().layer() == RelationshipLayer.KEY) == strategy.person().isPresent(),
          "%s: strategies: the one for %s is for %s (DOMAIN D10.1)",
          plan,
          strategy.target(),
          strategy.whom());
      checkArgument(
          seen.add(strategy.target() + " / " + strategy.whom()),
          "%s: strategies: two are for %s and %s (DOMAIN D10.1)",
          plan,
          strategy.target(),
          strategy.whom());
    }
    boolean executing = step == PlanningStep.EXECUTE_AND_MONITOR;
    checkArgument(
        startsOn().isPresent() == executing,
        "%s: startsOn is %s at step %s (DOMAIN D10.1)",
        plan,
        startsOn().isPresent() ? "set" : "not set",
        step.number());
    startsOn()
        .ifPresent(
            on ->
                checkArgument(
                    BusinessDate.isWithinCalendar(on),
                    "%s: startsOn is %s, outside the library's calendar, %s to %s (DOMAIN D10.4)",
                    plan,
                    on,
                    BusinessDate.EARLIEST,
                    BusinessDate.LATEST));
    checkArgument(
        executing || (staffing().isEmpty() && norms().isEmpty() && monitoring().isEmpty()),
        "%s: staffing, norms and monitoring belong to execution, and the plan is at step %s"
            + " (DOMAIN D10.1)",
        plan,
        step.number());
    if (executing) {
      List<CustomerId> staffed = staffing().stream().map(CustomerStaffing::customer).toList();
      checkArgument(
          staffed.size() == new HashSet<>(staffed).size()
              && new HashSet<>(staffed).equals(scope().customers()),
          "%s: staffing covers %s, not every customer of the scope once (DOMAIN D10.1)",
          plan,
          staffed);
      checkArgument(
          norms().size() == staffing().size(),
          "%s: norms hold %s entries for %s staffed customers (DOMAIN D10.1)",
          plan,
          norms().size(),
          staffing().size());
      for (int i = 0; i < staffing().size(); i++) {
        StaffingNorm norm = norms().get(i);
        CustomerStaffing staffing = staffing().get(i);
        checkArgument(
            norm.customer().equals(staffing.customer()) && norm.shortfalls(staffing).isEmpty(),
            "%s: staffing of %s does not meet its norm (DOMAIN D10.1): %s",
            plan,
            staffing.customer(),
            norm.customer().equals(staffing.customer())
                ? String.join("; ", norm.shortfalls(staffing))
                : "the norm is for " + norm.customer());
      }
      LocalDate start = startsOn().orElseThrow();
      checkArgument(
          !BusinessDate.isBefore(start, openedAt()),
          "%s: startsOn %s is before openedAt %s: its dates only move forward (DOMAIN D10.1)",
          plan,
          start,
          openedAt());
      for (HeldMonitoring record : monitoring()) {
        checkArgument(
            !record.held().isBefore(start),
            "%s: monitoring: a %s held on %s is before the start on %s (DOMAIN D10.4)",
            plan,
            record.activity().label(),
            record.held(),
            start);
        checkArgument(
            !BusinessDate.isAfter(record.held(), lastEventAt()),
            "%s: monitoring: a %s held on %s is after lastEventAt %s: a fact is recorded once it"
                + " has happened (DOMAIN D10.1)",
            plan,
            record.activity().label(),
            record.held(),
            lastEventAt());
        EmployeeId holder = record.activity().heldByManager() ? manager() : owner();
        checkArgument(
            record.by().equals(holder),
            "%s: monitoring: a %s is held by %s, not %s (DOMAIN D10.4)",
            plan,
            record.activity().label(),
            holder,
            record.by());
      }
    }
    checkArgument(
        revisions() >= 0
            && (revisions() == 0 || step.isAtLeast(PlanningStep.SET_RELATIONSHIP_TARGETS)),
        "%s: revisions is %s at step %s; market targets are revised from step 3 on (DOMAIN D10.1)",
        plan,
        revisions(),
        step.number());
    long recorded =
        1L
            + (marketTargets().isPresent() ? 1 : 0)
            + (analysis().isPresent() ? 1 : 0)
            + (targets().isEmpty() ? 0 : 1)
            + strategies().size()
            + (startsOn().isPresent() ? 1 : 0)
            + monitoring().size()
            + revisions();
    checkArgument(
        version() >= recorded,
        "%s: version is %s, less than %s, the events its state records (DOMAIN D10.1)",
        plan,
        version(),
        recorded);
  }
}
