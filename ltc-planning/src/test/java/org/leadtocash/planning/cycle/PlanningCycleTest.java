package org.leadtocash.planning.cycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.leadtocash.domain.common.BusinessDate;
import org.leadtocash.domain.common.CustomerId;
import org.leadtocash.domain.common.DomainException;
import org.leadtocash.domain.common.IllegalTransitionException;
import org.leadtocash.domain.common.RejectedHistoryException;
import org.leadtocash.domain.common.RuleId;
import org.leadtocash.domain.common.RuleViolationException;
import org.leadtocash.domain.common.Transition;

/**
 * The planning office of the northern region runs the 2027 rolling planning cycle for four key
 * accounts (DOMAIN D11.10): management prepares, the account teams develop the plans in ten weeks,
 * senior managers review and adjust them, and the plans are implemented and reviewed at their
 * cadence.
 */
class PlanningCycleTest {

  static final PlanningCycleId ID = PlanningCycleId.of("PC-2027-NORTH");
  static final CustomerId NORTH_MOBILE = CustomerId.of("CU-NORTH-MOBILE");
  static final CustomerId RAILWAYS = CustomerId.of("CU-RAILWAYS");
  static final CustomerId PORT = CustomerId.of("CU-PORT");
  static final CustomerId MINE = CustomerId.of("CU-MINE");
  static final List<PlannedAccount> ACCOUNTS =
      List.of(
          new PlannedAccount(NORTH_MOBILE, AccountImportance.MOST_IMPORTANT),
          new PlannedAccount(RAILWAYS, AccountImportance.SECONDARY),
          new PlannedAccount(PORT, AccountImportance.UNIMPORTANT),
          new PlannedAccount(MINE, AccountImportance.UNIMPORTANT));

  /** 1 September 2026, 09:00 UTC: the cycle opens. */
  static final Instant OPENED = Instant.parse("2026-09-01T09:00:00Z");

  /** 8 September 2026: development begins, a week after opening. */
  static final Instant DEVELOPMENT = OPENED.plus(Duration.ofDays(7));

  /** 4 January 2027: implementation begins; the cadence counts from this date. */
  static final Instant IMPLEMENTATION = Instant.parse("2027-01-04T09:00:00Z");

  static Instant day(int days) {
    return OPENED.plus(Duration.ofDays(days));
  }

  static Instant developmentDay(int days) {
    return DEVELOPMENT.plus(Duration.ofDays(days));
  }

  /** Records every event of a walk, so that replay can be checked against it. */
  static final class Walk {
    final List<PlanningCycleEvent> events = new ArrayList<>();
    PlanningCycle cycle;

    Walk(Transition<PlanningCycle, PlanningCycleEvent> opened) {
      take(opened);
    }

    @CanIgnoreReturnValue
    Walk take(Transition<PlanningCycle, PlanningCycleEvent> transition) {
      events.addAll(transition.events());
      cycle = transition.state();
      return this;
    }
  }

  static Walk opened() {
    return new Walk(PlanningCycle.open(ID, PlanningPeriod.year(2027), ACCOUNTS, OPENED));
  }

  static Walk prepared() {
    Walk walk = opened();
    PreparationItem[] items = PreparationItem.values();
    String[] texts = {
      "grow North Mobile 12 %, hold the railways, keep the rest profitable",
      "plans by 30 Nov, senior review 1-15 Dec, implementation from 4 Jan",
      "account managers lead; finance gives the profitability data",
      "the group's account-plan template, with instructions",
      "show how each plan reaches its number and what it needs"
    };
    for (int i = 0; i < items.length; i++) {
      walk.take(walk.cycle.prepare(items[i], texts[i], day(i + 1)));
    }
    return walk;
  }

  /** Develops the plan, the eighth step completed {@code weeks} weeks after development began. */
  static Walk developed(int weeks) {
    Walk walk = prepared();
    walk.take(walk.cycle.startDevelopment(DEVELOPMENT));
    DevelopmentStep[] steps = DevelopmentStep.values();
    for (int i = 0; i < steps.length; i++) {
      Instant at =
          i == steps.length - 1
              ? developmentDay(weeks * 7)
              : developmentDay((weeks * 7 * (i + 1)) / steps.length);
      walk.take(walk.cycle.completeStep(steps[i], at));
    }
    return walk;
  }

  /** Reviews the plans: every question yes but the return on resources, answered no. */
  static Walk reviewed(boolean adjusted) {
    Walk walk = developed(10);
    Instant at = developmentDay(71);
    for (ReviewQuestion question : ReviewQuestion.values()) {
      boolean yes = question != ReviewQuestion.RETURN_JUSTIFIES_RESOURCES;
      walk.take(
          walk.cycle.answer(
              question,
              yes,
              yes
                  ? "checked in the December review"
                  : "the railways' team costs more than it earns",
              at));
    }
    if (adjusted) {
      walk.take(
          walk.cycle.adjust(
              ReviewQuestion.RETURN_JUSTIFIES_RESOURCES,
              "the railways' team shrinks from 5 to 3 people",
              developmentDay(72)));
    }
    return walk;
  }

  static Walk implemented() {
    Walk walk = reviewed(true);
    return walk.take(walk.cycle.startImplementation(IMPLEMENTATION));
  }

  @CanIgnoreReturnValue
  static <T extends DomainException> T refused(Class<T> type, Supplier<?> command) {
    T refusal = assertThrows(type, command::get);
    assertEquals(RuleId.D11_10, refusal.rule());
    assertTrue(refusal.getMessage().contains("DOMAIN D11.10"), refusal.getMessage());
    return refusal;
  }

  @Nested
  @DisplayName("DOMAIN D11.10 stage 1, plan and prepare")
  class PlanAndPrepare {

    @Test
    @DisplayName("a new cycle plans and prepares, with nothing recorded yet")
    void opening() {
      Walk walk = opened();
      assertEquals(CycleStage.PLAN_AND_PREPARE, walk.cycle.stage());
      assertEquals(List.of(PreparationItem.values()), walk.cycle.missingPreparation());
      assertEquals(
          List.of(new PlanningCycleOpened(ID, 1, PlanningPeriod.year(2027), ACCOUNTS, OPENED)),
          walk.events);
      assertEquals(PlanningPeriod.year(2027), walk.cycle.period());
      assertEquals(1, walk.cycle.version());
    }

    @Test
    @DisplayName("development starts only once all five items are recorded")
    void allFiveItems() {
      Walk walk = opened();
      walk.take(walk.cycle.prepare(PreparationItem.EXPECTATIONS, "grow 12 %", day(1)));
      walk.take(walk.cycle.prepare(PreparationItem.TIMETABLE, "plans by 30 Nov", day(2)));
      PlanningCycle partly = walk.cycle;
      RuleViolationException refusal =
          refused(RuleViolationException.class, () -> partly.startDevelopment(day(3)));
      assertTrue(
          refusal
              .getMessage()
              .contains("missing: the responsibilities, the templates, the guidelines"),
          refusal.getMessage());

      Walk full = prepared();
      Transition<PlanningCycle, PlanningCycleEvent> started =
          full.cycle.startDevelopment(DEVELOPMENT);
      assertEquals(CycleStage.DEVELOP_THE_PLAN, started.state().stage());
      assertEquals(Optional.of(DEVELOPMENT), started.state().developmentStartedAt());
      assertEquals(List.of(new DevelopmentStarted(ID, 7, DEVELOPMENT)), started.events());
    }

    @Test
    @DisplayName("an item may be revised while preparing, never after, and never blank")
    void revision() {
      Walk walk = prepared();
      walk.take(walk.cycle.prepare(PreparationItem.TIMETABLE, "plans by 7 Dec", day(6)));
      assertEquals("plans by 7 Dec", walk.cycle.preparation().get(PreparationItem.TIMETABLE));
      assertEquals(7, walk.cycle.version());
      assertThrows(
          IllegalArgumentException.class,
          () -> walk.cycle.prepare(PreparationItem.TIMETABLE, " ", day(6)));
      PlanningCycle developing = walk.take(walk.cycle.startDevelopment(DEVELOPMENT)).cycle;
      refused(
          IllegalTransitionException.class,
          () -> developing.prepare(PreparationItem.TEMPLATES, "new template", developmentDay(1)));
    }

    @Test
    @DisplayName("a cycle plans for at least one account, each once")
    void accounts() {
      IllegalArgumentException none =
          assertThrows(
              IllegalArgumentException.class,
              () -> PlanningCycle.open(ID, PlanningPeriod.year(2027), List.of(), OPENED));
      assertTrue(none.getMessage().contains("DOMAIN D11.10"), none.getMessage());
      IllegalArgumentException twice =
          assertThrows(
              IllegalArgumentException.class,
              () ->
                  PlanningCycle.open(
                      ID,
                      PlanningPeriod.year(2027),
                      List.of(
                          new PlannedAccount(PORT, AccountImportance.SECONDARY),
                          new PlannedAccount(PORT, AccountImportance.UNIMPORTANT)),
                      OPENED));
      assertTrue(twice.getMessage().contains("CU-PORT twice"), twice.getMessage());
      assertThrows(
          IllegalArgumentException.class,
          () -> new PlanningPeriod(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 1)));
    }
  }

  @Nested
  @DisplayName("DOMAIN D11.10 stage 2, develop the plan in 8 steps within 8-12 weeks")
  class DevelopThePlan {

    @Test
    @DisplayName("the eight steps are completed in order; the eighth opens the review")
    void inOrder() {
      Walk walk = prepared();
      walk.take(walk.cycle.startDevelopment(DEVELOPMENT));
      PlanningCycle developing = walk.cycle;
      assertEquals(Optional.of(DevelopmentStep.GATHER_INITIAL_INFORMATION), developing.nextStep());
      IllegalTransitionException skipped =
          refused(
              IllegalTransitionException.class,
              () -> developing.completeStep(DevelopmentStep.SET_STRATEGY, developmentDay(3)));
      assertTrue(
          skipped
              .getMessage()
              .contains(
                  "step 1 (gather the initial information) is next, not step 2 (set the"
                      + " strategy)"),
          skipped.getMessage());

      Walk done = developed(10);
      assertEquals(CycleStage.REVIEW_AND_ADJUST, done.cycle.stage());
      assertEquals(Optional.empty(), done.cycle.nextStep());
      assertEquals(
          List.of(DevelopmentStep.values()),
          done.cycle.completedSteps().stream().map(CompletedStep::step).toList());
      PlanningCycle reviewing = done.cycle;
      refused(
          IllegalTransitionException.class,
          () ->
              reviewing.completeStep(DevelopmentStep.KEEP_ACTION_PLANS_VALID, developmentDay(71)));
    }

    @Test
    @DisplayName("ten weeks is within the window; seven is early, thirteen late")
    void window() {
      DevelopmentWindow ten = developed(10).cycle.developmentWindow(developmentDay(200));
      assertEquals(WindowStatus.WITHIN, ten.status());
      assertEquals(Duration.ofDays(70), ten.elapsed());
      assertTrue(ten.isWithinWindow());
      assertEquals(RuleId.D11_10, ten.rule());
      assertEquals(
          "finished within the window: 10 weeks 0 days, the window is 8 to 12 weeks (DOMAIN"
              + " D11.10)",
          ten.explanation());

      DevelopmentWindow seven = developed(7).cycle.developmentWindow(developmentDay(200));
      assertEquals(WindowStatus.EARLY, seven.status());
      assertFalse(seven.isWithinWindow());

      DevelopmentWindow thirteen = developed(13).cycle.developmentWindow(developmentDay(200));
      assertEquals(WindowStatus.LATE, thirteen.status());
      assertEquals(
          "finished late: 13 weeks 0 days, the window is 8 to 12 weeks (DOMAIN D11.10)",
          thirteen.explanation());

      assertEquals(WindowStatus.WITHIN, developed(8).cycle.developmentWindow(OPENED).status());
      assertEquals(WindowStatus.WITHIN, developed(12).cycle.developmentWindow(OPENED).status());
    }

    @Test
    @DisplayName("a plan still under way after 12 weeks is overdue; before it starts, not started")
    void underWay() {
      Walk walk = prepared();
      assertEquals(
          WindowStatus.NOT_STARTED, walk.cycle.developmentWindow(developmentDay(100)).status());
      walk.take(walk.cycle.startDevelopment(DEVELOPMENT));
      walk.take(
          walk.cycle.completeStep(DevelopmentStep.GATHER_INITIAL_INFORMATION, developmentDay(10)));
      assertEquals(
          WindowStatus.IN_PROGRESS, walk.cycle.developmentWindow(developmentDay(84)).status());
      DevelopmentWindow overdue = walk.cycle.developmentWindow(developmentDay(85));
      assertEquals(WindowStatus.OVERDUE, overdue.status());
      assertEquals(
          "overdue: 12 weeks 1 days, the window is 8 to 12 weeks (DOMAIN D11.10)",
          overdue.explanation());
    }

    @Test
    @DisplayName("a step dated before the last event is refused: the history runs forward")
    void forward() {
      Walk walk = prepared();
      walk.take(walk.cycle.startDevelopment(DEVELOPMENT));
      PlanningCycle developing = walk.cycle;
      RuleViolationException back =
          refused(
              RuleViolationException.class,
              () -> developing.completeStep(DevelopmentStep.GATHER_INITIAL_INFORMATION, day(2)));
      assertTrue(back.getMessage().contains("history runs forward"), back.getMessage());
    }
  }

  @Nested
  @DisplayName("DOMAIN D11.10 stage 3, review and adjust")
  class ReviewAndAdjust {

    @Test
    @DisplayName("a question answered no holds the cycle until the plan is adjusted")
    void noNeedsAdjustment() {
      PlanningCycle unadjusted = reviewed(false).cycle;
      ReviewReport report = unadjusted.review();
      assertFalse(report.passes());
      assertEquals(RuleId.D11_10, report.rule());
      assertEquals(
          List.of(ReviewQuestion.RETURN_JUSTIFIES_RESOURCES),
          report.open().stream().map(ReviewItem::question).toList());
      assertEquals(
          "does the return justify the resources? no, and not yet adjusted: the railways' team"
              + " costs more than it earns",
          report.explanation());
      RuleViolationException refusal =
          refused(
              RuleViolationException.class, () -> unadjusted.startImplementation(IMPLEMENTATION));
      assertTrue(
          refusal.getMessage().contains("does the return justify the resources?"),
          refusal.getMessage());

      PlanningCycle adjusted = reviewed(true).cycle;
      assertTrue(adjusted.review().passes());
      assertEquals("passes", adjusted.review().explanation());
      assertEquals(
          "no: the railways' team costs more than it earns; adjusted: the railways' team shrinks"
              + " from 5 to 3 people",
          adjusted.review().items().get(2).reason());
    }

    @Test
    @DisplayName("every question must be answered; a yes needs no adjustment and gets none")
    void everyQuestion() {
      Walk walk = developed(10);
      walk.take(
          walk.cycle.answer(
              ReviewQuestion.TARGET_FITS_REALITY,
              true,
              "matches the customer's 5G roll-out",
              developmentDay(71)));
      PlanningCycle partly = walk.cycle;
      ReviewReport report = partly.review();
      assertEquals(ReviewQuestion.values().length - 1, report.open().size());
      assertEquals("not yet answered", report.open().get(0).reason());
      refused(RuleViolationException.class, () -> partly.startImplementation(IMPLEMENTATION));
      RuleViolationException yes =
          refused(
              RuleViolationException.class,
              () ->
                  partly.adjust(
                      ReviewQuestion.TARGET_FITS_REALITY, "lower the target", developmentDay(72)));
      assertTrue(yes.getMessage().contains("answered yes"), yes.getMessage());
      refused(
          RuleViolationException.class,
          () -> partly.adjust(ReviewQuestion.PRIORITIES_NAMED, "name them", developmentDay(72)));
    }

    @Test
    @DisplayName("answering again replaces the answer and its adjustment")
    void answerAgain() {
      Walk walk = reviewed(true);
      walk.take(
          walk.cycle.answer(
              ReviewQuestion.RETURN_JUSTIFIES_RESOURCES,
              false,
              "still short after the cut",
              developmentDay(73)));
      assertFalse(walk.cycle.review().passes());
      walk.take(
          walk.cycle.answer(
              ReviewQuestion.RETURN_JUSTIFIES_RESOURCES,
              true,
              "the cut brings the return to 18 %",
              developmentDay(74)));
      assertTrue(walk.cycle.review().passes());
    }

    @Test
    @DisplayName("questions are answered only while reviewing")
    void onlyWhileReviewing() {
      PlanningCycle developing =
          prepared().take(prepared().cycle.startDevelopment(DEVELOPMENT)).cycle;
      refused(
          IllegalTransitionException.class,
          () ->
              developing.answer(
                  ReviewQuestion.TARGET_FITS_REALITY, true, "looks fine", developmentDay(1)));
    }
  }

  @Nested
  @DisplayName("DOMAIN D11.10 stage 4, implement and monitor: the review cadence")
  class ImplementAndMonitor {

    @Test
    @DisplayName(
        "two months in, the first quarterly and half-yearly reviews are open, none overdue")
    void firstQuarter() {
      PlanningCycle cycle = implemented().cycle;
      assertEquals(CycleStage.IMPLEMENT_AND_MONITOR, cycle.stage());
      List<ReviewDue> due = cycle.reviewsDue(LocalDate.of(2027, 3, 1));
      assertEquals(
          List.of(
              open(ReviewKind.ACCOUNT_REVIEW, Optional.of(NORTH_MOBILE), "2027-04-04"),
              open(ReviewKind.PROGRESS_REPORT, Optional.empty(), "2027-07-04"),
              open(ReviewKind.ACCOUNT_REVIEW, Optional.of(RAILWAYS), "2028-01-04"),
              open(ReviewKind.COLLECTIVE_REVIEW, Optional.empty(), "2028-01-04")),
          due);
      assertTrue(due.stream().noneMatch(ReviewDue::isOverdue));
    }

    @Test
    @DisplayName(
        "in August, the July quarterly review of North Mobile is overdue; the late progress report"
            + " counts")
    void august() {
      Walk walk = implemented();
      Instant april = Instant.parse("2027-04-02T10:00:00Z");
      Instant july = Instant.parse("2027-07-10T10:00:00Z");
      walk.take(walk.cycle.reviewAccount(NORTH_MOBILE, april));
      walk.take(walk.cycle.reportProgress(july));
      List<ReviewDue> due = walk.cycle.reviewsDue(LocalDate.of(2027, 8, 1));
      assertEquals(
          List.of(
              held(ReviewKind.ACCOUNT_REVIEW, Optional.of(NORTH_MOBILE), "2027-04-04", april),
              new ReviewDue(
                  ReviewKind.ACCOUNT_REVIEW,
                  Optional.of(NORTH_MOBILE),
                  LocalDate.parse("2027-07-04"),
                  ReviewStatus.OVERDUE,
                  Optional.empty()),
              held(ReviewKind.PROGRESS_REPORT, Optional.empty(), "2027-07-04", july),
              open(ReviewKind.ACCOUNT_REVIEW, Optional.of(NORTH_MOBILE), "2027-10-04"),
              open(ReviewKind.ACCOUNT_REVIEW, Optional.of(RAILWAYS), "2028-01-04"),
              open(ReviewKind.COLLECTIVE_REVIEW, Optional.empty(), "2028-01-04"),
              open(ReviewKind.PROGRESS_REPORT, Optional.empty(), "2028-01-04")),
          due);
      assertEquals(
          "account review of CU-NORTH-MOBILE due 2027-07-04: overdue", due.get(1).explanation());
      // on the due date itself a review is open, not yet overdue
      assertEquals(
          ReviewStatus.OPEN,
          walk.cycle.reviewsDue(LocalDate.of(2027, 7, 4)).stream()
              .filter(r -> r.dueOn().equals(LocalDate.of(2027, 7, 4)))
              .filter(r -> r.kind() == ReviewKind.ACCOUNT_REVIEW)
              .findFirst()
              .orElseThrow()
              .status());
    }

    @Test
    @DisplayName(
        "at the year's end the yearly reviews fall due, and a collective review covers the"
            + " unimportant accounts")
    void yearEnd() {
      Walk walk = implemented();
      walk.take(walk.cycle.holdCollectiveReview(Instant.parse("2027-12-20T09:00:00Z")));
      List<ReviewDue> due = walk.cycle.reviewsDue(LocalDate.of(2028, 1, 10));
      assertEquals(
          4,
          due.stream()
              .filter(r -> r.account().equals(Optional.of(NORTH_MOBILE)))
              .filter(ReviewDue::isOverdue)
              .count(),
          "four quarterly reviews, none held");
      assertEquals(
          ReviewStatus.HELD,
          due.stream()
              .filter(r -> r.kind() == ReviewKind.COLLECTIVE_REVIEW)
              .findFirst()
              .orElseThrow()
              .status());
      assertTrue(
          due.stream()
              .filter(r -> r.account().equals(Optional.of(RAILWAYS)))
              .findFirst()
              .orElseThrow()
              .isOverdue());
      assertTrue(
          due.stream().noneMatch(r -> r.account().equals(Optional.of(PORT))),
          "an unimportant account has no review of its own");
    }

    @Test
    @DisplayName("reviews fit the accounts: no solo review of an unimportant account or a stranger")
    void reviewsFitTheAccounts() {
      PlanningCycle cycle = implemented().cycle;
      Instant at = IMPLEMENTATION.plus(Duration.ofDays(30));
      RuleViolationException unimportant =
          refused(RuleViolationException.class, () -> cycle.reviewAccount(PORT, at));
      assertTrue(
          unimportant.getMessage().contains("reviewed in the yearly collective review"),
          unimportant.getMessage());
      refused(
          RuleViolationException.class,
          () -> cycle.reviewAccount(CustomerId.of("CU-STRANGER"), at));

      PlanningCycle onlySecondary =
          new Walk(
                  PlanningCycle.open(
                      ID,
                      PlanningPeriod.year(2027),
                      List.of(new PlannedAccount(RAILWAYS, AccountImportance.SECONDARY)),
                      OPENED))
              .cycle;
      assertEquals(List.of(), onlySecondary.reviewsDue(LocalDate.of(2027, 3, 1)));
      refused(IllegalTransitionException.class, () -> onlySecondary.reportProgress(at));
    }

    @Test
    @DisplayName("a cycle of secondary accounts only has no progress report or collective review")
    void secondaryOnly() {
      Walk walk =
          new Walk(
              PlanningCycle.open(
                  ID,
                  PlanningPeriod.year(2027),
                  List.of(new PlannedAccount(RAILWAYS, AccountImportance.SECONDARY)),
                  OPENED));
      for (PreparationItem item : PreparationItem.values()) {
        walk.take(walk.cycle.prepare(item, "recorded", day(1)));
      }
      walk.take(walk.cycle.startDevelopment(DEVELOPMENT));
      for (DevelopmentStep step : DevelopmentStep.values()) {
        walk.take(walk.cycle.completeStep(step, developmentDay(step.number() * 9)));
      }
      for (ReviewQuestion question : ReviewQuestion.values()) {
        walk.take(walk.cycle.answer(question, true, "fine", developmentDay(80)));
      }
      walk.take(walk.cycle.startImplementation(IMPLEMENTATION));
      PlanningCycle cycle = walk.cycle;
      assertEquals(
          List.of(open(ReviewKind.ACCOUNT_REVIEW, Optional.of(RAILWAYS), "2028-01-04")),
          cycle.reviewsDue(LocalDate.of(2027, 6, 1)));
      Instant at = IMPLEMENTATION.plus(Duration.ofDays(1));
      RuleViolationException progress =
          refused(RuleViolationException.class, () -> cycle.reportProgress(at));
      assertTrue(progress.getMessage().contains("has none"), progress.getMessage());
      refused(RuleViolationException.class, () -> cycle.holdCollectiveReview(at));
      assertEquals(PlanningCycle.replay(walk.events), cycle);
    }

    @Test
    @DisplayName(
        "a host whose company reviews its key accounts every 2 months, secondary ones every 6,"
            + " the rest every 9 and reports progress every 4 passes its own cadence")
    void hostCadence() {
      PlanningCycle cycle = implemented().cycle;
      ReviewCadence company =
          ReviewCadence.of(
              Period.ofMonths(2), Period.ofMonths(6), Period.ofMonths(9), Period.ofMonths(4));
      assertEquals(
          List.of(
              new ReviewDue(
                  ReviewKind.ACCOUNT_REVIEW,
                  Optional.of(NORTH_MOBILE),
                  LocalDate.parse("2027-03-04"),
                  ReviewStatus.OVERDUE,
                  Optional.empty()),
              open(ReviewKind.ACCOUNT_REVIEW, Optional.of(NORTH_MOBILE), "2027-05-04"),
              open(ReviewKind.PROGRESS_REPORT, Optional.empty(), "2027-05-04"),
              open(ReviewKind.ACCOUNT_REVIEW, Optional.of(RAILWAYS), "2027-07-04"),
              open(ReviewKind.COLLECTIVE_REVIEW, Optional.empty(), "2027-10-04")),
          cycle.reviewsDue(LocalDate.of(2027, 3, 10), company));
      assertEquals(
          cycle.reviewsDue(LocalDate.of(2027, 3, 10)),
          cycle.reviewsDue(LocalDate.of(2027, 3, 10), ReviewCadence.standard()));
    }

    @Test
    @DisplayName("a cadence falls due at positive intervals, and never reviews the rest one by one")
    void cadenceRefusals() {
      IllegalArgumentException zero =
          assertThrows(
              IllegalArgumentException.class,
              () ->
                  ReviewCadence.of(
                      Period.ZERO, Period.ofMonths(6), Period.ofYears(1), Period.ofMonths(6)));
      assertTrue(zero.getMessage().contains("most important account"), zero.getMessage());
      assertTrue(zero.getMessage().contains("D11.10"), zero.getMessage());
      IllegalArgumentException negative =
          assertThrows(
              IllegalArgumentException.class,
              () ->
                  ReviewCadence.of(
                      Period.ofMonths(3),
                      Period.ofMonths(6),
                      Period.ofYears(1),
                      Period.ofMonths(-6)));
      assertTrue(negative.getMessage().contains("progress report"), negative.getMessage());
      IllegalArgumentException unimportant =
          assertThrows(
              IllegalArgumentException.class,
              () -> ReviewCadence.standard().accountReview(AccountImportance.UNIMPORTANT));
      assertTrue(unimportant.getMessage().contains("together"), unimportant.getMessage());
      assertEquals(
          Period.ofMonths(3),
          ReviewCadence.standard().accountReview(AccountImportance.MOST_IMPORTANT));
      assertEquals(Period.ofMonths(6), ReviewCadence.standard().progressReport());
    }

    private ReviewDue open(ReviewKind kind, Optional<CustomerId> account, String due) {
      return new ReviewDue(
          kind, account, LocalDate.parse(due), ReviewStatus.OPEN, Optional.empty());
    }

    private ReviewDue held(
        ReviewKind kind, Optional<CustomerId> account, String due, Instant heldAt) {
      return new ReviewDue(
          kind, account, LocalDate.parse(due), ReviewStatus.HELD, Optional.of(heldAt));
    }
  }

  @Nested
  @DisplayName("DOMAIN D11.10 replay and snapshots")
  class History {

    @Test
    @DisplayName("the whole walk replays to the same cycle, and a snapshot continues with the rest")
    void replay() {
      Walk walk = implemented();
      walk.take(walk.cycle.reviewAccount(NORTH_MOBILE, Instant.parse("2027-04-02T10:00:00Z")));
      assertEquals(walk.cycle, PlanningCycle.replay(walk.events));
      assertEquals(walk.events.size(), walk.cycle.version());
      int cut = 12;
      PlanningCycle snapshot = PlanningCycle.replay(walk.events.subList(0, cut));
      PlanningCycle restored = PlanningCycle.restore().from(snapshot).build();
      assertEquals(
          walk.cycle, PlanningCycle.replay(restored, walk.events.subList(cut, walk.events.size())));
    }

    @Test
    @DisplayName("a history with a step out of order is refused")
    void tampered() {
      List<PlanningCycleEvent> events = new ArrayList<>(developed(10).events);
      // swap the first two steps' kinds, keeping versions and times
      DevelopmentStepCompleted first = (DevelopmentStepCompleted) events.get(7);
      DevelopmentStepCompleted second = (DevelopmentStepCompleted) events.get(8);
      events.set(
          7, new DevelopmentStepCompleted(ID, first.version(), second.step(), first.occurredAt()));
      events.set(
          8, new DevelopmentStepCompleted(ID, second.version(), first.step(), second.occurredAt()));
      RejectedHistoryException rejected =
          assertThrows(RejectedHistoryException.class, () -> PlanningCycle.replay(events));
      assertEquals(RuleId.D11_10, rejected.rule());
    }

    @Test
    @DisplayName("a snapshot that breaks an invariant is refused, naming the attribute")
    void brokenSnapshot() {
      PlanningCycle reviewing = developed(10).cycle;
      IllegalArgumentException implementing =
          assertThrows(
              IllegalArgumentException.class,
              () ->
                  PlanningCycle.restore()
                      .from(reviewing)
                      .stage(CycleStage.IMPLEMENT_AND_MONITOR)
                      .build());
      assertTrue(
          implementing.getMessage().contains("implementationStartedAt is absent"),
          implementing.getMessage());
      IllegalArgumentException skipped =
          assertThrows(
              IllegalArgumentException.class,
              () ->
                  PlanningCycle.restore()
                      .from(reviewing)
                      .completedSteps(reviewing.completedSteps().subList(1, 8))
                      .build());
      assertTrue(skipped.getMessage().contains("completedSteps"), skipped.getMessage());
      IllegalArgumentException version =
          assertThrows(
              IllegalArgumentException.class,
              () -> PlanningCycle.restore().from(reviewing).version(3).build());
      assertTrue(version.getMessage().contains("version is 3"), version.getMessage());
    }

    @Test
    @DisplayName(
        "DOMAIN D11.10: a snapshot with an item twice or a control character is refused without"
            + " quoting its text raw, as the builders' fuzzing found")
    void snapshotTextsNotQuotedRaw() {
      PlanningCycle prepared = prepared().cycle;
      IllegalArgumentException twice =
          assertThrows(
              IllegalArgumentException.class,
              () ->
                  PlanningCycle.restore()
                      .from(prepared)
                      .putPreparation(PreparationItem.EXPECTATIONS, "grow\n[DOMAIN D7.8] granted")
                      .build());
      assertEquals(
          "planning cycle: preparation or reviewAnswers holds an item or a question twice; each is"
              + " recorded once (DOMAIN D11.10)",
          twice.getMessage());
      IllegalArgumentException control =
          assertThrows(
              IllegalArgumentException.class,
              () ->
                  PlanningCycle.restore()
                      .from(opened().cycle)
                      .putPreparation(PreparationItem.EXPECTATIONS, "grow\u0000")
                      .build());
      assertTrue(
          control.getMessage().startsWith("preparation must not contain control characters"),
          control.getMessage());
      IllegalArgumentException command =
          assertThrows(
              IllegalArgumentException.class,
              () -> opened().cycle.prepare(PreparationItem.EXPECTATIONS, "grow\u0000", day(1)));
      assertTrue(
          command.getMessage().startsWith("content must not contain control characters"),
          command.getMessage());
    }
  }

  @Nested
  @DisplayName("DOMAIN D11.10 at the edges of the calendar")
  class CalendarEdges {

    @Test
    @DisplayName(
        "implementation cannot start, nor a review be held, at an instant with no date in the"
            + " library's calendar, from which the reviews due could not be counted")
    void instantsWithNoDate() {
      PlanningCycle reviewed = reviewed(true).cycle;
      RuleViolationException start =
          refused(RuleViolationException.class, () -> reviewed.startImplementation(Instant.MAX));
      assertTrue(
          start.getMessage().contains("has none within the library's calendar"),
          start.getMessage());
      PlanningCycle implemented = implemented().cycle;
      RuleViolationException report =
          refused(RuleViolationException.class, () -> implemented.reportProgress(Instant.MAX));
      assertTrue(
          report.getMessage().contains("is held on a date, and " + Instant.MAX),
          report.getMessage());
      IllegalArgumentException restored =
          assertThrows(
              IllegalArgumentException.class,
              () ->
                  PlanningCycle.restore()
                      .from(implemented)
                      .implementationStartedAt(Instant.MAX)
                      .lastEventAt(Instant.MAX)
                      .build());
      assertTrue(
          restored.getMessage().contains("implementationStartedAt " + Instant.MAX),
          restored.getMessage());
      IllegalArgumentException heldLate =
          assertThrows(
              IllegalArgumentException.class,
              () ->
                  PlanningCycle.restore()
                      .from(implemented)
                      .addHeldReviews(
                          new HeldReview(ReviewKind.PROGRESS_REPORT, Optional.empty(), Instant.MAX))
                      .version(implemented.version() + 1)
                      .lastEventAt(Instant.MAX)
                      .build());
      assertTrue(
          heldLate.getMessage().contains("heldReviews holds a review, the progress report on the"),
          heldLate.getMessage());
      assertTrue(
          heldLate.getMessage().contains("at " + Instant.MAX + ", with no date"),
          heldLate.getMessage());
    }

    @Test
    @DisplayName(
        "the reviews due are not asked about on a day outside the calendar, and a host's long"
            + " interval near its end lists no review beyond the last date")
    void reviewsDueAtTheEdges() {
      PlanningCycle implemented = implemented().cycle;
      IllegalArgumentException early =
          assertThrows(IllegalArgumentException.class, () -> implemented.reviewsDue(LocalDate.MIN));
      assertTrue(early.getMessage().startsWith("asOf is " + LocalDate.MIN), early.getMessage());
      assertTrue(early.getMessage().endsWith("(DOMAIN D11.10)"), early.getMessage());

      Instant late = LocalDate.of(999_999_990, 1, 4).atStartOfDay().toInstant(ZoneOffset.UTC);
      PlanningCycle lateCycle = reviewed(true).cycle.startImplementation(late).state();
      ReviewCadence everyFiveYears =
          ReviewCadence.of(
              Period.ofYears(5), Period.ofYears(5), Period.ofYears(5), Period.ofYears(5));
      List<ReviewDue> due = lateCycle.reviewsDue(BusinessDate.LATEST, everyFiveYears);
      assertFalse(due.isEmpty());
      assertTrue(
          due.stream().allMatch(r -> r.dueOn().equals(LocalDate.of(999_999_995, 1, 4))),
          due::toString);
    }
  }
}
