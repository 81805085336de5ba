package org.leadtocash.testkit.process;

import static org.leadtocash.testkit.Generators.partsOf;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.leadtocash.domain.common.EmployeeId;
import org.leadtocash.domain.common.OrganisationLevel;
import org.leadtocash.domain.common.RuleId;
import org.leadtocash.domain.process.Adaptation;
import org.leadtocash.domain.process.AdaptationRights;
import org.leadtocash.domain.process.AddProcess;
import org.leadtocash.domain.process.ArchitectureEstablished;
import org.leadtocash.domain.process.CompanyApproval;
import org.leadtocash.domain.process.ControlPoint;
import org.leadtocash.domain.process.Department;
import org.leadtocash.domain.process.HeadquartersRequirements;
import org.leadtocash.domain.process.KeyControlPoint;
import org.leadtocash.domain.process.KeyDecisionPoint;
import org.leadtocash.domain.process.LtcCatalogue;
import org.leadtocash.domain.process.OperatingRhythm;
import org.leadtocash.domain.process.Position;
import org.leadtocash.domain.process.ProcessAdapted;
import org.leadtocash.domain.process.ProcessArchitecture;
import org.leadtocash.domain.process.ProcessArchitectureEvent;
import org.leadtocash.domain.process.ProcessCard;
import org.leadtocash.domain.process.ProcessCatalogue;
import org.leadtocash.domain.process.ProcessChange;
import org.leadtocash.domain.process.ProcessId;
import org.leadtocash.domain.process.ProcessLevel;
import org.leadtocash.domain.process.RetireProcess;
import org.leadtocash.domain.process.ReviseCard;
import org.leadtocash.testkit.AggregateModel;
import org.leadtocash.testkit.ArbitraryCatalogue;
import org.leadtocash.testkit.Check;
import org.leadtocash.testkit.Command;
import org.leadtocash.testkit.CommandLog;
import org.leadtocash.testkit.Settings;

/**
 * The process architecture (DOMAIN D1): the LTC catalogue established by headquarters and adapted
 * by headquarters, areas, regions and representative offices — each adaptation accepted only where
 * D1.2 gives that level the right — with the cards, control points and approvals involved.
 */
public final class ProcessArchitectures {

  static final EmployeeId APPROVER = EmployeeId.of("E-HQ-PROCESS-BOARD");

  private ProcessArchitectures() {}

  /**
   * Adds the arbitraries of the process architecture's values and events to a catalogue.
   *
   * @param catalogue the catalogue being built; not null
   */
  public static void addTo(ArbitraryCatalogue.Builder catalogue) {
    catalogue
        .add(ProcessCatalogue.class, s -> architectures(s).map(ProcessArchitecture::catalogue))
        .add(ProcessCard.class, s -> partsOf(architectures(s), a -> a.catalogue().cards()))
        .add(ProcessId.class, s -> Arbitraries.of(ids()))
        .add(
            HeadquartersRequirements.class,
            s -> partsOf(architectures(s), a -> a.headquartersRequirements().values()))
        .add(Adaptation.class, s -> partsOf(architectures(s), ProcessArchitecture::adaptations))
        .add(
            AdaptationRights.class,
            s -> Arbitraries.of(OrganisationLevel.class).map(AdaptationRights::of))
        .add(AddProcess.class, s -> partsOf(architectures(s), a -> changes(a, AddProcess.class)))
        .add(ReviseCard.class, s -> partsOf(architectures(s), a -> changes(a, ReviseCard.class)))
        .add(RetireProcess.class, s -> Arbitraries.just((RetireProcess) ProcessChange.retire()))
        .add(CompanyApproval.class, s -> approvals(s))
        .add(
            Department.class,
            s ->
                partsOf(
                    architectures(s),
                    a ->
                        a.catalogue().cards().stream().map(ProcessCard::owningDepartment).toList()))
        .add(
            Position.class,
            s ->
                partsOf(
                    architectures(s),
                    a -> a.catalogue().cards().stream().map(ProcessCard::ownerRole).toList()))
        .add(
            KeyControlPoint.class,
            s -> partsOf(architectures(s), a -> controlPoints(a, KeyControlPoint.class)))
        .add(
            KeyDecisionPoint.class,
            s -> partsOf(architectures(s), a -> controlPoints(a, KeyDecisionPoint.class)))
        .add(OperatingRhythm.class, s -> Arbitraries.just(OperatingRhythm.standard()))
        .addAggregate(
            ProcessArchitecture.class,
            ProcessArchitectureEvent.class,
            ProcessArchitectures::model,
            List.of(ArchitectureEstablished.class, ProcessAdapted.class));
  }

  /**
   * Returns the process architecture's model: the LTC catalogue established at the window's start,
   * then adaptations of random cards by random levels, mostly by a level that may adapt the card,
   * with or without a company approval, valid or not; in its chains also {@link #plans plans} dated
   * before the latest event, which every architecture refuses (D1.2).
   *
   * @param settings what to generate within; not null
   * @return the model, never null
   */
  public static AggregateModel<ProcessArchitecture, ProcessArchitectureEvent> model(
      Settings settings) {
    Arbitrary<Command<ProcessArchitecture, ProcessArchitectureEvent>> steps = byOwner(settings);
    return AggregateModel.builder(ProcessArchitecture.class)
        .timeOrder(RuleId.D1_2)
        .starts(
            // established at the window's start, so every adaptation comes after it
            Arbitraries.just(
                ProcessArchitecture.establish(LtcCatalogue.standard(), settings.start())),
            steps,
            Arbitraries.frequencyOf(Tuple.of(1, steps), Tuple.of(1, commands(plans(settings)))))
        .replay(ProcessArchitecture::replay, ProcessArchitecture::replay)
        .invariants(ProcessArchitectures::checkRules)
        .sizes(12, 20)
        .build();
  }

  /**
   * Returns process architectures in every reachable state.
   *
   * @param settings what to generate within; not null
   * @return the architectures, never null
   */
  public static Arbitrary<ProcessArchitecture> architectures(Settings settings) {
    return model(settings).aggregates();
  }

  private static List<ProcessId> ids() {
    return LtcCatalogue.standard().cards().stream().map(ProcessCard::id).toList();
  }

  private static <C extends ProcessChange> List<C> changes(ProcessArchitecture a, Class<C> type) {
    return a.adaptations().stream()
        .map(Adaptation::change)
        .filter(type::isInstance)
        .map(type::cast)
        .toList();
  }

  private static <P extends ControlPoint> List<P> controlPoints(
      ProcessArchitecture a, Class<P> type) {
    return a.catalogue().cards().stream()
        .flatMap(c -> c.controlPoints().stream())
        .filter(type::isInstance)
        .map(type::cast)
        .toList();
  }

  private static Arbitrary<CompanyApproval> approvals(Settings settings) {
    return Combinators.combine(
            Arbitraries.integers().between(1, 999),
            Arbitraries.of(ids()),
            Arbitraries.integers().between(0, settings.days() - 1))
        .as(
            (n, process, day) ->
                new CompanyApproval("CA-" + n, process, APPROVER, settings.day(day)));
  }

  // ---------------------------------------------------------------- commands

  /**
   * Returns adaptation plans by any organisation level (DOMAIN D1.2): revisions, additions and
   * retirements of random cards, without a company approval, with a valid one, with one for another
   * process or given too late, and a tenth of them dated before the latest event.
   *
   * @param settings the window the dates stay in; not null
   * @return the plans, never null
   */
  public static Arbitrary<AdaptationPlan> plans(Settings settings) {
    return plans(
        settings,
        Arbitraries.integers().between(0, OrganisationLevel.values().length - 1),
        Arbitraries.frequency(
            Tuple.of(3, 0), Tuple.of(3, 1), Tuple.of(3, 2), Tuple.of(1, 3), Tuple.of(1, 4)),
        Arbitraries.frequencyOf(
            Tuple.of(9, Arbitraries.integers().between(0, 72)),
            Tuple.of(1, Arbitraries.integers().between(-240, -1))));
  }

  private static Arbitrary<AdaptationPlan> plans(
      Settings settings,
      Arbitrary<Integer> by,
      Arbitrary<Integer> approval,
      Arbitrary<Integer> hours) {
    return Combinators.combine(
            Arbitraries.integers().between(0, 10_000),
            Arbitraries.integers().between(0, 6),
            Arbitraries.integers().between(0, 5),
            by,
            approval,
            hours)
        .as(
            (target, kind, variant, level, approved, h) ->
                new AdaptationPlan(settings, target, kind, variant, level, approved, h));
  }

  /** Plans sent as commands; a backdated one must be refused (D1.2: adaptations in time order). */
  private static Arbitrary<Command<ProcessArchitecture, ProcessArchitectureEvent>> commands(
      Arbitrary<AdaptationPlan> plans) {
    return plans.map(
        plan ->
            plan.isBackdated()
                ? Command.refused(plan.toString(), a -> AdaptationPlan.send(a, plan.on(a)))
                : Command.of(plan.toString(), a -> AdaptationPlan.send(a, plan.on(a))));
  }

  /** Adaptations by the level that owns the card, with no approval or a valid one. */
  private static Arbitrary<Command<ProcessArchitecture, ProcessArchitectureEvent>> byOwner(
      Settings settings) {
    return commands(
        plans(
            settings,
            Arbitraries.just(-1),
            Arbitraries.of(0, 1, 2),
            Arbitraries.integers().between(0, 72)));
  }

  /**
   * Whether DOMAIN D1.2, restated here independently of the library, lets an attempt through on the
   * architecture of a log: dated no earlier than its latest event; every level the change touches
   * (a revised card, an added one, a retired process and all below it) owned by the adapting level
   * — all of them by headquarters, L4 by an area or a region, L5 and L6 by a representative office;
   * the L1 process never retired (D1.1); a region or an area with a company approval; an approval,
   * when given, for this process and given no later than the attempt; below headquarters, a
   * revision that keeps every control point, output and metric headquarters set for the card, and
   * no retirement of a card headquarters set.
   *
   * @param log the architecture with its events; not null
   * @param attempt the attempt; not null
   * @return whether D1.2 allows it
   */
  public static boolean allows(
      CommandLog<ProcessArchitecture, ProcessArchitectureEvent> log, Adaptation attempt) {
    ProcessArchitecture architecture = log.state();
    if (attempt.at().isBefore(architecture.lastEventAt())) {
      return false;
    }
    ProcessCatalogue tree = architecture.catalogue();
    ProcessCard target = tree.card(attempt.process()).orElseThrow();
    List<ProcessCard> touched;
    if (attempt.change() instanceof RetireProcess) {
      if (target.level() == ProcessLevel.L1) {
        return false;
      }
      touched = Stream.concat(Stream.of(target), tree.descendants(target.id()).stream()).toList();
    } else if (attempt.change() instanceof AddProcess add) {
      touched = List.of(add.card());
    } else {
      touched = List.of(target);
    }
    if (!touched.stream().allMatch(c -> owned(attempt.by()).contains(c.level()))) {
      return false;
    }
    if (needsApproval(attempt.by()) && attempt.approval().isEmpty()) {
      return false;
    }
    if (attempt.approval().isPresent()
        && !(attempt.approval().get().process().equals(attempt.process())
            && !attempt.approval().get().approvedAt().isAfter(attempt.at()))) {
      return false;
    }
    if (attempt.by() != OrganisationLevel.HEADQUARTERS) {
      Map<ProcessId, ProcessCard> standard = standard(log.events());
      if (attempt.change() instanceof ReviseCard revise
          && standard.containsKey(target.id())
          && !keeps(standard.get(target.id()), revise.card())) {
        return false;
      }
      if (attempt.change() instanceof RetireProcess
          && touched.stream().anyMatch(c -> standard.containsKey(c.id()))) {
        return false;
      }
    }
    return true;
  }

  // ---------------------------------------------------------------- the rules

  /** Every card headquarters set, as it last set it, from the event history. */
  private static Map<ProcessId, ProcessCard> standard(List<ProcessArchitectureEvent> history) {
    Map<ProcessId, ProcessCard> standard = new HashMap<>();
    for (ProcessArchitectureEvent event : history) {
      if (event instanceof ArchitectureEstablished established) {
        established.standard().cards().forEach(c -> standard.put(c.id(), c));
      } else if (event instanceof ProcessAdapted adapted
          && adapted.adaptation().by() == OrganisationLevel.HEADQUARTERS) {
        ProcessChange change = adapted.adaptation().change();
        if (change instanceof ReviseCard revise) {
          standard.put(revise.card().id(), revise.card());
        } else if (change instanceof AddProcess add) {
          standard.put(add.card().id(), add.card());
        }
      }
    }
    return standard;
  }

  private static boolean keeps(ProcessCard standard, ProcessCard card) {
    return card.controlPoints().containsAll(standard.controlPoints())
        && card.outputs().containsAll(standard.outputs())
        && card.metrics().containsAll(standard.metrics());
  }

  private static boolean needsApproval(OrganisationLevel by) {
    return by == OrganisationLevel.REGION || by == OrganisationLevel.AREA;
  }

  private static Set<ProcessLevel> owned(OrganisationLevel by) {
    return switch (by) {
      case HEADQUARTERS -> EnumSet.allOf(ProcessLevel.class);
      case AREA, REGION -> EnumSet.of(ProcessLevel.L4);
      case REPRESENTATIVE_OFFICE -> EnumSet.of(ProcessLevel.L5, ProcessLevel.L6);
    };
  }

  /**
   * Checks the rules of DOMAIN D1.1-D1.3 on an architecture and its history.
   *
   * @param log the architecture with its events; not null
   * @throws org.opentest4j.AssertionFailedError if a rule is broken
   */
  public static void checkRules(CommandLog<ProcessArchitecture, ProcessArchitectureEvent> log) {
    ProcessArchitecture architecture = log.state();
    Check.equal(
        (long) log.events().size(), architecture.version(), "the version counts the events");
    Check.equal(
        log.events().size() - 1,
        architecture.adaptations().size(),
        "D1.2: every adaptation is recorded");
    Check.equal(LtcCatalogue.LEAD_TO_CASH, architecture.catalogue().root().id(), "D1.1: the root");
    Map<ProcessId, ProcessCard> standard = standard(log.events());
    for (ProcessCard card : architecture.catalogue().cards()) {
      Check.equal(
          standard.containsKey(card.id()),
          architecture.isGlobalStandard(card.id()),
          "D1.2: the global standard is what headquarters set");
      if (standard.containsKey(card.id())) {
        Check.that(
            keeps(standard.get(card.id()), card),
            "D1.2: " + card.id() + " keeps headquarters' requirements");
      }
      Check.that(
          ProcessCard.fitsCard(card.level(), card.description()), "D1.3: a short, clear card");
    }
    for (Adaptation adaptation : architecture.adaptations()) {
      if (needsApproval(adaptation.by())) {
        Check.that(adaptation.approval().isPresent(), "D1.2: a region adapts with approval");
      }
      ProcessChange change = adaptation.change();
      Optional<ProcessLevel> level =
          change instanceof AddProcess add
              ? Optional.of(add.card().level())
              : change instanceof ReviseCard revise
                  ? Optional.of(revise.card().level())
                  : Optional.empty();
      level.ifPresent(
          l -> Check.that(owned(adaptation.by()).contains(l), "D1.2: adapted by its owner"));
    }
  }
}
