package org.leadtocash.testkit.process;

import static org.leadtocash.testkit.Generators.later;
import static org.leadtocash.testkit.Generators.partsOf;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.leadtocash.domain.common.EmployeeId;
import org.leadtocash.domain.common.OrganisationLevel;
import org.leadtocash.domain.common.Transition;
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

  private static final EmployeeId APPROVER = EmployeeId.of("E-HQ-PROCESS-BOARD");

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
   * with or without a company approval, valid or not.
   *
   * @param settings what to generate within; not null
   * @return the model, never null
   */
  public static AggregateModel<ProcessArchitecture, ProcessArchitectureEvent> model(
      Settings settings) {
    Arbitrary<Command<ProcessArchitecture, ProcessArchitectureEvent>> steps =
        adaptations(settings, true);
    return AggregateModel.builder(ProcessArchitecture.class)
        .starts(
            // established at the window's start, so every adaptation comes after it
            Arbitraries.just(
                ProcessArchitecture.establish(LtcCatalogue.standard(), settings.start())),
            steps,
            Arbitraries.frequencyOf(Tuple.of(1, steps), Tuple.of(1, adaptations(settings, false))))
        .replay(ProcessArchitecture::replay)
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
   * A random adaptation attempt, resolved against the current architecture so that every change
   * fits the tree.
   *
   * @param target which card, modulo the number of cards
   * @param kind 0-3 revise, 4-5 add (revise under an L6 task), 6 retire
   * @param variant which revision: redescribe, drop a control point, output or metric, add one
   * @param by who adapts, or -1 for the level that owns the card
   * @param approval 0 none, 1-2 a valid one, 3 for another process, 4 given after the adaptation
   * @param hours how long after the latest adaptation
   */
  private record Plan(int target, int kind, int variant, int by, int approval, int hours) {

    Transition<ProcessArchitecture, ProcessArchitectureEvent> sendTo(
        Settings settings, ProcessArchitecture architecture) {
      List<ProcessCard> cards = architecture.catalogue().cards();
      ProcessCard card = cards.get(target % cards.size());
      long version = architecture.version();
      Instant latest =
          architecture.adaptations().isEmpty()
              ? settings.start()
              : architecture.adaptations().get(architecture.adaptations().size() - 1).at();
      Instant at = later(settings, latest, hours);
      ProcessChange change;
      if (kind == 6) {
        change = ProcessChange.retire();
      } else if (kind >= 4 && card.level() != ProcessLevel.L6) {
        change = ProcessChange.add(newChild(card, version));
      } else {
        change = ProcessChange.revise(revision(card, version));
      }
      OrganisationLevel level =
          by >= 0
              ? List.of(OrganisationLevel.values()).get(by)
              : owner(change instanceof AddProcess add ? add.card().level() : card.level());
      Optional<CompanyApproval> given =
          switch (approval) {
            case 0 -> Optional.empty();
            case 3 ->
                Optional.of(
                    new CompanyApproval("CA-" + version, ProcessId.of("ELSEWHERE"), APPROVER, at));
            case 4 ->
                Optional.of(
                    new CompanyApproval(
                        "CA-" + version, card.id(), APPROVER, at.plus(Duration.ofDays(1))));
            default ->
                Optional.of(
                    new CompanyApproval(
                        "CA-" + version, card.id(), APPROVER, at.minus(Duration.ofDays(1))));
          };
      return given
          .map(approval -> architecture.adapt(card.id(), change, level, approval, at))
          .orElseGet(() -> architecture.adapt(card.id(), change, level, at));
    }

    /** The level that owns a process level under D1.2. */
    private static OrganisationLevel owner(ProcessLevel level) {
      return switch (level) {
        case L1, L2, L3 -> OrganisationLevel.HEADQUARTERS;
        case L4 -> OrganisationLevel.REGION;
        case L5, L6 -> OrganisationLevel.REPRESENTATIVE_OFFICE;
      };
    }

    private ProcessCard revision(ProcessCard card, long version) {
      ProcessCard.Builder revised = ProcessCard.builder().from(card);
      switch (variant) {
        case 0 -> revised.description("Revised in version " + version + ".");
        case 1 -> revised.controlPoints(card.controlPoints().stream().skip(1).toList());
        case 2 -> revised.outputs(card.outputs().stream().skip(1).toList());
        case 3 -> revised.metrics(card.metrics().stream().skip(1).toList());
        case 4 ->
            revised.addControlPoints(
                KeyControlPoint.of("local check " + version, "the local check passes"));
        default -> revised.addOutputs("local report " + version);
      }
      return revised.build();
    }

    private ProcessCard newChild(ProcessCard parent, long version) {
      ProcessCard.Builder child = ProcessCard.builder();
      child
          .id(ProcessId.of(parent.id().value() + ".X" + version))
          .name("Local process " + version)
          .level(parent.level().below().orElseThrow())
          .parent(parent.id())
          .description("A local process.")
          .purpose("Fit a local scenario.")
          .owningDepartment(Department.SALES_MANAGEMENT)
          .ownerRole(Position.of("local owner"))
          .addOutputs("local output " + version);
      if (variant % 2 == 0) {
        child.addControlPoints(KeyControlPoint.of("local check", "the local check passes"));
      }
      return child.build();
    }
  }

  /** Adaptations by the level that owns the card with a valid approval, or by anyone. */
  private static Arbitrary<Command<ProcessArchitecture, ProcessArchitectureEvent>> adaptations(
      Settings settings, boolean byOwner) {
    Arbitrary<Integer> by =
        byOwner
            ? Arbitraries.just(-1)
            : Arbitraries.integers().between(0, OrganisationLevel.values().length - 1);
    Arbitrary<Integer> approval =
        byOwner
            ? Arbitraries.of(0, 1, 2)
            : Arbitraries.frequency(
                Tuple.of(3, 0), Tuple.of(3, 1), Tuple.of(3, 2), Tuple.of(1, 3), Tuple.of(1, 4));
    return Combinators.combine(
            Arbitraries.integers().between(0, 10_000),
            Arbitraries.integers().between(0, 6),
            Arbitraries.integers().between(0, 5),
            by,
            approval,
            Arbitraries.integers().between(0, 72))
        .as(Plan::new)
        .map(plan -> Command.of("adapt " + plan, a -> plan.sendTo(settings, a)));
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
      if (adaptation.by() == OrganisationLevel.REGION
          || adaptation.by() == OrganisationLevel.AREA) {
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
