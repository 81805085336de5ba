package org.leadtocash.planning.cycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import org.leadtocash.testkit.AggregateContract;
import org.leadtocash.testkit.AggregateModel;
import org.leadtocash.testkit.CommandLog;
import org.leadtocash.testkit.Settings;
import org.leadtocash.testkit.planning.PlanningCycles;

/**
 * Random command sequences on a rolling planning cycle (DOMAIN D11.10) — the lifecycle's steps,
 * commands of any stage with random inputs, and commands dated before the latest event: an accepted
 * command leaves a valid cycle, a refused one leaves it unchanged, and the events replay to an
 * equal cycle — the kit's {@link AggregateContract} over its planning-cycle model, whose invariants
 * are {@link PlanningCycles#checkRules} — and generated histories reach every stage.
 *
 * <p>A snapshot taken after any command and the events after it rebuild the same cycle, and a
 * snapshot restored from every attribute of a generated cycle equals it and continues with the
 * events after it.
 */
class PlanningCycleProperties implements AggregateContract<PlanningCycle, PlanningCycleEvent> {

  @Override
  public AggregateModel<PlanningCycle, PlanningCycleEvent> model() {
    return PlanningCycles.model(Settings.standard());
  }

  @Property(tries = 200)
  void generatedCyclesReachEveryStage(
      @ForAll CommandLog<PlanningCycle, PlanningCycleEvent> history) {
    PlanningCycles.checkRules(history);
    PlanningCycle cycle = history.state();
    Statistics.label("stage").collect(cycle.stage());
    Statistics.label("stage")
        .coverage(c -> c.check(CycleStage.IMPLEMENT_AND_MONITOR).count(n -> n > 0));
    Statistics.label("stage")
        .coverage(c -> c.check(CycleStage.REVIEW_AND_ADJUST).count(n -> n > 0));
    if (cycle.stage().compareTo(CycleStage.REVIEW_AND_ADJUST) >= 0) {
      Statistics.label("window").collect(cycle.developmentWindow(cycle.lastEventAt()).status());
    }
  }

  @Property(tries = 200)
  void theWindowReportFollowsTheDates(
      @ForAll CommandLog<PlanningCycle, PlanningCycleEvent> history) {
    PlanningCycle cycle = history.state();
    DevelopmentWindow window = cycle.developmentWindow(cycle.lastEventAt());
    if (cycle.stage() == CycleStage.PLAN_AND_PREPARE) {
      assertEquals(WindowStatus.NOT_STARTED, window.status());
      return;
    }
    assertEquals(cycle.developmentStartedAt(), window.startedAt());
    boolean finished = cycle.stage().compareTo(CycleStage.REVIEW_AND_ADJUST) >= 0;
    assertEquals(
        finished, window.finishedAt().isPresent(), "DOMAIN D11.10: the eighth step ends it");
    if (finished) {
      long days = window.elapsed().toDays();
      WindowStatus expected =
          window.elapsed().compareTo(DevelopmentWindow.SHORTEST) < 0
              ? WindowStatus.EARLY
              : window.elapsed().compareTo(DevelopmentWindow.LONGEST) > 0
                  ? WindowStatus.LATE
                  : WindowStatus.WITHIN;
      assertEquals(expected, window.status(), days + " days");
    }
  }

  @Property(tries = 200)
  void reviewsDueAreOrderedAndOverdueOnlyWhenPast(
      @ForAll CommandLog<PlanningCycle, PlanningCycleEvent> history,
      @ForAll @IntRange(min = 0, max = 800) int daysLater) {
    PlanningCycle cycle = history.state();
    LocalDate asOf = LocalDate.ofInstant(cycle.lastEventAt(), ZoneOffset.UTC).plusDays(daysLater);
    List<ReviewDue> due = cycle.reviewsDue(asOf);
    for (int i = 1; i < due.size(); i++) {
      assertTrue(!due.get(i).dueOn().isBefore(due.get(i - 1).dueOn()), "ordered by due date");
    }
    for (ReviewDue review : due) {
      if (review.isOverdue()) {
        assertTrue(review.dueOn().isBefore(asOf), "DOMAIN D11.10: overdue only once past");
      }
    }
    long held = due.stream().filter(r -> r.status() == ReviewStatus.HELD).count();
    assertTrue(held <= cycle.heldReviews().size(), "a held review counts once");
  }

  @Property(tries = 200)
  void aSnapshotAfterAnyCommandAndTheEventsAfterItReplayToTheCycle(
      @ForAll CommandLog<PlanningCycle, PlanningCycleEvent> history,
      @ForAll @IntRange(min = 0, max = 10_000) int at) {
    List<PlanningCycleEvent> events = history.events();
    int cut = cut(history, at);
    PlanningCycle snapshot = PlanningCycle.replay(events.subList(0, cut));
    assertEquals(cut, snapshot.version());
    assertEquals(
        history.state(), PlanningCycle.replay(snapshot, events.subList(cut, events.size())));
  }

  @Property(tries = 200)
  void aRestoredSnapshotEqualsTheCycleAndContinuesWithTheEventsAfterIt(
      @ForAll CommandLog<PlanningCycle, PlanningCycleEvent> history,
      @ForAll @IntRange(min = 0, max = 10_000) int at) {
    PlanningCycle stored = history.state();
    PlanningCycle restored = restoredFromEveryAttribute(stored);
    assertEquals(stored, restored);
    assertEquals(stored.hashCode(), restored.hashCode());
    List<PlanningCycleEvent> events = history.events();
    int cut = cut(history, at);
    PlanningCycle snapshot =
        restoredFromEveryAttribute(PlanningCycle.replay(events.subList(0, cut)));
    assertEquals(
        history.state(), PlanningCycle.replay(snapshot, events.subList(cut, events.size())));
  }

  private static int cut(CommandLog<PlanningCycle, PlanningCycleEvent> history, int at) {
    List<List<PlanningCycleEvent>> batches = history.batches();
    int cut = 0;
    for (List<PlanningCycleEvent> batch : batches.subList(0, 1 + at % batches.size())) {
      cut += batch.size();
    }
    return cut;
  }

  /** Restores a state by setting each of its attributes, as a codec reading a snapshot does. */
  private static PlanningCycle restoredFromEveryAttribute(PlanningCycle stored) {
    return PlanningCycle.restore()
        .id(stored.id())
        .version(stored.version())
        .period(stored.period())
        .accounts(stored.accounts())
        .stage(stored.stage())
        .openedAt(stored.openedAt())
        .lastEventAt(stored.lastEventAt())
        .preparation(stored.preparation())
        .developmentStartedAt(stored.developmentStartedAt())
        .completedSteps(stored.completedSteps())
        .reviewAnswers(stored.reviewAnswers())
        .implementationStartedAt(stored.implementationStartedAt())
        .heldReviews(stored.heldReviews())
        .build();
  }
}
