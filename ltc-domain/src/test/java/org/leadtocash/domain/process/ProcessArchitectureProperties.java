package org.leadtocash.domain.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leadtocash.domain.process.ProcessFixtures.APPROVER;
import static org.leadtocash.domain.process.ProcessFixtures.day;

import java.time.Duration;
import java.time.Instant;
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
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.ActionChainArbitrary;
import net.jqwik.api.state.Transformer;
import net.jqwik.api.statistics.Statistics;
import org.leadtocash.domain.common.OrganisationLevel;
import org.leadtocash.domain.common.Transition;
import org.leadtocash.domain.testing.CommandLog;

/**
 * Random adaptation attempts by random organisation levels on the LTC architecture (DOMAIN D1.2):
 * each is accepted if and only if the rights of D1.2, restated here independently, allow it;
 * refused ones throw a domain exception and change nothing; the events replay to an equal
 * architecture.
 */
class ProcessArchitectureProperties {

  private static final ProcessCatalogue STANDARD = LtcCatalogue.standard();

  @Property(tries = 300)
  void anAttemptOnTheStandardIsAcceptedIffD12AllowsIt(@ForAll("plans") Plan plan) {
    CommandLog<ProcessArchitecture, ProcessArchitectureEvent> log = start();
    CommandLog<ProcessArchitecture, ProcessArchitectureEvent> after = attempt(log, plan);
    assertEquals(after.accepted() > log.accepted() ? 2 : 1, after.state().version());
  }

  @Property(tries = 200)
  void adaptationSequencesKeepTheRightsOfD12(
      @ForAll("architectures")
          ActionChain<CommandLog<ProcessArchitecture, ProcessArchitectureEvent>> chain) {
    CommandLog<ProcessArchitecture, ProcessArchitectureEvent> log =
        chain
            .withInvariant("DOMAIN D1.1-D1.3 hold", ProcessArchitectureProperties::holdsEveryRule)
            .run();
    Statistics.label("adaptations accepted").collect(log.accepted() - 1 > 0);
  }

  @Property(tries = 100)
  void replayingTheEventsGivesAnEqualArchitecture(
      @ForAll("architectures")
          ActionChain<CommandLog<ProcessArchitecture, ProcessArchitectureEvent>> chain) {
    CommandLog<ProcessArchitecture, ProcessArchitectureEvent> log = chain.run();
    assertEquals(log.state(), ProcessArchitecture.replay(log.events()));
  }

  // ---------------------------------------------------------------- the attempt

  /** Sends the plan's attempt and checks that it was accepted exactly when D1.2 allows it. */
  private static CommandLog<ProcessArchitecture, ProcessArchitectureEvent> attempt(
      CommandLog<ProcessArchitecture, ProcessArchitectureEvent> log, Plan plan) {
    Attempt attempt = plan.resolve(log.state());
    boolean allowed =
        !attempt.at().isBefore(log.state().lastEventAt())
            && D12.allows(log.state(), log.events(), attempt);
    CommandLog<ProcessArchitecture, ProcessArchitectureEvent> next = log.attempt(attempt::sendTo);
    boolean accepted = next.accepted() > log.accepted();
    assertEquals(
        allowed,
        accepted,
        () -> "D1.2 " + (allowed ? "allows " : "forbids ") + attempt + " on " + log);
    if (accepted) {
      assertEquals(attempt.at(), next.state().lastEventAt(), "D1.2: adaptations in time order");
    }
    Statistics.label("attempts")
        .collect(attempt.by(), attempt.change().verb(), accepted ? "accepted" : "refused");
    return next;
  }

  private static CommandLog<ProcessArchitecture, ProcessArchitectureEvent> start() {
    return CommandLog.start(ProcessArchitecture.establish(STANDARD, day(0)));
  }

  /**
   * A random adaptation attempt, resolved against the current architecture so that every change
   * fits the tree.
   *
   * @param target which card, modulo the number of cards
   * @param kind 0-3 revise, 4-5 add (revise under an L6 task), 6 retire
   * @param variant which revision: redescribe, drop a control point, output or metric, add one
   * @param by who adapts
   * @param approval 0 none, 1-2 a valid one, 3 for another process, 4 given after the adaptation
   * @param backDated whether the attempt is dated an hour before the architecture's last event
   */
  record Plan(
      int target, int kind, int variant, OrganisationLevel by, int approval, boolean backDated) {

    Attempt resolve(ProcessArchitecture architecture) {
      List<ProcessCard> cards = architecture.catalogue().cards();
      ProcessCard card = cards.get(target % cards.size());
      long version = architecture.version();
      Instant at =
          backDated
              ? architecture.lastEventAt().minus(Duration.ofHours(1))
              : day(10 + (int) version);
      ProcessChange change;
      if (kind == 6) {
        change = ProcessChange.retire();
      } else if (kind >= 4 && card.level() != ProcessLevel.L6) {
        change = ProcessChange.add(newChild(card, version));
      } else {
        change = ProcessChange.revise(revision(card, version));
      }
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
      return new Attempt(card.id(), change, by, given, at);
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

  /** One concrete attempt. */
  record Attempt(
      ProcessId process,
      ProcessChange change,
      OrganisationLevel by,
      Optional<CompanyApproval> approval,
      Instant at) {

    Transition<ProcessArchitecture, ProcessArchitectureEvent> sendTo(
        ProcessArchitecture architecture) {
      return approval.isPresent()
          ? architecture.adapt(process, change, by, approval.orElseThrow(), at)
          : architecture.adapt(process, change, by, at);
    }
  }

  // ---------------------------------------------------------------- D1.2, restated

  /** The rights of DOMAIN D1.2, restated independently of the library as the test's oracle. */
  static final class D12 {

    private D12() {}

    static Set<ProcessLevel> owned(OrganisationLevel by) {
      return switch (by) {
        case HEADQUARTERS -> EnumSet.allOf(ProcessLevel.class);
        case AREA, REGION -> EnumSet.of(ProcessLevel.L4);
        case REPRESENTATIVE_OFFICE -> EnumSet.of(ProcessLevel.L5, ProcessLevel.L6);
      };
    }

    static boolean needsApproval(OrganisationLevel by) {
      return by == OrganisationLevel.REGION || by == OrganisationLevel.AREA;
    }

    /** Every card headquarters set, as it last set it, from the event history. */
    static Map<ProcessId, ProcessCard> standard(List<ProcessArchitectureEvent> history) {
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

    static boolean keeps(ProcessCard standard, ProcessCard card) {
      return card.controlPoints().containsAll(standard.controlPoints())
          && card.outputs().containsAll(standard.outputs())
          && card.metrics().containsAll(standard.metrics());
    }

    static boolean allows(
        ProcessArchitecture architecture, List<ProcessArchitectureEvent> history, Attempt t) {
      ProcessCatalogue tree = architecture.catalogue();
      ProcessCard target = tree.card(t.process()).orElseThrow();
      List<ProcessCard> touched;
      if (t.change() instanceof RetireProcess) {
        if (target.level() == ProcessLevel.L1) {
          return false;
        }
        touched = Stream.concat(Stream.of(target), tree.descendants(target.id()).stream()).toList();
      } else if (t.change() instanceof AddProcess add) {
        touched = List.of(add.card());
      } else {
        touched = List.of(target);
      }
      if (!touched.stream().allMatch(c -> owned(t.by()).contains(c.level()))) {
        return false;
      }
      if (needsApproval(t.by()) && t.approval().isEmpty()) {
        return false;
      }
      if (t.approval().isPresent()
          && !(t.approval().get().process().equals(t.process())
              && !t.approval().get().approvedAt().isAfter(t.at()))) {
        return false;
      }
      if (t.by() != OrganisationLevel.HEADQUARTERS) {
        Map<ProcessId, ProcessCard> standard = standard(history);
        if (t.change() instanceof ReviseCard revise
            && standard.containsKey(target.id())
            && !keeps(standard.get(target.id()), revise.card())) {
          return false;
        }
        if (t.change() instanceof RetireProcess
            && touched.stream().anyMatch(c -> standard.containsKey(c.id()))) {
          return false;
        }
      }
      return true;
    }
  }

  // ---------------------------------------------------------------- invariants

  static void holdsEveryRule(CommandLog<ProcessArchitecture, ProcessArchitectureEvent> log) {
    ProcessArchitecture architecture = log.state();
    assertEquals(log.events().size(), architecture.version(), "the version counts the events");
    assertEquals(
        log.events().size() - 1,
        architecture.adaptations().size(),
        "D1.2: every adaptation is recorded");
    assertEquals(LtcCatalogue.LEAD_TO_CASH, architecture.catalogue().root().id(), "D1.1");
    Map<ProcessId, ProcessCard> standard = D12.standard(log.events());
    for (ProcessCard card : architecture.catalogue().cards()) {
      assertEquals(
          standard.containsKey(card.id()),
          architecture.isGlobalStandard(card.id()),
          "D1.2: the global standard is what headquarters set");
      if (standard.containsKey(card.id())) {
        assertTrue(
            D12.keeps(standard.get(card.id()), card),
            () -> "D1.2: " + card.id() + " keeps headquarters' requirements");
      }
      assertTrue(
          ProcessCard.fitsCard(card.level(), card.description()), "D1.3: a short, clear card");
    }
    for (Adaptation adaptation : architecture.adaptations()) {
      if (D12.needsApproval(adaptation.by())) {
        assertTrue(adaptation.approval().isPresent(), "D1.2: a region adapts with approval");
      }
      ProcessChange change = adaptation.change();
      Optional<ProcessLevel> level =
          change instanceof AddProcess add
              ? Optional.of(add.card().level())
              : change instanceof ReviseCard revise
                  ? Optional.of(revise.card().level())
                  : Optional.empty();
      level.ifPresent(
          l -> assertTrue(D12.owned(adaptation.by()).contains(l), "D1.2: adapted by its owner"));
    }
  }

  // ---------------------------------------------------------------- generators

  @Provide
  Arbitrary<Plan> plans() {
    return Combinators.combine(
            Arbitraries.integers().between(0, 10_000),
            Arbitraries.integers().between(0, 6),
            Arbitraries.integers().between(0, 5),
            Arbitraries.of(OrganisationLevel.values()),
            Arbitraries.frequency(
                Tuple.of(3, 0), Tuple.of(3, 1), Tuple.of(3, 2), Tuple.of(1, 3), Tuple.of(1, 4)),
            Arbitraries.frequency(Tuple.of(9, false), Tuple.of(1, true)))
        .as(Plan::new);
  }

  @Provide
  ActionChainArbitrary<CommandLog<ProcessArchitecture, ProcessArchitectureEvent>> architectures() {
    Action.Independent<CommandLog<ProcessArchitecture, ProcessArchitectureEvent>> adapt =
        () ->
            plans()
                .map(
                    plan ->
                        Transformer.transform(
                            "adapt " + plan,
                            (CommandLog<ProcessArchitecture, ProcessArchitectureEvent> log) ->
                                attempt(log, plan)));
    return ActionChain.<CommandLog<ProcessArchitecture, ProcessArchitectureEvent>>startWith(
            ProcessArchitectureProperties::start)
        .withAction(adapt)
        .withMaxTransformations(30);
  }
}
