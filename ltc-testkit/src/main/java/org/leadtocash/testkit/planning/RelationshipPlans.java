package org.leadtocash.testkit.planning;

import static org.leadtocash.testkit.Generators.later;
import static org.leadtocash.testkit.Generators.partsOf;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.leadtocash.domain.common.CompetitorId;
import org.leadtocash.domain.common.CustomerId;
import org.leadtocash.domain.common.EmployeeId;
import org.leadtocash.domain.common.OpportunityId;
import org.leadtocash.domain.common.PersonId;
import org.leadtocash.domain.common.RuleId;
import org.leadtocash.domain.common.Transition;
import org.leadtocash.domain.customer.CustomerGrade;
import org.leadtocash.domain.customer.DepartmentKind;
import org.leadtocash.domain.customer.GradeAttestation;
import org.leadtocash.domain.relationship.CustomerDepartment;
import org.leadtocash.domain.relationship.DecisionChain;
import org.leadtocash.domain.relationship.GeneralRelationshipGrade;
import org.leadtocash.domain.relationship.KeyRelationshipLevel;
import org.leadtocash.domain.relationship.OrganisationalRelationshipLevel;
import org.leadtocash.domain.relationship.RelationshipLayer;
import org.leadtocash.planning.relationship.CompetitionTarget;
import org.leadtocash.planning.relationship.CompetitorAspect;
import org.leadtocash.planning.relationship.CurrentRelationships;
import org.leadtocash.planning.relationship.CustomerStaffing;
import org.leadtocash.planning.relationship.GapCandidate;
import org.leadtocash.planning.relationship.HeldMonitoring;
import org.leadtocash.planning.relationship.HilltopTarget;
import org.leadtocash.planning.relationship.MarketTargets;
import org.leadtocash.planning.relationship.MarketTargetsInherited;
import org.leadtocash.planning.relationship.MarketTargetsRevised;
import org.leadtocash.planning.relationship.Maturity;
import org.leadtocash.planning.relationship.MonitoringActivity;
import org.leadtocash.planning.relationship.MonitoringDue;
import org.leadtocash.planning.relationship.MonitoringRecorded;
import org.leadtocash.planning.relationship.MonitoringSchedule;
import org.leadtocash.planning.relationship.OfferingKind;
import org.leadtocash.planning.relationship.PlanExecutionStarted;
import org.leadtocash.planning.relationship.PlanScope;
import org.leadtocash.planning.relationship.PlanningStep;
import org.leadtocash.planning.relationship.ProfitMeasure;
import org.leadtocash.planning.relationship.RelationshipAnalysis;
import org.leadtocash.planning.relationship.RelationshipGap;
import org.leadtocash.planning.relationship.RelationshipPlan;
import org.leadtocash.planning.relationship.RelationshipPlanEvent;
import org.leadtocash.planning.relationship.RelationshipPlanId;
import org.leadtocash.planning.relationship.RelationshipPlanOpened;
import org.leadtocash.planning.relationship.RelationshipStrategy;
import org.leadtocash.planning.relationship.RelationshipTarget;
import org.leadtocash.planning.relationship.RelationshipTargetPolicy;
import org.leadtocash.planning.relationship.RelationshipTargetsSet;
import org.leadtocash.planning.relationship.RelationshipsAnalysed;
import org.leadtocash.planning.relationship.ShareTarget;
import org.leadtocash.planning.relationship.StaffingNorm;
import org.leadtocash.planning.relationship.StaffingPolicy;
import org.leadtocash.planning.relationship.StrategyAdopted;
import org.leadtocash.planning.relationship.TargetGap;
import org.leadtocash.testkit.AggregateModel;
import org.leadtocash.testkit.ArbitraryCatalogue;
import org.leadtocash.testkit.Check;
import org.leadtocash.testkit.Command;
import org.leadtocash.testkit.CommandLog;
import org.leadtocash.testkit.Generators;
import org.leadtocash.testkit.Settings;
import org.leadtocash.testkit.common.CommonValues;
import org.leadtocash.testkit.customer.Customers;
import org.leadtocash.testkit.relationship.Relationships;

/**
 * Relationship plans (DOMAIN D10.1, D10.4) in every reachable state: opened for a customer or a
 * region, their market targets inherited (sometimes incomplete), their relationships analysed
 * (sometimes incomplete), their targets derived by the {@link RelationshipTargetPolicy#standard()
 * standard policy}, a strategy adopted for each, executed with every customer staffed to the {@link
 * StaffingPolicy#standard() standard norm}, monitored by the right person and revised when the
 * market targets change — and the values they carry and report.
 */
public final class RelationshipPlans {

  private static final List<EmployeeId> OWNERS =
      List.of(EmployeeId.of("E-WANG"), EmployeeId.of("E-LI"), EmployeeId.of("E-CHEN"));
  private static final EmployeeId MANAGER = EmployeeId.of("E-DIRECTOR");
  private static final EmployeeId STRANGER = EmployeeId.of("E-STRANGER");
  private static final CompetitorId RIVAL = CompetitorId.of("CO-RIVAL");

  private RelationshipPlans() {}

  /**
   * Adds the arbitraries of the relationship plan, its values and its events to a catalogue.
   *
   * @param catalogue the catalogue being built; not null
   */
  public static void addTo(ArbitraryCatalogue.Builder catalogue) {
    catalogue
        .add(RelationshipPlanId.class, s -> CommonValues.ids("RP-", RelationshipPlanId::of))
        .add(PlanScope.class, RelationshipPlans::scopes)
        .add(ShareTarget.class, s -> partsOf(marketTargets(s), MarketTargets::shares))
        .add(CompetitionTarget.class, s -> marketTargets(s).map(m -> m.competition().orElseThrow()))
        .add(HilltopTarget.class, s -> partsOf(marketTargets(s), MarketTargets::hilltops))
        .add(MarketTargets.class, RelationshipPlans::marketTargets)
        .add(RelationshipAnalysis.class, s -> analyses())
        .add(RelationshipTarget.class, s -> partsOf(plans(s), RelationshipPlan::targets))
        .add(RelationshipStrategy.class, s -> partsOf(plans(s), RelationshipPlan::strategies))
        .add(CustomerStaffing.class, s -> partsOf(plans(s), RelationshipPlan::staffing))
        .add(StaffingNorm.class, s -> partsOf(plans(s), RelationshipPlan::norms))
        .add(HeldMonitoring.class, s -> partsOf(plans(s), RelationshipPlan::monitoring))
        .add(MonitoringSchedule.class, RelationshipPlans::schedules)
        .add(MonitoringDue.class, s -> partsOf(schedules(s), MonitoringSchedule::entries))
        .add(CurrentRelationships.class, RelationshipPlans::current)
        .add(RelationshipGap.class, RelationshipPlans::gaps)
        .add(TargetGap.class, s -> partsOf(gaps(s), RelationshipGap::gaps))
        .add(
            GapCandidate.class,
            s ->
                partsOf(
                    gaps(s),
                    g -> g.gaps().stream().flatMap(t -> t.candidates().stream()).toList()));
    catalogue.addAggregate(
        RelationshipPlan.class,
        RelationshipPlanEvent.class,
        RelationshipPlans::model,
        List.of(
            RelationshipPlanOpened.class,
            MarketTargetsInherited.class,
            RelationshipsAnalysed.class,
            RelationshipTargetsSet.class,
            StrategyAdopted.class,
            PlanExecutionStarted.class,
            MonitoringRecorded.class,
            MarketTargetsRevised.class));
  }

  /**
   * Returns the relationship plan's model: each step does what the plan's step asks next — inherit
   * (sometimes incomplete) targets, record (sometimes incomplete) analyses, derive the targets,
   * adopt a strategy for a target without one, start execution with every customer staffed to its
   * norm, record monitoring by its holder, revise the market targets — some hours after the latest
   * event; the chains also send any of these commands in any step, monitoring by someone who may
   * not hold it, and commands dated before the latest event, which every plan refuses (D10.1).
   *
   * @param settings what to generate within; not null
   * @return the model, never null
   */
  public static AggregateModel<RelationshipPlan, RelationshipPlanEvent> model(Settings settings) {
    Arbitrary<Command<RelationshipPlan, RelationshipPlanEvent>> steps = steps(settings);
    return AggregateModel.builder(RelationshipPlan.class)
        .timeOrder(RuleId.D10_1)
        .starts(
            creations(settings),
            steps,
            Arbitraries.frequencyOf(
                Tuple.of(6, steps),
                Tuple.of(2, anyCommand(settings)),
                Tuple.of(1, strangers(settings)),
                Tuple.of(1, backdated(settings))))
        .replay(RelationshipPlan::replay, RelationshipPlan::replay)
        .invariants(RelationshipPlans::checkRules)
        .sizes(20, 30)
        .build();
  }

  /**
   * Returns relationship plans in every reachable state.
   *
   * @param settings what to generate within; not null
   * @return the plans, never null
   */
  public static Arbitrary<RelationshipPlan> plans(Settings settings) {
    return model(settings).aggregates();
  }

  /**
   * Returns scopes: one customer of the settings, or a region of two to four.
   *
   * @param settings what to generate within; not null
   * @return the scopes, never null
   */
  public static Arbitrary<PlanScope> scopes(Settings settings) {
    Arbitrary<PlanScope> customer =
        CommonValues.customers(settings).map(c -> PlanScope.customer("account " + c, c));
    Arbitrary<PlanScope> region =
        CommonValues.customers(settings)
            .set()
            .ofMinSize(2)
            .ofMaxSize(Math.min(4, settings.customers()))
            .map(cs -> PlanScope.region("region of " + cs.size(), List.copyOf(cs)));
    return settings.customers() < 2 ? customer : Arbitraries.oneOf(customer, region);
  }

  /**
   * Returns complete market targets for a customer of the settings.
   *
   * @param settings what to generate within; not null
   * @return the targets, never null
   */
  public static Arbitrary<MarketTargets> marketTargets(Settings settings) {
    return Combinators.combine(CommonValues.customers(settings), inputs())
        .as((c, in) -> targets(PlanScope.customer("account " + c, c), in, settings.currency()));
  }

  /**
   * Returns relationship analyses, complete or with a missing or blank part.
   *
   * @return the analyses, never null
   */
  public static Arbitrary<RelationshipAnalysis> analyses() {
    return Combinators.combine(
            CommonValues.texts(),
            Arbitraries.integers().between(-1, 12),
            Arbitraries.of(true, false))
        .as(RelationshipPlans::analysis);
  }

  private static RelationshipAnalysis analysis(String text, int gap, boolean macro) {
    RelationshipAnalysis.Builder analysis = RelationshipAnalysis.builder();
    int item = 0;
    for (RelationshipLayer layer : RelationshipLayer.values()) {
      if (item++ != gap) {
        analysis.ours(layer, text);
      }
    }
    for (RelationshipLayer layer : RelationshipLayer.values()) {
      analysis.competitors(layer, item++ == gap ? " " : text);
    }
    for (CompetitorAspect aspect : CompetitorAspect.values()) {
      if (item++ != gap) {
        analysis.competitor(aspect, text);
      }
    }
    if (macro) {
      analysis.macro(text);
    }
    return analysis.build();
  }

  /** The random inputs of a step, read by whatever the plan's state asks for. */
  private record Inputs(
      int sharePercent,
      int ratioTenths,
      boolean block,
      int hilltops,
      int hours,
      int pick,
      boolean incomplete,
      String text) {}

  private static Arbitrary<Inputs> inputs() {
    return Combinators.combine(
            Arbitraries.integers().between(1, 100),
            Arbitraries.integers().between(1, 40),
            Arbitraries.of(true, false),
            Arbitraries.integers().between(1, 3),
            Arbitraries.integers().between(0, 72),
            Arbitraries.integers().between(0, 1000),
            Arbitraries.frequency(Tuple.of(1, true), Tuple.of(5, false)),
            CommonValues.texts())
        .as(Inputs::new);
  }

  private static MarketTargets targets(PlanScope scope, Inputs in, CurrencyUnit currency) {
    List<CustomerId> customers = List.copyOf(scope.customers());
    MarketTargets.Builder targets =
        MarketTargets.builder()
            .profit(
                ProfitMeasure.REVENUE,
                Money.of(currency, BigDecimal.valueOf(100L * in.sharePercent())))
            .profit(
                ProfitMeasure.PROFIT,
                Money.of(currency, BigDecimal.valueOf(15L * in.sharePercent())))
            .profit(
                ProfitMeasure.COLLECTION,
                Money.of(currency, BigDecimal.valueOf(90L * in.sharePercent())))
            .share(
                ShareTarget.regional(
                    in.text(), OfferingKind.CATEGORY, BigDecimal.valueOf(in.sharePercent(), 2)))
            .share(
                ShareTarget.withCustomer(
                    customers.get(in.pick() % customers.size()),
                    "5G core",
                    OfferingKind.PRODUCT,
                    BigDecimal.valueOf(Math.max(1, in.sharePercent() / 2), 2)))
            .competition(
                new CompetitionTarget(RIVAL, BigDecimal.valueOf(in.ratioTenths(), 1), in.block()));
    for (int h = 0; h < in.hilltops(); h++) {
      targets.hilltop(
          new HilltopTarget(
              OpportunityId.of("OP-HILL-" + h),
              customers.get((in.pick() + h) % customers.size()),
              "hilltop " + h));
    }
    if (!in.incomplete()) {
      targets.profit(
          ProfitMeasure.ORDERS, Money.of(currency, BigDecimal.valueOf(120L * in.sharePercent())));
    }
    return targets.build();
  }

  private static Arbitrary<Transition<RelationshipPlan, RelationshipPlanEvent>> creations(
      Settings settings) {
    return Combinators.combine(
            CommonValues.ids("RP-", RelationshipPlanId::of),
            scopes(settings),
            Arbitraries.of(OWNERS),
            Arbitraries.integers().between(0, settings.days() / 3))
        .as(
            (id, scope, owner, day) ->
                RelationshipPlan.open(id, scope, owner, MANAGER, settings.day(day)));
  }

  /** The command the plan's step asks for next, valid by construction but for its inputs. */
  private static Arbitrary<Command<RelationshipPlan, RelationshipPlanEvent>> steps(
      Settings settings) {
    return inputs()
        .map(
            in ->
                Command.<RelationshipPlan, RelationshipPlanEvent>of(
                    "next step " + in, p -> next(p, in, settings)));
  }

  private static Transition<RelationshipPlan, RelationshipPlanEvent> next(
      RelationshipPlan plan, Inputs in, Settings settings) {
    Instant at = later(settings, plan.lastEventAt(), in.hours());
    CurrencyUnit currency = settings.currency();
    return switch (plan.step()) {
      case INHERIT_MARKET_TARGETS ->
          plan.completeness(PlanningStep.INHERIT_MARKET_TARGETS).isComplete() && !in.incomplete()
              ? plan.recordAnalysis(analysis(in.text(), in.pick() % 40, in.block()), at)
              : plan.inheritMarketTargets(targets(plan.scope(), in, currency), at);
      case ANALYSE_RELATIONSHIPS ->
          plan.completeness(PlanningStep.ANALYSE_RELATIONSHIPS).isComplete()
              ? plan.deriveTargets(at)
              : plan.recordAnalysis(analysis(in.text(), -1, in.block()), at);
      case SET_RELATIONSHIP_TARGETS, SET_STRATEGIES -> {
        if (plan.targetsWithoutStrategy().isEmpty()) {
          yield in.pick() % 3 == 0
              ? plan.adoptStrategy(strategy(plan, in), at)
              : start(settings, plan, in, at);
        }
        yield plan.adoptStrategy(strategy(plan, in), at);
      }
      case EXECUTE_AND_MONITOR -> {
        if (!plan.targetsWithoutStrategy().isEmpty() || in.pick() % 7 == 0) {
          yield plan.adoptStrategy(strategy(plan, in), at);
        }
        if (in.pick() % 5 == 0) {
          yield plan.reviseMarketTargets(targets(plan.scope(), in, currency), at);
        }
        yield plan.recordMonitoring(record(plan, in, settings.dateOf(at)), at);
      }
    };
  }

  private static RelationshipStrategy strategy(RelationshipPlan plan, Inputs in) {
    List<RelationshipTarget> open = plan.targetsWithoutStrategy();
    List<RelationshipTarget> targets = open.isEmpty() ? plan.targets() : open;
    RelationshipTarget target =
        targets.isEmpty()
            ? RelationshipTarget.keyPersons(KeyRelationshipLevel.SUPPORTIVE, 1, "no target yet")
            : targets.get(in.pick() % targets.size());
    List<CustomerId> customers = List.copyOf(plan.scope().customers());
    CustomerId customer = customers.get(in.pick() % customers.size());
    return target.layer() == RelationshipLayer.KEY
        ? RelationshipStrategy.forPerson(
            target, customer, PersonId.of("P-" + in.pick() % 9), in.text())
        : RelationshipStrategy.forDepartment(
            target,
            customer,
            CustomerDepartment.of(
                DepartmentKind.values()[in.pick() % DepartmentKind.values().length]),
            in.text());
  }

  /**
   * Starts execution with every customer of the scope staffed to the standard norm of a random
   * grade, which each customer attests (DOMAIN D6.2), and a random maturity.
   */
  private static Transition<RelationshipPlan, RelationshipPlanEvent> start(
      Settings settings, RelationshipPlan plan, Inputs in, Instant at) {
    List<CustomerStaffing> staffing = staffing(settings, plan, in, at);
    List<GradeAttestation> grades =
        staffing.stream()
            .map(s -> Customers.attestation(settings, s.customer(), s.grade(), at))
            .toList();
    return plan.startExecution(settings.dateOf(at), staffing, grades, at);
  }

  /** Every customer of the scope staffed to the standard norm of a random grade and maturity. */
  private static List<CustomerStaffing> staffing(
      Settings settings, RelationshipPlan plan, Inputs in, Instant at) {
    StaffingPolicy policy = StaffingPolicy.standard();
    List<CustomerStaffing> staffing = new ArrayList<>();
    int k = in.pick();
    for (CustomerId customer : plan.scope().customers()) {
      CustomerGrade grade = CustomerGrade.values()[k % CustomerGrade.values().length];
      Maturity maturity = Maturity.values()[(k / 4) % Maturity.values().length];
      int people = policy.people(grade, maturity) + (k % 2);
      List<EmployeeId> others = new ArrayList<>();
      for (int i = 1; i < people; i++) {
        others.add(EmployeeId.of("E-" + customer.value() + "-" + i));
      }
      staffing.add(
          CustomerStaffing.of(
              Customers.attestation(settings, customer, grade, at),
              maturity,
              plan.owner(),
              policy.ownerAbility(grade),
              others.toArray(EmployeeId[]::new)));
      k = k * 7 + 3;
    }
    return staffing;
  }

  private static HeldMonitoring record(RelationshipPlan plan, Inputs in, LocalDate held) {
    MonitoringActivity activity =
        MonitoringActivity.values()[in.pick() % MonitoringActivity.values().length];
    LocalDate start = plan.startsOn().orElse(held);
    return new HeldMonitoring(
        activity,
        held.isBefore(start) ? start : held,
        activity.heldByManager() ? plan.manager() : plan.owner(),
        in.text());
  }

  /** Any command in any step: most are refused outside their step (D10.1). */
  private static Arbitrary<Command<RelationshipPlan, RelationshipPlanEvent>> anyCommand(
      Settings settings) {
    return Combinators.combine(inputs(), Arbitraries.integers().between(0, 5))
        .as(
            (in, which) ->
                Command.<RelationshipPlan, RelationshipPlanEvent>of(
                    "command " + which + " " + in,
                    p -> {
                      Instant at = later(settings, p.lastEventAt(), in.hours());
                      return switch (which) {
                        case 0 ->
                            p.inheritMarketTargets(targets(p.scope(), in, settings.currency()), at);
                        case 1 -> p.recordAnalysis(analysis(in.text(), -1, in.block()), at);
                        case 2 -> p.deriveTargets(at);
                        case 3 -> p.adoptStrategy(strategy(p, in), at);
                        case 4 -> start(settings, p, in, at);
                        default ->
                            p.reviseMarketTargets(targets(p.scope(), in, settings.currency()), at);
                      };
                    }));
  }

  /** Monitoring by someone who is neither owner nor manager: always refused (D10.4). */
  private static Arbitrary<Command<RelationshipPlan, RelationshipPlanEvent>> strangers(
      Settings settings) {
    return inputs()
        .map(
            in ->
                Command.<RelationshipPlan, RelationshipPlanEvent>refused(
                    "monitoring by a stranger " + in,
                    p -> {
                      Instant at = later(settings, p.lastEventAt(), in.hours());
                      HeldMonitoring own = record(p, in, settings.dateOf(at));
                      return p.recordMonitoring(
                          new HeldMonitoring(own.activity(), own.held(), STRANGER, in.text()), at);
                    }));
  }

  /** The command of the plan's step, dated before the latest event: refused (D10.1). */
  private static Arbitrary<Command<RelationshipPlan, RelationshipPlanEvent>> backdated(
      Settings settings) {
    return inputs()
        .flatMap(
            in ->
                Generators.<RelationshipPlan, RelationshipPlanEvent>backdated(
                    "next step " + in,
                    RelationshipPlan::lastEventAt,
                    (p, at) -> redated(p, in, settings, at)));
  }

  private static Transition<RelationshipPlan, RelationshipPlanEvent> redated(
      RelationshipPlan plan, Inputs in, Settings settings, Instant at) {
    return switch (plan.step()) {
      case INHERIT_MARKET_TARGETS ->
          plan.inheritMarketTargets(targets(plan.scope(), in, settings.currency()), at);
      case ANALYSE_RELATIONSHIPS -> plan.recordAnalysis(analysis(in.text(), -1, false), at);
      case SET_RELATIONSHIP_TARGETS, SET_STRATEGIES -> plan.adoptStrategy(strategy(plan, in), at);
      case EXECUTE_AND_MONITOR ->
          plan.recordMonitoring(record(plan, in, plan.startsOn().orElseThrow()), at);
    };
  }

  private static Arbitrary<MonitoringSchedule> schedules(Settings settings) {
    return Combinators.combine(
            plans(settings).filter(p -> p.startsOn().isPresent()),
            Arbitraries.integers().between(0, 400))
        .as((p, days) -> p.monitoringDue(p.startsOn().orElseThrow().plusDays(days)).orElseThrow());
  }

  /**
   * Returns today's relationships with the customers of the settings: a decision chain, levels for
   * some of its people, an organisational level and a general grade for some customers.
   *
   * @param settings what to generate within; not null
   * @return the relationships, never null
   */
  public static Arbitrary<CurrentRelationships> current(Settings settings) {
    return Combinators.combine(
            Relationships.chains(settings).list().ofMaxSize(3),
            Arbitraries.of(KeyRelationshipLevel.class).optional(0.7).list().ofSize(8),
            Arbitraries.of(OrganisationalRelationshipLevel.class).optional(0.7),
            Arbitraries.of(GeneralRelationshipGrade.class).optional(0.7),
            CommonValues.customers(settings))
        .as(
            (chains, levels, organisational, general, customer) -> {
              CurrentRelationships.Builder today = CurrentRelationships.builder();
              Set<CustomerId> seen = new LinkedHashSet<>();
              int i = 0;
              for (DecisionChain chain : chains) {
                if (seen.add(chain.customer())) {
                  today.chain(chain);
                  for (var person : chain.people()) {
                    Optional<KeyRelationshipLevel> level = levels.get(i++ % levels.size());
                    level.ifPresent(l -> today.keyLevel(person.id(), l));
                  }
                }
              }
              organisational.ifPresent(l -> today.organisational(customer, l));
              general.ifPresent(g -> today.general(customer, g));
              return today.build();
            });
  }

  private static Arbitrary<RelationshipGap> gaps(Settings settings) {
    return Combinators.combine(
            plans(settings).filter(p -> !p.targets().isEmpty()), current(settings))
        .as(RelationshipPlan::gap);
  }

  /**
   * Checks the rules of DOMAIN D10.1 and D10.4 on a relationship plan and its history.
   *
   * @param log the plan with its events; not null
   * @throws org.opentest4j.AssertionFailedError if a rule is broken
   */
  public static void checkRules(CommandLog<RelationshipPlan, RelationshipPlanEvent> log) {
    RelationshipPlan plan = log.state();
    List<RelationshipPlanEvent> events = log.events();
    Check.equal((long) events.size(), plan.version(), "the version counts the events");
    Check.equal(
        events.get(events.size() - 1).occurredAt(),
        plan.lastEventAt(),
        "D10.1: the last event's instant is kept");
    PlanningStep step = PlanningStep.INHERIT_MARKET_TARGETS;
    Optional<MarketTargets> market = Optional.empty();
    List<RelationshipTarget> targets = List.of();
    List<HeldMonitoring> monitoring = new ArrayList<>();
    int revisions = 0;
    for (RelationshipPlanEvent event : events) {
      if (event instanceof MarketTargetsInherited inherited) {
        Check.that(step == PlanningStep.INHERIT_MARKET_TARGETS, "D10.1: inherited in step 1");
        market = Optional.of(inherited.targets());
      } else if (event instanceof RelationshipsAnalysed) {
        Check.that(
            market.map(m -> m.completeness().isComplete()).orElse(false),
            "D10.1: analysed only after complete market targets");
        step = max(step, PlanningStep.ANALYSE_RELATIONSHIPS);
      } else if (event instanceof RelationshipTargetsSet set) {
        step = max(step, PlanningStep.SET_RELATIONSHIP_TARGETS);
        targets = set.targets();
      } else if (event instanceof StrategyAdopted) {
        Check.that(
            step.isAtLeast(PlanningStep.SET_RELATIONSHIP_TARGETS),
            "D10.1: strategies only once targets are set");
        step = max(step, PlanningStep.SET_STRATEGIES);
      } else if (event instanceof PlanExecutionStarted) {
        Check.that(step == PlanningStep.SET_STRATEGIES, "D10.1: execution follows step 4");
        step = PlanningStep.EXECUTE_AND_MONITOR;
      } else if (event instanceof MonitoringRecorded recorded) {
        Check.that(step == PlanningStep.EXECUTE_AND_MONITOR, "D10.4: monitoring only in execution");
        monitoring.add(recorded.record());
      } else if (event instanceof MarketTargetsRevised revised) {
        Check.equal(market, Optional.of(revised.previousMarketTargets()), "D10.1: revised from");
        Check.equal(targets, revised.previousTargets(), "D10.1: the targets before");
        market = Optional.of(revised.marketTargets());
        targets = revised.targets();
        revisions++;
      }
    }
    Check.equal(step, plan.step(), "D10.1: the step is the last one entered");
    Check.equal(market, plan.marketTargets(), "D10.1: the market targets are the latest");
    Check.equal(targets, plan.targets(), "D10.1: the targets are the latest derived");
    Check.equal(monitoring, plan.monitoring(), "D10.4: every monitoring record is kept");
    Check.equal(revisions, plan.revisions(), "D10.1: every revision is counted");
    if (!targets.isEmpty()) {
      Check.equal(
          RelationshipTargetPolicy.standard().derive(plan.scope(), market.orElseThrow()),
          targets,
          "D10.1: the targets are the standard policy's for the latest market targets");
    }
    for (RelationshipStrategy strategy : plan.strategies()) {
      Check.that(
          targets.stream().anyMatch(t -> t.subject().equals(strategy.target())),
          "D10.1: every strategy serves a target of the plan");
    }
    if (step == PlanningStep.EXECUTE_AND_MONITOR) {
      StaffingPolicy policy = StaffingPolicy.standard();
      Check.equal(
          plan.scope().customers().size(), plan.staffing().size(), "D10.1: every customer staffed");
      for (CustomerStaffing staffing : plan.staffing()) {
        Check.that(
            staffing.people().size() >= policy.people(staffing.grade(), staffing.maturity()),
            "D10.1: people by grade and maturity");
        Check.that(
            staffing.ownerAbility().isAtLeast(policy.ownerAbility(staffing.grade())),
            "D10.1: the owner's ability matches the customer's importance");
      }
      for (HeldMonitoring record : plan.monitoring()) {
        Check.equal(
            record.activity().heldByManager() ? plan.manager() : plan.owner(),
            record.by(),
            "D10.4: held by the manager or the owner as the activity asks");
      }
    }
  }

  private static PlanningStep max(PlanningStep a, PlanningStep b) {
    return a.isAtLeast(b) ? a : b;
  }
}
