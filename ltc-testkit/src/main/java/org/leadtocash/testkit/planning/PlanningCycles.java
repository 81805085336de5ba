package org.leadtocash.testkit.planning;

import static org.leadtocash.testkit.Generators.later;
import static org.leadtocash.testkit.Generators.partsOf;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.leadtocash.domain.common.CustomerId;
import org.leadtocash.domain.common.RuleId;
import org.leadtocash.domain.common.Transition;
import org.leadtocash.planning.cycle.AccountImportance;
import org.leadtocash.planning.cycle.CompletedStep;
import org.leadtocash.planning.cycle.CycleStage;
import org.leadtocash.planning.cycle.DevelopmentStarted;
import org.leadtocash.planning.cycle.DevelopmentStep;
import org.leadtocash.planning.cycle.DevelopmentStepCompleted;
import org.leadtocash.planning.cycle.DevelopmentWindow;
import org.leadtocash.planning.cycle.HeldReview;
import org.leadtocash.planning.cycle.ImplementationStarted;
import org.leadtocash.planning.cycle.PlanAdjusted;
import org.leadtocash.planning.cycle.PlannedAccount;
import org.leadtocash.planning.cycle.PlanningCycle;
import org.leadtocash.planning.cycle.PlanningCycleEvent;
import org.leadtocash.planning.cycle.PlanningCycleId;
import org.leadtocash.planning.cycle.PlanningCycleOpened;
import org.leadtocash.planning.cycle.PlanningPeriod;
import org.leadtocash.planning.cycle.PreparationItem;
import org.leadtocash.planning.cycle.PreparationRecorded;
import org.leadtocash.planning.cycle.ReviewAnswer;
import org.leadtocash.planning.cycle.ReviewDue;
import org.leadtocash.planning.cycle.ReviewHeld;
import org.leadtocash.planning.cycle.ReviewItem;
import org.leadtocash.planning.cycle.ReviewKind;
import org.leadtocash.planning.cycle.ReviewQuestion;
import org.leadtocash.planning.cycle.ReviewQuestionAnswered;
import org.leadtocash.planning.cycle.ReviewReport;
import org.leadtocash.planning.cycle.ReviewStatus;
import org.leadtocash.testkit.AggregateModel;
import org.leadtocash.testkit.ArbitraryCatalogue;
import org.leadtocash.testkit.Check;
import org.leadtocash.testkit.Command;
import org.leadtocash.testkit.CommandLog;
import org.leadtocash.testkit.Generators;
import org.leadtocash.testkit.Settings;
import org.leadtocash.testkit.common.CommonValues;

/**
 * Rolling planning cycles (DOMAIN D11.10) in every reachable state: opened for one to five accounts
 * of every importance, prepared item by item (and revised), developed step by step over some days
 * each — so that the eighth step lands before, within and after the 8–12-week window —, reviewed
 * with questions answered yes or no and adjusted, and implemented with reviews held at random
 * intervals, some late and some missed.
 */
public final class PlanningCycles {

  private PlanningCycles() {}

  /**
   * Adds the arbitraries of the cycle package's values, aggregate and events to a catalogue.
   *
   * @param catalogue the catalogue being built; not null
   */
  public static void addTo(ArbitraryCatalogue.Builder catalogue) {
    catalogue
        .add(PlanningCycleId.class, s -> CommonValues.ids("PC-", PlanningCycleId::of))
        .add(PlanningPeriod.class, s -> periods())
        .add(PlannedAccount.class, s -> partsOf(cycles(s), PlanningCycle::accounts))
        .add(CompletedStep.class, s -> partsOf(cycles(s), PlanningCycle::completedSteps))
        .add(ReviewAnswer.class, s -> partsOf(cycles(s), c -> c.reviewAnswers().values()))
        .add(ReviewReport.class, s -> cycles(s).map(PlanningCycle::review))
        .add(
            ReviewItem.class,
            s -> partsOf(cycles(s).map(PlanningCycle::review), ReviewReport::items))
        .add(
            DevelopmentWindow.class,
            s ->
                Combinators.combine(cycles(s), CommonValues.instants(s))
                    .as((c, at) -> c.developmentWindow(at)))
        .add(HeldReview.class, s -> partsOf(cycles(s), PlanningCycle::heldReviews))
        .add(
            ReviewDue.class,
            s ->
                partsOf(
                    Combinators.combine(cycles(s), CommonValues.dates(s))
                        .as((c, on) -> c.reviewsDue(on)),
                    due -> due));
    catalogue.addAggregate(
        PlanningCycle.class,
        PlanningCycleEvent.class,
        PlanningCycles::model,
        List.of(
            PlanningCycleOpened.class,
            PreparationRecorded.class,
            DevelopmentStarted.class,
            DevelopmentStepCompleted.class,
            ReviewQuestionAnswered.class,
            PlanAdjusted.class,
            ImplementationStarted.class,
            ReviewHeld.class));
  }

  /**
   * Returns the planning cycle's model: its histories advance the cycle through its stages, mostly
   * with the command the stage expects; its chains add commands of any stage with random inputs,
   * which the cycle may refuse (a step out of order, a review before its stage, an unimportant
   * account reviewed alone), and commands dated before the latest event, which it must refuse.
   *
   * @param settings what to generate within; not null
   * @return the model, never null
   */
  public static AggregateModel<PlanningCycle, PlanningCycleEvent> model(Settings settings) {
    Arbitrary<Command<PlanningCycle, PlanningCycleEvent>> steps = steps(settings);
    return AggregateModel.builder(PlanningCycle.class)
        .timeOrder(RuleId.D11_10)
        .starts(
            creations(settings),
            steps,
            Arbitraries.frequencyOf(
                Tuple.of(6, steps), Tuple.of(3, anyCommand(settings)), Tuple.of(1, backdated())))
        .replay(PlanningCycle::replay, PlanningCycle::replay)
        .invariants(PlanningCycles::checkRules)
        .sizes(45, 60)
        .build();
  }

  /**
   * Returns planning cycles in every reachable state.
   *
   * @param settings what to generate within; not null
   * @return the cycles, never null
   */
  public static Arbitrary<PlanningCycle> cycles(Settings settings) {
    return model(settings).aggregates();
  }

  /** {@return the calendar years from 2025 to 2030 as planning periods} */
  private static Arbitrary<PlanningPeriod> periods() {
    return Arbitraries.integers().between(2025, 2030).map(PlanningPeriod::year);
  }

  private static Arbitrary<Transition<PlanningCycle, PlanningCycleEvent>> creations(
      Settings settings) {
    Arbitrary<List<PlannedAccount>> accounts =
        CommonValues.customers(settings)
            .list()
            .uniqueElements()
            .ofMinSize(1)
            .ofMaxSize(5)
            .flatMap(
                customers ->
                    Arbitraries.of(AccountImportance.class)
                        .list()
                        .ofSize(customers.size())
                        .map(
                            importance -> {
                              List<PlannedAccount> planned = new ArrayList<>();
                              for (int i = 0; i < customers.size(); i++) {
                                planned.add(
                                    new PlannedAccount(customers.get(i), importance.get(i)));
                              }
                              return planned;
                            }));
    return Combinators.combine(
            CommonValues.ids("PC-", PlanningCycleId::of),
            periods(),
            accounts,
            Arbitraries.integers().between(0, 30))
        .as(
            (id, period, planned, day) ->
                PlanningCycle.open(id, period, planned, settings.day(day)));
  }

  /**
   * The lifecycle's steps: each does what the cycle's stage expects next, some hours or days after
   * the latest event; the random inputs choose the answer, the revision, the review held.
   */
  private static Arbitrary<Command<PlanningCycle, PlanningCycleEvent>> steps(Settings settings) {
    return Combinators.combine(
            Arbitraries.integers().between(0, 14 * 24),
            Arbitraries.integers().between(0, 99),
            Arbitraries.integers().between(0, 99),
            CommonValues.texts())
        .as(
            (hours, pick, chance, text) ->
                Command.<PlanningCycle, PlanningCycleEvent>of(
                    "advance (" + pick + ", " + chance + "%) +" + hours + "h",
                    c -> advance(c, settings, hours, pick, chance, text)));
  }

  /** Sends the cycle the command its stage expects next (see {@link #steps}). */
  private static Transition<PlanningCycle, PlanningCycleEvent> advance(
      PlanningCycle cycle, Settings settings, int hours, int pick, int chance, String text) {
    Instant at = later(settings, cycle.lastEventAt(), hours);
    switch (cycle.stage()) {
      case PLAN_AND_PREPARE -> {
        if (cycle.missingPreparation().isEmpty()) {
          return chance < 85
              ? cycle.startDevelopment(at)
              : cycle.prepare(pick(PreparationItem.values(), pick), text, at);
        }
        return cycle.prepare(cycle.missingPreparation().get(0), text, at);
      }
      case DEVELOP_THE_PLAN -> {
        // 1 to 17 days a step: the eighth lands before, within and after the 8-12-week window
        Instant done = later(settings, cycle.lastEventAt(), 24 * (1 + pick % 17) + hours % 24);
        return cycle.completeStep(cycle.nextStep().orElseThrow(), done);
      }
      case REVIEW_AND_ADJUST -> {
        ReviewReport review = cycle.review();
        Optional<ReviewItem> unadjusted =
            review.open().stream().filter(i -> i.answer().isPresent()).findFirst();
        if (unadjusted.isPresent()) {
          return cycle.adjust(unadjusted.get().question(), text, at);
        }
        Optional<ReviewItem> unanswered = review.open().stream().findFirst();
        if (unanswered.isPresent()) {
          return cycle.answer(unanswered.get().question(), chance < 80, text, at);
        }
        return chance < 90
            ? cycle.startImplementation(at)
            : cycle.answer(pick(ReviewQuestion.values(), pick), chance < 95, text, at);
      }
      case IMPLEMENT_AND_MONITOR -> {
        Instant held = later(settings, cycle.lastEventAt(), hours * 6);
        List<PlannedAccount> accounts = cycle.accounts();
        PlannedAccount account = accounts.get(pick % accounts.size());
        if (chance < 20
            && accounts.stream()
                .anyMatch(a -> a.importance() == AccountImportance.MOST_IMPORTANT)) {
          return cycle.reportProgress(held);
        }
        return account.importance() == AccountImportance.UNIMPORTANT
            ? cycle.holdCollectiveReview(held)
            : cycle.reviewAccount(account.customer(), held);
      }
    }
    throw new AssertionError("no stage " + cycle.stage());
  }

  private static <T> T pick(T[] values, int pick) {
    return values[pick % values.length];
  }

  /** Commands of any stage with random inputs: the cycle may accept or refuse each. */
  private static Arbitrary<Command<PlanningCycle, PlanningCycleEvent>> anyCommand(
      Settings settings) {
    Arbitrary<Integer> hours = Arbitraries.integers().between(0, 21 * 24);
    return Arbitraries.oneOf(
        Combinators.combine(Arbitraries.of(PreparationItem.class), CommonValues.texts(), hours)
            .as(
                (item, text, h) ->
                    Generators.hoursLater(
                        "prepare " + item,
                        h,
                        settings,
                        PlanningCycle::lastEventAt,
                        (c, at) -> c.prepare(item, text, at))),
        hours.map(
            h ->
                Generators.hoursLater(
                    "startDevelopment",
                    h,
                    settings,
                    PlanningCycle::lastEventAt,
                    (c, at) -> c.startDevelopment(at))),
        Combinators.combine(Arbitraries.of(DevelopmentStep.class), hours)
            .as(
                (step, h) ->
                    Generators.hoursLater(
                        "completeStep " + step,
                        h,
                        settings,
                        PlanningCycle::lastEventAt,
                        (c, at) -> c.completeStep(step, at))),
        Combinators.combine(
                Arbitraries.of(ReviewQuestion.class),
                Arbitraries.of(true, false),
                CommonValues.texts(),
                hours)
            .as(
                (question, yes, text, h) ->
                    Generators.hoursLater(
                        "answer " + question + " " + yes,
                        h,
                        settings,
                        PlanningCycle::lastEventAt,
                        (c, at) -> c.answer(question, yes, text, at))),
        Combinators.combine(Arbitraries.of(ReviewQuestion.class), CommonValues.texts(), hours)
            .as(
                (question, text, h) ->
                    Generators.hoursLater(
                        "adjust " + question,
                        h,
                        settings,
                        PlanningCycle::lastEventAt,
                        (c, at) -> c.adjust(question, text, at))),
        hours.map(
            h ->
                Generators.hoursLater(
                    "startImplementation",
                    h,
                    settings,
                    PlanningCycle::lastEventAt,
                    (c, at) -> c.startImplementation(at))),
        Combinators.combine(CommonValues.customers(settings), hours)
            .as(
                (customer, h) ->
                    Generators.hoursLater(
                        "reviewAccount " + customer,
                        h,
                        settings,
                        PlanningCycle::lastEventAt,
                        (c, at) -> c.reviewAccount(customer, at))),
        hours.map(
            h ->
                Generators.hoursLater(
                    "holdCollectiveReview",
                    h,
                    settings,
                    PlanningCycle::lastEventAt,
                    (c, at) -> c.holdCollectiveReview(at))),
        hours.map(
            h ->
                Generators.hoursLater(
                    "reportProgress",
                    h,
                    settings,
                    PlanningCycle::lastEventAt,
                    (c, at) -> c.reportProgress(at))));
  }

  /** Commands dated before the latest event: refused, whatever the stage (D11.10). */
  private static Arbitrary<Command<PlanningCycle, PlanningCycleEvent>> backdated() {
    return Arbitraries.oneOf(
        Generators.<PlanningCycle, PlanningCycleEvent>backdated(
            "prepare the guidelines",
            PlanningCycle::lastEventAt,
            (c, at) -> c.prepare(PreparationItem.GUIDELINES, "guidelines", at)),
        Generators.<PlanningCycle, PlanningCycleEvent>backdated(
            "startDevelopment", PlanningCycle::lastEventAt, (c, at) -> c.startDevelopment(at)),
        Generators.<PlanningCycle, PlanningCycleEvent>backdated(
            "completeStep",
            PlanningCycle::lastEventAt,
            (c, at) ->
                c.completeStep(c.nextStep().orElse(DevelopmentStep.KEEP_ACTION_PLANS_VALID), at)),
        Generators.<PlanningCycle, PlanningCycleEvent>backdated(
            "answer",
            PlanningCycle::lastEventAt,
            (c, at) -> c.answer(ReviewQuestion.TARGET_FITS_REALITY, true, "fits", at)),
        Generators.<PlanningCycle, PlanningCycleEvent>backdated(
            "reviewAccount",
            PlanningCycle::lastEventAt,
            (c, at) -> c.reviewAccount(c.accounts().get(0).customer(), at)));
  }

  /**
   * Checks the rules of DOMAIN D11.10 on a planning cycle and its history: the version counts the
   * events, which run forward in time and all belong to the cycle; the stages are entered in order,
   * each by its event; the steps are completed in order, the eighth ending the second stage; the
   * cycle is implemented only with a passing review; reviews are held only while implementing, of a
   * kind the accounts call for; and {@code reviewsDue} counts the reviews held.
   *
   * @param log the cycle with its events; not null
   * @throws org.opentest4j.AssertionFailedError if a rule is broken
   */
  public static void checkRules(CommandLog<PlanningCycle, PlanningCycleEvent> log) {
    PlanningCycle cycle = log.state();
    List<PlanningCycleEvent> events = log.events();
    Check.equal((long) events.size(), cycle.version(), "the version counts the events (D11.10)");
    Instant previous = events.get(0).occurredAt();
    for (int i = 0; i < events.size(); i++) {
      PlanningCycleEvent event = events.get(i);
      Check.equal(cycle.id(), event.cycle(), "every event is the cycle's (D11.10)");
      Check.equal((long) i + 1, event.version(), "the events are numbered in order (D11.10)");
      Check.that(!event.occurredAt().isBefore(previous), "the history runs forward (D11.10)");
      previous = event.occurredAt();
    }
    Check.equal(previous, cycle.lastEventAt(), "lastEventAt is the latest event's (D11.10)");
    CycleStage expected = CycleStage.PLAN_AND_PREPARE;
    int steps = 0;
    for (PlanningCycleEvent event : events) {
      if (event instanceof DevelopmentStarted) {
        Check.equal(CycleStage.PLAN_AND_PREPARE, expected, "development follows preparing");
        expected = CycleStage.DEVELOP_THE_PLAN;
      } else if (event instanceof DevelopmentStepCompleted completed) {
        Check.equal(CycleStage.DEVELOP_THE_PLAN, expected, "steps are completed while developing");
        Check.equal(
            DevelopmentStep.values()[steps], completed.step(), "steps are completed in order");
        steps++;
        if (steps == DevelopmentStep.values().length) {
          expected = CycleStage.REVIEW_AND_ADJUST;
        }
      } else if (event instanceof ReviewQuestionAnswered || event instanceof PlanAdjusted) {
        Check.equal(CycleStage.REVIEW_AND_ADJUST, expected, "questions are answered in review");
      } else if (event instanceof ImplementationStarted) {
        Check.equal(CycleStage.REVIEW_AND_ADJUST, expected, "implementation follows the review");
        expected = CycleStage.IMPLEMENT_AND_MONITOR;
      } else if (event instanceof ReviewHeld) {
        Check.equal(
            CycleStage.IMPLEMENT_AND_MONITOR, expected, "reviews are held while implementing");
      } else if (event instanceof PreparationRecorded) {
        Check.equal(CycleStage.PLAN_AND_PREPARE, expected, "items are recorded while preparing");
      }
    }
    Check.equal(expected, cycle.stage(), "the stage is the one the events lead to (D11.10)");
    Check.equal(steps, cycle.completedSteps().size(), "the cycle keeps every completed step");
    if (cycle.stage() == CycleStage.IMPLEMENT_AND_MONITOR) {
      Check.that(cycle.review().passes(), "the plans are implemented after a passing review");
      LocalDate end = LocalDate.ofInstant(cycle.lastEventAt(), ZoneOffset.UTC).plusYears(1);
      List<ReviewDue> due = cycle.reviewsDue(end);
      for (HeldReview held : cycle.heldReviews()) {
        if (held.kind() == ReviewKind.ACCOUNT_REVIEW) {
          CustomerId customer = held.account().orElseThrow();
          Check.that(
              cycle.accounts().stream()
                  .anyMatch(
                      a ->
                          a.customer().equals(customer)
                              && a.importance() != AccountImportance.UNIMPORTANT),
              "an account reviewed alone is most important or secondary (D11.10)");
        }
      }
      for (ReviewDue first : due) {
        List<ReviewDue> same =
            due.stream()
                .filter(r -> r.kind() == first.kind() && r.account().equals(first.account()))
                .toList();
        List<Instant> held =
            cycle.heldReviews().stream()
                .filter(h -> h.kind() == first.kind() && h.account().equals(first.account()))
                .map(HeldReview::heldAt)
                .toList();
        for (int i = 0; i < same.size(); i++) {
          Check.equal(
              i < held.size() ? Optional.of(held.get(i)) : Optional.empty(),
              same.get(i).heldAt(),
              "the reviews held count, in order, for the reviews due of their kind (D11.10)");
        }
      }
      Check.that(
          due.stream().noneMatch(r -> r.dueOn().isBefore(end) && r.status() == ReviewStatus.OPEN),
          "a review due before the date asked about is held or overdue (D11.10)");
    } else {
      Check.that(cycle.heldReviews().isEmpty(), "no review is held before implementation");
      Check.that(
          cycle.reviewsDue(LocalDate.of(2030, 1, 1)).isEmpty(),
          "no review is due before implementation (D11.10)");
    }
  }
}
