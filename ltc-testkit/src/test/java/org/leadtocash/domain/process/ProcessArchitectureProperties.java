package org.leadtocash.domain.process;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.Transformer;
import net.jqwik.api.statistics.Statistics;
import org.leadtocash.testkit.AggregateContract;
import org.leadtocash.testkit.AggregateModel;
import org.leadtocash.testkit.Check;
import org.leadtocash.testkit.Command;
import org.leadtocash.testkit.CommandLog;
import org.leadtocash.testkit.Settings;
import org.leadtocash.testkit.process.AdaptationPlan;
import org.leadtocash.testkit.process.ProcessArchitectures;

/**
 * Random adaptation attempts by random organisation levels on the LTC architecture (DOMAIN D1.2):
 * each is accepted if and only if the rights of D1.2, restated independently of the library by the
 * kit's oracle {@link ProcessArchitectures#allows}, allow it — an attempt dated before the latest
 * event never; refused ones throw a domain exception and change nothing; the events replay to an
 * equal architecture — the kit's {@link AggregateContract} over its architecture model, whose
 * invariants are {@link ProcessArchitectures#checkRules}.
 *
 * <p>A snapshot taken after any adaptation and the events after it rebuild the same architecture
 * (DOMAIN D1.2); and a snapshot restored from every attribute of a generated architecture equals it
 * and continues with the events after it (DOMAIN D1.2).
 */
class ProcessArchitectureProperties
    implements AggregateContract<ProcessArchitecture, ProcessArchitectureEvent> {

  private static final Settings SETTINGS = Settings.standard();

  @Override
  public AggregateModel<ProcessArchitecture, ProcessArchitectureEvent> model() {
    return ProcessArchitectures.model(SETTINGS);
  }

  @Property(tries = 300)
  void anAttemptOnTheStandardIsAcceptedIffD12AllowsIt(@ForAll("plans") AdaptationPlan plan) {
    CommandLog<ProcessArchitecture, ProcessArchitectureEvent> log = start();
    CommandLog<ProcessArchitecture, ProcessArchitectureEvent> after = attempt(log, plan);
    Check.equal(
        after.accepted() > log.accepted() ? 2L : 1L,
        after.state().version(),
        "one event for an accepted attempt, none for a refused one");
  }

  @Property(tries = 100)
  void adaptationSequencesAreAcceptedIffD12AllowsThem(
      @ForAll("oracleChains")
          ActionChain<CommandLog<ProcessArchitecture, ProcessArchitectureEvent>> chain) {
    CommandLog<ProcessArchitecture, ProcessArchitectureEvent> log =
        chain.withInvariant("DOMAIN D1.1-D1.3 hold", model()::checkInvariants).run();
    Statistics.label("adaptations accepted").collect(log.accepted() > 1);
    Statistics.label("adaptations accepted").coverage(c -> c.check(true).count(n -> n > 0));
  }

  /**
   * Sends the plan's attempt, expecting it accepted exactly when D1.2 allows it ({@link
   * CommandLog#attempt} fails otherwise), and an accepted one to be the latest event.
   */
  private static CommandLog<ProcessArchitecture, ProcessArchitectureEvent> attempt(
      CommandLog<ProcessArchitecture, ProcessArchitectureEvent> log, AdaptationPlan plan) {
    Adaptation attempt = plan.on(log.state());
    boolean allowed = ProcessArchitectures.allows(log, attempt);
    String description = "D1.2 " + (allowed ? "allows " : "forbids ") + attempt;
    CommandLog<ProcessArchitecture, ProcessArchitectureEvent> next =
        log.attempt(
            allowed
                ? Command.accepted(description, a -> AdaptationPlan.send(a, attempt))
                : Command.refused(description, a -> AdaptationPlan.send(a, attempt)));
    boolean accepted = next.accepted() > log.accepted();
    if (accepted) {
      Check.equal(attempt.at(), next.state().lastEventAt(), "D1.2: adaptations in time order");
    }
    Statistics.label("attempts")
        .collect(attempt.by(), attempt.change().verb(), accepted ? "accepted" : "refused");
    return next;
  }

  private static CommandLog<ProcessArchitecture, ProcessArchitectureEvent> start() {
    return CommandLog.start(
        ProcessArchitecture.establish(LtcCatalogue.standard(), SETTINGS.start()));
  }

  @Provide
  Arbitrary<AdaptationPlan> plans() {
    return ProcessArchitectures.plans(SETTINGS);
  }

  @Provide
  Arbitrary<ActionChain<CommandLog<ProcessArchitecture, ProcessArchitectureEvent>>> oracleChains() {
    Action.Independent<CommandLog<ProcessArchitecture, ProcessArchitectureEvent>> adapt =
        () ->
            plans()
                .map(
                    plan ->
                        Transformer.transform(
                            plan.toString(),
                            (CommandLog<ProcessArchitecture, ProcessArchitectureEvent> log) ->
                                attempt(log, plan)));
    return ActionChain.<CommandLog<ProcessArchitecture, ProcessArchitectureEvent>>startWith(
            ProcessArchitectureProperties::start)
        .withAction(adapt)
        .withMaxTransformations(30);
  }

  @Property(tries = 200)
  void aSnapshotAfterAnyCommandAndTheEventsAfterItReplayToTheProcessArchitecture(
      @ForAll CommandLog<ProcessArchitecture, ProcessArchitectureEvent> history,
      @ForAll @IntRange(min = 0, max = 10_000) int at) {
    List<ProcessArchitectureEvent> events = history.events();
    List<List<ProcessArchitectureEvent>> batches = history.batches();
    int cut = 0;
    for (List<ProcessArchitectureEvent> batch : batches.subList(0, 1 + at % batches.size())) {
      cut += batch.size();
    }
    ProcessArchitecture snapshot = ProcessArchitecture.replay(events.subList(0, cut));
    assertEquals(cut, snapshot.version());
    assertEquals(
        history.state(), ProcessArchitecture.replay(snapshot, events.subList(cut, events.size())));
  }

  @Property(tries = 200)
  void restoringEveryAttributeGivesAnEqualProcessArchitecture(
      @ForAll CommandLog<ProcessArchitecture, ProcessArchitectureEvent> history) {
    ProcessArchitecture stored = history.state();
    ProcessArchitecture restored = restoredFromEveryAttribute(stored);
    assertEquals(stored, restored);
    assertEquals(stored.hashCode(), restored.hashCode());
    assertEquals(stored, ProcessArchitecture.replay(restored, List.of()));
  }

  @Property(tries = 200)
  void aRestoredSnapshotContinuesWithTheEventsAfterIt(
      @ForAll CommandLog<ProcessArchitecture, ProcessArchitectureEvent> history,
      @ForAll @IntRange(min = 0, max = 10_000) int at) {
    List<ProcessArchitectureEvent> events = history.events();
    List<List<ProcessArchitectureEvent>> batches = history.batches();
    int cut = 0;
    for (List<ProcessArchitectureEvent> batch : batches.subList(0, 1 + at % batches.size())) {
      cut += batch.size();
    }
    ProcessArchitecture snapshot = ProcessArchitecture.replay(events.subList(0, cut));
    ProcessArchitecture restored = restoredFromEveryAttribute(snapshot);
    assertEquals(snapshot, restored);
    assertEquals(
        history.state(), ProcessArchitecture.replay(restored, events.subList(cut, events.size())));
  }

  /** Restores a state by setting each of its attributes, as a codec reading a snapshot does. */
  private static ProcessArchitecture restoredFromEveryAttribute(ProcessArchitecture stored) {
    return ProcessArchitecture.restore()
        .id(stored.id())
        .version(stored.version())
        .establishedAt(stored.establishedAt())
        .lastEventAt(stored.lastEventAt())
        .catalogue(stored.catalogue())
        .headquartersRequirements(stored.headquartersRequirements())
        .adaptations(stored.adaptations())
        .build();
  }
}
