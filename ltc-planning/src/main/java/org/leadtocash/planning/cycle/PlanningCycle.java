package org.leadtocash.planning.cycle;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
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
import org.leadtocash.domain.common.FreeText;
import org.leadtocash.domain.common.Guard;
import org.leadtocash.domain.common.Replay;
import org.leadtocash.domain.common.RuleId;
import org.leadtocash.domain.common.Transition;

/**
 * The rolling planning cycle (客户规划的滚动式修改流程) of a set of key accounts for one period (DOMAIN
 * D11.10): an event-sourced state machine through the cycle's four {@link CycleStage stages}.
 *
 * <p>Its story: the planning office {@link #open opens} the cycle for the next period and the
 * accounts to plan, each with its {@link AccountImportance importance}. In the first stage, <b>plan
 * and prepare</b>, management {@link #prepare records} its expectations, the timetable, the
 * responsibilities, the templates and the guidelines; once all five are recorded the account teams
 * {@link #startDevelopment start developing} the plans. In the second stage, <b>develop the
 * plan</b>, they {@link #completeStep complete} the eight {@link DevelopmentStep steps} strictly in
 * order; the eighth ends the stage. The stage should take 8 to 12 weeks: the {@link
 * #developmentWindow(Instant) window report} flags a plan finished early or late (the window is
 * reported, not enforced; see {@link DevelopmentWindow}). In the third stage, <b>review and
 * adjust</b>, senior managers {@link #answer answer} the {@link ReviewQuestion review questions},
 * and the teams {@link #adjust adjust} the plan for each question answered no; the {@link #review()
 * review report} shows where it stands, and the cycle {@link #startImplementation moves on} only
 * when it passes. In the fourth stage, <b>implement and monitor</b>, the reviews are held at their
 * cadence — each most important account every quarter, each secondary account every year, the
 * unimportant accounts together in one yearly collective review, and a progress report on the most
 * important accounts every 6 months, or the host's own {@link ReviewCadence} — and {@link
 * #reviewsDue(LocalDate)} lists each review due with its date and whether it was held or is
 * overdue.
 *
 * <p>Every command takes the instant it happens, which is never before the cycle's last event,
 * returns the next state and its events, and never changes this one; a refused command throws a
 * {@link org.leadtocash.domain.common.DomainException} naming {@link RuleId#D11_10}: an {@link
 * org.leadtocash.domain.common.IllegalTransitionException} for a command of another stage or a step
 * out of order, a {@link org.leadtocash.domain.common.RuleViolationException} for one whose inputs
 * break the rule. Dates of the cadence are taken in UTC.
 *
 * <p>A stored snapshot is restored the way every aggregate restores one: {@link #restore()} returns
 * a public {@link Restore} builder, whose {@code build()} checks every invariant of the state, and
 * the snapshot is continued with {@link #replay(PlanningCycle, List) replay(snapshot,
 * eventsAfter)}.
 */
@Value.Immutable
@AggregateStyle
public abstract class PlanningCycle implements Aggregate<PlanningCycleId, PlanningCycleEvent> {

  private static final Replay<PlanningCycle, PlanningCycleEvent> REPLAY =
      Replay.of(
          "PlanningCycle",
          RuleId.D11_10,
          PlanningCycleOpened.class,
          PlanningCycle::reopen,
          PlanningCycle::redo,
          PlanningCycle::stateName);

  PlanningCycle() {}

  @Override
  public abstract PlanningCycleId id();

  @Override
  public abstract long version();

  /** {@return the period the cycle plans for; never null} */
  public abstract PlanningPeriod period();

  /** {@return the accounts it plans for, each with its importance, as opened; never null} */
  public abstract List<PlannedAccount> accounts();

  /** {@return the stage the cycle is in (DOMAIN D11.10); never null} */
  public abstract CycleStage stage();

  /** {@return when the cycle was opened; never null} */
  public abstract Instant openedAt();

  /** {@return when the latest event happened; no command is dated before it; never null} */
  @Override
  public abstract Instant lastEventAt();

  /**
   * {@return what management recorded in the first stage, by item, in the items' order (DOMAIN
   * D11.10); never null}
   */
  public abstract Map<PreparationItem, String> preparation();

  /** {@return when the second stage, develop the plan, began; empty before; never null} */
  public abstract Optional<Instant> developmentStartedAt();

  /** {@return the steps of developing the plan completed so far, in order; never null} */
  public abstract List<CompletedStep> completedSteps();

  /**
   * {@return the answers of the review so far, by question, in the questions' order; never null}
   */
  public abstract Map<ReviewQuestion, ReviewAnswer> reviewAnswers();

  /** {@return when the fourth stage, implement and monitor, began; empty before; never null} */
  public abstract Optional<Instant> implementationStartedAt();

  /** {@return the reviews held in the fourth stage, oldest first; never null} */
  public abstract List<HeldReview> heldReviews();

  // ---------------------------------------------------------------- questions

  /**
   * {@return the first-stage items not yet recorded, in order; empty once all five are (DOMAIN
   * D11.10); never null}
   */
  public List<PreparationItem> missingPreparation() {
    return List.of(PreparationItem.values()).stream()
        .filter(i -> !preparation().containsKey(i))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * {@return the step to complete next while the plan is developed, empty once the eighth is
   * completed (DOMAIN D11.10); never null}
   */
  public Optional<DevelopmentStep> nextStep() {
    int done = completedSteps().size();
    DevelopmentStep[] steps = DevelopmentStep.values();
    return done < steps.length ? Optional.of(steps[done]) : Optional.empty();
  }

  /**
   * Checks the second stage against its 8–12-week window (DOMAIN D11.10).
   *
   * @param asOf the instant asked about, for a development still under way; not null
   * @return the window report, never null
   */
  public DevelopmentWindow developmentWindow(Instant asOf) {
    Objects.requireNonNull(asOf, "asOf");
    return DevelopmentWindow.of(developmentStartedAt(), developmentFinishedAt(), asOf);
  }

  /** {@return when the eighth step was completed, ending the second stage; empty before} */
  private Optional<Instant> developmentFinishedAt() {
    return completedSteps().size() == DevelopmentStep.values().length
        ? Optional.of(completedSteps().get(completedSteps().size() - 1).completedAt())
        : Optional.empty();
  }

  /**
   * {@return the review report: every review question with its answer, and whether the plan passes
   * (DOMAIN D11.10); never null}
   */
  public ReviewReport review() {
    ImmutableList.Builder<ReviewItem> items = ImmutableList.builder();
    for (ReviewQuestion question : ReviewQuestion.values()) {
      items.add(ReviewItem.of(question, Optional.ofNullable(reviewAnswers().get(question))));
    }
    return new ReviewReport(items.build());
  }

  /**
   * Lists the reviews the source's cadence calls for ({@link ReviewCadence#standard()}, DOMAIN
   * D11.10): for each most important account an account review every 3 months, for each secondary
   * account one every year, one collective review of the unimportant accounts every year, and a
   * progress report on the most important accounts every 6 months; see {@link
   * #reviewsDue(LocalDate, ReviewCadence)}.
   *
   * @param asOf the date asked about; not null
   * @return the reviews due, empty before implementation begins; never null
   * @throws IllegalArgumentException if {@code asOf} is outside the library's calendar ({@link
   *     BusinessDate#EARLIEST} to {@link BusinessDate#LATEST}; DOMAIN D11.10)
   */
  public List<ReviewDue> reviewsDue(LocalDate asOf) {
    return reviewsDue(asOf, ReviewCadence.standard());
  }

  /**
   * Lists the reviews a cadence of the fourth stage calls for (DOMAIN D11.10), counted from the
   * date (UTC) implementation began: for each most important and each secondary account an account
   * review at its tier's interval, one collective review of the unimportant accounts (if the cycle
   * has any), and a progress report on the most important accounts (if it has any).
   *
   * <p>For each of these it lists every review due on or before {@code asOf}, and the next one
   * after it. The reviews of one kind (and account) held on or before {@code asOf} count for them
   * in order: the first held counts for the first due, the second for the second, and so on, so a
   * late review still counts, and a review held ahead counts for the next one due. A review not
   * held is {@link ReviewStatus#OVERDUE overdue} once its date has passed, {@link ReviewStatus#OPEN
   * open} until then. The list is ordered by due date, then kind, then account.
   *
   * @param asOf the date asked about; not null
   * @param cadence how often each review falls due, e.g. {@link ReviewCadence#standard()}; not null
   * @return the reviews due, empty before implementation begins; never null; a review a host's long
   *     interval would put beyond the last date a {@link LocalDate} can hold is not listed
   * @throws IllegalArgumentException if {@code asOf} is outside the library's calendar ({@link
   *     BusinessDate#EARLIEST} to {@link BusinessDate#LATEST}; DOMAIN D11.10)
   */
  public List<ReviewDue> reviewsDue(LocalDate asOf, ReviewCadence cadence) {
    BusinessDate.checkWithinCalendar(asOf, "asOf", "D11.10");
    Objects.requireNonNull(cadence, "cadence");
    if (implementationStartedAt().isEmpty()) {
      return List.of();
    }
    LocalDate start = LocalDate.ofInstant(implementationStartedAt().get(), ZoneOffset.UTC);
    List<ReviewDue> due = new ArrayList<>();
    for (PlannedAccount account : accounts()) {
      if (account.importance() != AccountImportance.UNIMPORTANT) {
        due.addAll(
            schedule(
                ReviewKind.ACCOUNT_REVIEW,
                Optional.of(account.customer()),
                cadence.accountReview(account.importance()),
                start,
                asOf));
      }
    }
    if (has(AccountImportance.UNIMPORTANT)) {
      due.addAll(
          schedule(
              ReviewKind.COLLECTIVE_REVIEW,
              Optional.empty(),
              cadence.collectiveReview(),
              start,
              asOf));
    }
    if (has(AccountImportance.MOST_IMPORTANT)) {
      due.addAll(
          schedule(
              ReviewKind.PROGRESS_REPORT, Optional.empty(), cadence.progressReport(), start, asOf));
    }
    due.sort(
        Comparator.comparing(ReviewDue::dueOn)
            .thenComparing(ReviewDue::kind)
            .thenComparing(r -> r.account().map(CustomerId::value).orElse("")));
    return ImmutableList.copyOf(due);
  }

  private List<ReviewDue> schedule(
      ReviewKind kind,
      Optional<CustomerId> account,
      Period interval,
      LocalDate start,
      LocalDate asOf) {
    List<Instant> held =
        heldReviews().stream()
            .filter(r -> r.kind() == kind && r.account().equals(account))
            .map(HeldReview::heldAt)
            .filter(at -> !LocalDate.ofInstant(at, ZoneOffset.UTC).isAfter(asOf))
            .toList();
    List<ReviewDue> due = new ArrayList<>();
    for (int k = 1; ; k++) {
      Optional<LocalDate> next = BusinessDate.plus(start, interval.multipliedBy(k));
      if (next.isEmpty()) {
        return due;
      }
      LocalDate dueOn = next.get();
      int index = k - 1;
      ReviewStatus status =
          index < held.size()
              ? ReviewStatus.HELD
              : dueOn.isBefore(asOf) ? ReviewStatus.OVERDUE : ReviewStatus.OPEN;
      Optional<Instant> heldAt =
          index < held.size() ? Optional.of(held.get(index)) : Optional.empty();
      due.add(new ReviewDue(kind, account, dueOn, status, heldAt));
      if (dueOn.isAfter(asOf)) {
        return due;
      }
    }
  }

  private boolean has(AccountImportance importance) {
    return accounts().stream().anyMatch(a -> a.importance() == importance);
  }

  private Optional<PlannedAccount> account(CustomerId customer) {
    return accounts().stream().filter(a -> a.customer().equals(customer)).findFirst();
  }

  // ---------------------------------------------------------------- commands

  /**
   * Opens a planning cycle for a period and its accounts, in its first stage, plan and prepare
   * (DOMAIN D11.10).
   *
   * @param id the new cycle's id; not null
   * @param period the period it plans for; not null
   * @param accounts the accounts, each with its importance; not null, not empty, each customer once
   * @param at when; not null
   * @return the new cycle with its {@link PlanningCycleOpened} event
   * @throws IllegalArgumentException if there is no account, or a customer appears twice
   */
  public static Transition<PlanningCycle, PlanningCycleEvent> open(
      PlanningCycleId id, PlanningPeriod period, List<PlannedAccount> accounts, Instant at) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(at, "at");
    PlanningCycleOpened opened = new PlanningCycleOpened(id, 1, period, accounts, at);
    return Transition.of(initial(opened), opened);
  }

  /**
   * Records, or revises, one item of the first stage: management's expectations, the timetable, the
   * responsibilities, the templates or the guidelines (DOMAIN D11.10).
   *
   * @param item the item; not null
   * @param content what is recorded; not null, not blank
   * @param at when; not null, not before {@link #lastEventAt()}
   * @return the cycle with the item recorded
   * @throws IllegalArgumentException if the content is blank, longer than {@value
   *     FreeText#MAX_NOTE_LENGTH} characters or holds a control character other than a line break
   *     or a tab
   * @throws org.leadtocash.domain.common.IllegalTransitionException if the cycle is past its first
   *     stage (D11.10)
   * @throws org.leadtocash.domain.common.RuleViolationException if {@code at} is before the last
   *     event (D11.10)
   */
  public Transition<PlanningCycle, PlanningCycleEvent> prepare(
      PreparationItem item, String content, Instant at) {
    Objects.requireNonNull(item, "item");
    Objects.requireNonNull(content, "content");
    guard("prepare", at);
    FreeText.note(content, "content");
    checkArgument(
        !content.isBlank(), "%s is recorded with its content (DOMAIN D11.10)", item.label());
    guard("prepare", at)
        .allow(
            stage() == CycleStage.PLAN_AND_PREPARE,
            RuleId.D11_10,
            "%s is recorded while planning and preparing, and the cycle is at %s",
            item.label(),
            stage().label());
    return next(new PreparationRecorded(id(), version() + 1, item, content, at));
  }

  /**
   * Begins the second stage, develop the plan, once the first stage's five items are all recorded
   * (DOMAIN D11.10). The 8–12-week window runs from here.
   *
   * @param at when; not null, not before {@link #lastEventAt()}
   * @return the cycle developing its plans
   * @throws org.leadtocash.domain.common.IllegalTransitionException if the cycle is past its first
   *     stage (D11.10)
   * @throws org.leadtocash.domain.common.RuleViolationException if an item is missing, or {@code
   *     at} is before the last event (D11.10)
   */
  public Transition<PlanningCycle, PlanningCycleEvent> startDevelopment(Instant at) {
    guard("startDevelopment", at)
        .allow(
            stage() == CycleStage.PLAN_AND_PREPARE,
            RuleId.D11_10,
            "the plans are developed after planning and preparing, and the cycle is at %s",
            stage().label())
        .require(
            missingPreparation().isEmpty(),
            RuleId.D11_10,
            "the plans are developed once management has recorded all it prepares; missing: %s",
            String.join(", ", missingPreparation().stream().map(PreparationItem::label).toList()));
    return next(new DevelopmentStarted(id(), version() + 1, at));
  }

  /**
   * Completes the next step of developing the plan; the steps are completed strictly in order, and
   * the eighth ends the stage and opens the review (DOMAIN D11.10). Completing the eighth step
   * early or late is not refused; {@link #developmentWindow(Instant)} reports it.
   *
   * @param step the step; not null, the {@link #nextStep() next} one
   * @param at when; not null, not before {@link #lastEventAt()}
   * @return the cycle with the step completed
   * @throws org.leadtocash.domain.common.IllegalTransitionException if the cycle is not developing
   *     its plans, or the step is not the next one (D11.10)
   * @throws org.leadtocash.domain.common.RuleViolationException if {@code at} is before the last
   *     event (D11.10)
   */
  public Transition<PlanningCycle, PlanningCycleEvent> completeStep(
      DevelopmentStep step, Instant at) {
    Objects.requireNonNull(step, "step");
    Guard guard =
        guard("completeStep", at)
            .allow(
                stage() == CycleStage.DEVELOP_THE_PLAN,
                RuleId.D11_10,
                "step %s (%s) is completed while developing the plan, and the cycle is at %s",
                step.number(),
                step.label(),
                stage().label());
    DevelopmentStep expected = nextStep().orElseThrow();
    guard.allow(
        step == expected,
        RuleId.D11_10,
        "the steps of developing the plan are completed in order: step %s (%s) is next, not step"
            + " %s (%s)",
        expected.number(),
        expected.label(),
        step.number(),
        step.label());
    return next(new DevelopmentStepCompleted(id(), version() + 1, step, at));
  }

  /**
   * Answers, or answers again, a review question (DOMAIN D11.10). Answering again replaces the
   * answer, and with it any adjustment made for the previous one.
   *
   * @param question the question; not null
   * @param yes whether the answer is yes: the plan is sound on this question
   * @param evidence what the answer rests on; not null, not blank
   * @param at when; not null, not before {@link #lastEventAt()}
   * @return the cycle with the answer
   * @throws IllegalArgumentException if the evidence is blank
   * @throws org.leadtocash.domain.common.IllegalTransitionException if the cycle is not in its
   *     review (D11.10)
   * @throws org.leadtocash.domain.common.RuleViolationException if {@code at} is before the last
   *     event (D11.10)
   */
  public Transition<PlanningCycle, PlanningCycleEvent> answer(
      ReviewQuestion question, boolean yes, String evidence, Instant at) {
    Objects.requireNonNull(question, "question");
    Objects.requireNonNull(evidence, "evidence");
    guard("answer", at);
    checkArgument(
        !evidence.isBlank(),
        "a review answer gives the evidence it rests on (DOMAIN D11.10): %s",
        question.label());
    guard("answer", at)
        .allow(
            stage() == CycleStage.REVIEW_AND_ADJUST,
            RuleId.D11_10,
            "review questions are answered while reviewing and adjusting, and the cycle is at %s",
            stage().label());
    return next(new ReviewQuestionAnswered(id(), version() + 1, question, yes, evidence, at));
  }

  /**
   * Adjusts the plan for a review question answered no (DOMAIN D11.10): the question then passes.
   * Adjusting again replaces the adjustment.
   *
   * @param question the question; not null, answered no
   * @param adjustment what was changed in the plan; not null, not blank
   * @param at when; not null, not before {@link #lastEventAt()}
   * @return the cycle with the plan adjusted
   * @throws IllegalArgumentException if the adjustment is blank
   * @throws org.leadtocash.domain.common.IllegalTransitionException if the cycle is not in its
   *     review (D11.10)
   * @throws org.leadtocash.domain.common.RuleViolationException if the question is not answered no,
   *     or {@code at} is before the last event (D11.10)
   */
  public Transition<PlanningCycle, PlanningCycleEvent> adjust(
      ReviewQuestion question, String adjustment, Instant at) {
    Objects.requireNonNull(question, "question");
    Objects.requireNonNull(adjustment, "adjustment");
    guard("adjust", at);
    checkArgument(
        !adjustment.isBlank(),
        "an adjustment of the plan says what was changed (DOMAIN D11.10): %s",
        question.label());
    Optional<ReviewAnswer> answer = Optional.ofNullable(reviewAnswers().get(question));
    guard("adjust", at)
        .allow(
            stage() == CycleStage.REVIEW_AND_ADJUST,
            RuleId.D11_10,
            "the plan is adjusted while reviewing and adjusting, and the cycle is at %s",
            stage().label())
        .require(
            answer.map(a -> !a.yes()).orElse(false),
            RuleId.D11_10,
            "the plan is adjusted for a review question answered no, and '%s' is %s",
            question.label(),
            answer.map(a -> "answered yes").orElse("not answered"));
    return next(new PlanAdjusted(id(), version() + 1, question, adjustment, at));
  }

  /**
   * Begins the fourth stage, implement and monitor, once the review passes: every question answered
   * yes, or answered no and the plan adjusted (DOMAIN D11.10). The review cadence runs from here.
   *
   * @param at when; not null, not before {@link #lastEventAt()}
   * @return the cycle implementing its plans
   * @throws org.leadtocash.domain.common.IllegalTransitionException if the cycle is not in its
   *     review (D11.10)
   * @throws org.leadtocash.domain.common.RuleViolationException if a question does not pass, or
   *     {@code at} is before the last event or has no date within the library's calendar (D11.10)
   */
  public Transition<PlanningCycle, PlanningCycleEvent> startImplementation(Instant at) {
    ReviewReport review = review();
    guard("startImplementation", at)
        .allow(
            stage() == CycleStage.REVIEW_AND_ADJUST,
            RuleId.D11_10,
            "the plans are implemented after their review, and the cycle is at %s",
            stage().label())
        .require(
            BusinessDate.isWithinCalendar(at),
            RuleId.D11_10,
            "implementation starts on a date the reviews are counted from, and %s has none within"
                + " the library's calendar, %s to %s",
            at,
            BusinessDate.EARLIEST,
            BusinessDate.LATEST)
        .require(
            review.passes(),
            RuleId.D11_10,
            "the plans are implemented once every review question is answered yes, or no with an"
                + " adjustment; open: %s",
            review.explanation());
    return next(new ImplementationStarted(id(), version() + 1, at));
  }

  /**
   * Records the review of one account's plan: a most important account's quarterly review, or a
   * secondary account's yearly one (DOMAIN D11.10).
   *
   * @param account the account; not null, a most important or secondary account of the cycle
   * @param at when it was held; not null, not before {@link #lastEventAt()}
   * @return the cycle with the review recorded
   * @throws org.leadtocash.domain.common.IllegalTransitionException if the plans are not being
   *     implemented (D11.10)
   * @throws org.leadtocash.domain.common.RuleViolationException if the account is not the cycle's,
   *     or is unimportant (reviewed collectively), or {@code at} is before the last event or has no
   *     date within the library's calendar (D11.10)
   */
  public Transition<PlanningCycle, PlanningCycleEvent> reviewAccount(
      CustomerId account, Instant at) {
    Objects.requireNonNull(account, "account");
    return held(ReviewKind.ACCOUNT_REVIEW, Optional.of(account), at);
  }

  /**
   * Records the yearly collective review of the unimportant accounts (DOMAIN D11.10).
   *
   * @param at when it was held; not null, not before {@link #lastEventAt()}
   * @return the cycle with the review recorded
   * @throws org.leadtocash.domain.common.IllegalTransitionException if the plans are not being
   *     implemented (D11.10)
   * @throws org.leadtocash.domain.common.RuleViolationException if the cycle has no unimportant
   *     account, or {@code at} is before the last event or has no date within the library's
   *     calendar (D11.10)
   */
  public Transition<PlanningCycle, PlanningCycleEvent> holdCollectiveReview(Instant at) {
    return held(ReviewKind.COLLECTIVE_REVIEW, Optional.empty(), at);
  }

  /**
   * Records the 6-monthly progress report on the most important accounts (DOMAIN D11.10).
   *
   * @param at when it was issued; not null, not before {@link #lastEventAt()}
   * @return the cycle with the report recorded
   * @throws org.leadtocash.domain.common.IllegalTransitionException if the plans are not being
   *     implemented (D11.10)
   * @throws org.leadtocash.domain.common.RuleViolationException if the cycle has no most important
   *     account, or {@code at} is before the last event or has no date within the library's
   *     calendar (D11.10)
   */
  public Transition<PlanningCycle, PlanningCycleEvent> reportProgress(Instant at) {
    return held(ReviewKind.PROGRESS_REPORT, Optional.empty(), at);
  }

  private Transition<PlanningCycle, PlanningCycleEvent> held(
      ReviewKind kind, Optional<CustomerId> account, Instant at) {
    Guard guard =
        guard(command(kind), at)
            .allow(
                stage() == CycleStage.IMPLEMENT_AND_MONITOR,
                RuleId.D11_10,
                "the %s is held while implementing and monitoring, and the cycle is at %s",
                kind.label(),
                stage().label())
            .require(
                BusinessDate.isWithinCalendar(at),
                RuleId.D11_10,
                "the %s is held on a date, and %s has none within the library's calendar, %s to %s",
                kind.label(),
                at,
                BusinessDate.EARLIEST,
                BusinessDate.LATEST);
    switch (kind) {
      case ACCOUNT_REVIEW -> {
        CustomerId customer = account.orElseThrow();
        Optional<PlannedAccount> planned = account(customer);
        guard.require(
            planned.isPresent(), RuleId.D11_10, "%s is not an account of the cycle", customer);
        guard.require(
            planned.get().importance() != AccountImportance.UNIMPORTANT,
            RuleId.D11_10,
            "%s is unimportant, and reviewed in the yearly collective review, not on its own",
            customer);
      }
      case COLLECTIVE_REVIEW ->
          guard.require(
              has(AccountImportance.UNIMPORTANT),
              RuleId.D11_10,
              "the collective review covers the unimportant accounts, and the cycle has none");
      case PROGRESS_REPORT ->
          guard.require(
              has(AccountImportance.MOST_IMPORTANT),
              RuleId.D11_10,
              "the progress report covers the most important accounts, and the cycle has none");
    }
    return next(new ReviewHeld(id(), version() + 1, kind, account, at));
  }

  private static String command(ReviewKind kind) {
    return switch (kind) {
      case ACCOUNT_REVIEW -> "reviewAccount";
      case COLLECTIVE_REVIEW -> "holdCollectiveReview";
      case PROGRESS_REPORT -> "reportProgress";
    };
  }

  // ---------------------------------------------------------------- replay

  /**
   * Rebuilds a cycle from its whole history, oldest first, as strictly as its commands (DOMAIN
   * D11.10): each event's command is sent again to the state reached so far and must produce
   * exactly the stored event.
   *
   * @param history the cycle's events, starting with its {@link PlanningCycleOpened}; not null, not
   *     empty
   * @return the cycle, equal to the one the commands produced; never null
   * @throws IllegalArgumentException if the history is empty
   * @throws org.leadtocash.domain.common.RejectedHistoryException if the history does not start
   *     with the opening at version 1, holds another cycle's event, skips, repeats or reorders a
   *     version, goes back in time, or holds an event the cycle does not accept: a step out of
   *     order, a stage entered too soon, an adjustment of a question not answered no (D11.10)
   */
  public static PlanningCycle replay(List<? extends PlanningCycleEvent> history) {
    return REPLAY.history(history);
  }

  /**
   * Rebuilds a cycle from a snapshot of its state and the events stored after it, as strictly as
   * {@link #replay(List)} (DOMAIN D11.10).
   *
   * @param snapshot the cycle as it was at some version; not null
   * @param eventsAfter the events after the snapshot, oldest first, starting at the snapshot's
   *     version plus one; not null, may be empty
   * @return the cycle, equal to the one its whole history replays to; never null
   * @throws org.leadtocash.domain.common.RejectedHistoryException if the events do not continue the
   *     snapshot or hold an event the cycle does not accept (D11.10)
   */
  public static PlanningCycle replay(
      PlanningCycle snapshot, List<? extends PlanningCycleEvent> eventsAfter) {
    return REPLAY.continueFrom(snapshot, eventsAfter);
  }

  /** Sends the cycle the command an event records again (see {@link #replay(List)}). */
  private Transition<PlanningCycle, PlanningCycleEvent> redo(PlanningCycleEvent event) {
    if (event instanceof PreparationRecorded e) {
      return prepare(e.item(), e.content(), e.occurredAt());
    } else if (event instanceof DevelopmentStarted e) {
      return startDevelopment(e.occurredAt());
    } else if (event instanceof DevelopmentStepCompleted e) {
      return completeStep(e.step(), e.occurredAt());
    } else if (event instanceof ReviewQuestionAnswered e) {
      return answer(e.question(), e.yes(), e.evidence(), e.occurredAt());
    } else if (event instanceof PlanAdjusted e) {
      return adjust(e.question(), e.adjustment(), e.occurredAt());
    } else if (event instanceof ImplementationStarted e) {
      return startImplementation(e.occurredAt());
    } else if (event instanceof ReviewHeld e) {
      return held(e.kind(), e.account(), e.occurredAt());
    }
    throw Guard.of("PlanningCycle " + id(), stateName(), "open")
        .violation(RuleId.D11_10, "the cycle is already open");
  }

  private static Transition<PlanningCycle, PlanningCycleEvent> reopen(PlanningCycleEvent event) {
    PlanningCycleOpened opened = (PlanningCycleOpened) event;
    return open(opened.cycle(), opened.period(), opened.accounts(), opened.occurredAt());
  }

  private String stateName() {
    return stage().name();
  }

  // ---------------------------------------------------------------- events

  private static PlanningCycle initial(PlanningCycleOpened opened) {
    return restore()
        .id(opened.cycle())
        .version(1)
        .period(opened.period())
        .accounts(opened.accounts())
        .stage(CycleStage.PLAN_AND_PREPARE)
        .openedAt(opened.occurredAt())
        .lastEventAt(opened.occurredAt())
        .build();
  }

  private Transition<PlanningCycle, PlanningCycleEvent> next(PlanningCycleEvent event) {
    Restore next = restore().from(this);
    next.version(event.version()).lastEventAt(event.occurredAt());
    if (event instanceof PreparationRecorded e) {
      EnumMap<PreparationItem, String> preparation = new EnumMap<>(PreparationItem.class);
      preparation.putAll(preparation());
      preparation.put(e.item(), e.content());
      next.preparation(preparation);
    } else if (event instanceof DevelopmentStarted e) {
      next.stage(CycleStage.DEVELOP_THE_PLAN).developmentStartedAt(e.occurredAt());
    } else if (event instanceof DevelopmentStepCompleted e) {
      next.addCompletedStep(new CompletedStep(e.step(), e.occurredAt()));
      if (e.step().next().isEmpty()) {
        next.stage(CycleStage.REVIEW_AND_ADJUST);
      }
    } else if (event instanceof ReviewQuestionAnswered e) {
      next.reviewAnswers(
          with(e.question(), new ReviewAnswer(e.yes(), e.evidence(), Optional.empty())));
    } else if (event instanceof PlanAdjusted e) {
      ReviewAnswer answered = Objects.requireNonNull(reviewAnswers().get(e.question()));
      next.reviewAnswers(
          with(
              e.question(),
              new ReviewAnswer(false, answered.evidence(), Optional.of(e.adjustment()))));
    } else if (event instanceof ImplementationStarted e) {
      next.stage(CycleStage.IMPLEMENT_AND_MONITOR).implementationStartedAt(e.occurredAt());
    } else if (event instanceof ReviewHeld e) {
      next.addHeldReview(new HeldReview(e.kind(), e.account(), e.occurredAt()));
    } else {
      throw new AssertionError("not a command's event: " + event);
    }
    return Transition.of(next.build(), event);
  }

  private Map<ReviewQuestion, ReviewAnswer> with(ReviewQuestion question, ReviewAnswer answer) {
    EnumMap<ReviewQuestion, ReviewAnswer> answers = new EnumMap<>(ReviewQuestion.class);
    answers.putAll(reviewAnswers());
    answers.put(question, answer);
    return answers;
  }

  /**
   * {@return the guard of a command, which refuses a command dated before the cycle's last event
   * (D11.10: the cycle's history runs forward)}
   */
  @CanIgnoreReturnValue
  private Guard guard(String command, Instant at) {
    Objects.requireNonNull(at, "at");
    return Guard.of("PlanningCycle " + id(), stateName(), command)
        .require(
            !at.isBefore(lastEventAt()),
            RuleId.D11_10,
            "a planning cycle's history runs forward: %s is before its last event at %s",
            at,
            lastEventAt());
  }

  // ---------------------------------------------------------------- restore

  /**
   * Returns a builder that restores a planning cycle from the attributes of a stored snapshot, for
   * a host or a codec that stored a cycle's state and reads it back. Normally a cycle comes from
   * its commands, or from {@link #replay(List)}; a restored snapshot is continued with {@link
   * #replay(PlanningCycle, List) replay(snapshot, eventsAfter)}.
   *
   * <p>A snapshot is input, checked as strictly as a command: {@link Restore#build() build()}
   * checks every invariant of a cycle's state and throws an {@link IllegalArgumentException} naming
   * the attribute and DOMAIN D11.10 when a tampered or broken snapshot breaks one (see {@link
   * Restore}).
   *
   * <pre>{@code
   * PlanningCycle snapshot = PlanningCycle.restore().from(stored).build();
   * PlanningCycle cycle = PlanningCycle.replay(snapshot, eventsAfter);
   * }</pre>
   *
   * @return a new builder, never null
   */
  public static Restore restore() {
    return new Restore();
  }

  /**
   * Restores a {@link PlanningCycle} from the attributes of a stored snapshot (see {@link
   * #restore()}). Every attribute is set through its public setter; id, version, period, stage,
   * openedAt and lastEventAt are required, the collections and optional facts default to empty.
   *
   * <p>{@link #build()} checks every invariant of the state (DOMAIN D11.10): the accounts are
   * there, each customer once; the facts of each stage are there exactly from that stage on — all
   * five first-stage items before the plans are developed, the start of development from the second
   * stage, all eight steps from the third, the start of implementation and a passing review in the
   * fourth, and held reviews only then, each of a kind the accounts call for; the steps are
   * completed in order; no answer of the review before the third stage; time never goes back —
   * openedAt, the start of development, the steps, the start of implementation and the held reviews
   * run forward and end no later than lastEventAt; and the version counts at least the facts
   * recorded. It throws an {@link IllegalArgumentException} naming the attribute of the first
   * broken one.
   */
  public static final class Restore extends ImmutablePlanningCycle.Builder {
    Restore() {}

    /**
     * Restores the cycle, checking every invariant (see {@link Restore}).
     *
     * @return the cycle, never null
     * @throws IllegalStateException if id, version, period, stage, openedAt or lastEventAt is not
     *     set
     * @throws IllegalArgumentException if an invariant is broken, or preparation or reviewAnswers
     *     holds a key twice; the message names the attribute and quotes no text raw (DOMAIN D11.10,
     *     D11.3)
     */
    @Override
    public PlanningCycle build() {
      try {
        return super.build();
      } catch (IllegalArgumentException e) {
        if (String.valueOf(e.getMessage()).startsWith("Multiple entries with same key")) {
          // Guava's refusal quotes both texts as they stand: say what is wrong without them
          throw new IllegalArgumentException(
              "planning cycle: preparation or reviewAnswers holds an item or a question twice;"
                  + " each is recorded once (DOMAIN D11.10)");
        }
        throw e;
      }
    }
  }

  /**
   * Checks every invariant of the state, as strictly as the commands (see {@link Restore}): every
   * state the commands reach passes it, and a restored snapshot that breaks one is refused with an
   * {@link IllegalArgumentException} naming the attribute and the rule.
   */
  @Value.Check
  void check() {
    checkArgument(
        !accounts().isEmpty(),
        "planning cycle %s: accounts is empty; a cycle plans for at least one account (DOMAIN"
            + " D11.10)",
        id());
    Set<CustomerId> customers = new HashSet<>();
    for (PlannedAccount account : accounts()) {
      checkArgument(
          customers.add(account.customer()),
          "planning cycle %s: accounts holds %s twice; each account is planned once (DOMAIN"
              + " D11.10)",
          id(),
          account.customer());
    }
    preparation()
        .forEach(
            (item, text) ->
                checkArgument(
                    !FreeText.note(text, "preparation").isBlank(),
                    "planning cycle %s: preparation: %s is blank (DOMAIN D11.10)",
                    id(),
                    item.label()));
    int stage = stage().ordinal();
    int develop = CycleStage.DEVELOP_THE_PLAN.ordinal();
    int review = CycleStage.REVIEW_AND_ADJUST.ordinal();
    int implement = CycleStage.IMPLEMENT_AND_MONITOR.ordinal();
    checkArgument(
        stage < develop || missingPreparation().isEmpty(),
        "planning cycle %s: preparation lacks %s, though the cycle is at %s; the plans are"
            + " developed once all five items are recorded (DOMAIN D11.10)",
        id(),
        missingPreparation(),
        stage().label());
    checkArgument(
        developmentStartedAt().isPresent() == stage >= develop,
        "planning cycle %s: developmentStartedAt is %s, though the cycle is at %s (DOMAIN D11.10)",
        id(),
        developmentStartedAt().isPresent() ? "present" : "absent",
        stage().label());
    List<CompletedStep> steps = completedSteps();
    DevelopmentStep[] order = DevelopmentStep.values();
    checkArgument(
        steps.size() <= order.length,
        "planning cycle %s: completedSteps holds %s steps, more than the %s there are (DOMAIN"
            + " D11.10)",
        id(),
        steps.size(),
        order.length);
    for (int i = 0; i < steps.size(); i++) {
      checkArgument(
          steps.get(i).step() == order[i],
          "planning cycle %s: completedSteps: entry %s is %s, not %s; the steps are completed in"
              + " order (DOMAIN D11.10)",
          id(),
          i + 1,
          steps.get(i).step(),
          order[i]);
    }
    checkArgument(
        stage >= develop || steps.isEmpty(),
        "planning cycle %s: completedSteps is not empty, though the cycle is at %s (DOMAIN"
            + " D11.10)",
        id(),
        stage().label());
    checkArgument(
        stage < develop || (steps.size() == order.length) == (stage >= review),
        "planning cycle %s: completedSteps holds %s of %s steps, though the cycle is at %s; the"
            + " eighth step ends developing the plan (DOMAIN D11.10)",
        id(),
        steps.size(),
        order.length,
        stage().label());
    checkArgument(
        stage >= review || reviewAnswers().isEmpty(),
        "planning cycle %s: reviewAnswers is not empty, though the cycle is at %s (DOMAIN D11.10)",
        id(),
        stage().label());
    checkArgument(
        implementationStartedAt().isPresent() == (stage == implement),
        "planning cycle %s: implementationStartedAt is %s, though the cycle is at %s (DOMAIN"
            + " D11.10)",
        id(),
        implementationStartedAt().isPresent() ? "present" : "absent",
        stage().label());
    checkArgument(
        stage < implement || review().passes(),
        "planning cycle %s: reviewAnswers do not pass the review, though the plans are"
            + " implemented; open: %s (DOMAIN D11.10)",
        id(),
        review().explanation());
    checkArgument(
        stage == implement || heldReviews().isEmpty(),
        "planning cycle %s: heldReviews is not empty, though the cycle is at %s (DOMAIN D11.10)",
        id(),
        stage().label());
    for (HeldReview held : heldReviews()) {
      boolean fits =
          switch (held.kind()) {
            case ACCOUNT_REVIEW ->
                held.account()
                    .flatMap(this::account)
                    .map(a -> a.importance() != AccountImportance.UNIMPORTANT)
                    .orElse(false);
            case COLLECTIVE_REVIEW -> has(AccountImportance.UNIMPORTANT);
            case PROGRESS_REPORT -> has(AccountImportance.MOST_IMPORTANT);
          };
      checkArgument(
          fits,
          "planning cycle %s: heldReviews holds a review the accounts do not call for, the %s%s"
              + " (DOMAIN D11.10)",
          id(),
          held.kind().label(),
          held.account().map(a -> " of " + a).orElse(""));
    }
    implementationStartedAt()
        .ifPresent(
            at ->
                checkArgument(
                    BusinessDate.isWithinCalendar(at),
                    "planning cycle %s: implementationStartedAt %s has no date within the library's"
                        + " calendar, %s to %s, to count the reviews from (DOMAIN D11.10)",
                    id(),
                    at,
                    BusinessDate.EARLIEST,
                    BusinessDate.LATEST));
    for (HeldReview held : heldReviews()) {
      checkArgument(
          BusinessDate.isWithinCalendar(held.heldAt()),
          "planning cycle %s: heldReviews holds a review, the %s, at %s, with no date within the"
              + " library's calendar, %s to %s (DOMAIN D11.10)",
          id(),
          held.kind().label(),
          held.heldAt(),
          BusinessDate.EARLIEST,
          BusinessDate.LATEST);
    }
    List<Instant> times = new ArrayList<>();
    times.add(openedAt());
    developmentStartedAt().ifPresent(times::add);
    steps.forEach(s -> times.add(s.completedAt()));
    implementationStartedAt().ifPresent(times::add);
    heldReviews().forEach(r -> times.add(r.heldAt()));
    times.add(lastEventAt());
    for (int i = 1; i < times.size(); i++) {
      checkArgument(
          !times.get(i).isBefore(times.get(i - 1)),
          "planning cycle %s: %s comes before %s, though the cycle's history runs forward: opened,"
              + " development started, steps completed, implementation started, reviews held,"
              + " last event (DOMAIN D11.10)",
          id(),
          times.get(i),
          times.get(i - 1));
    }
    long adjustments =
        reviewAnswers().values().stream().filter(a -> a.adjustment().isPresent()).count();
    long recorded =
        1L
            + preparation().size()
            + (developmentStartedAt().isPresent() ? 1 : 0)
            + steps.size()
            + reviewAnswers().size()
            + adjustments
            + (implementationStartedAt().isPresent() ? 1 : 0)
            + heldReviews().size();
    checkArgument(
        version() >= recorded,
        "planning cycle %s: version is %s, less than %s, the events its state records (DOMAIN"
            + " D11.10)",
        id(),
        version(),
        recorded);
    checkArgument(
        version() > 1 || lastEventAt().equals(openedAt()),
        "planning cycle %s: lastEventAt %s is not openedAt %s, though at version 1 the opening is"
            + " its only event (DOMAIN D11.10)",
        id(),
        lastEventAt(),
        openedAt());
  }
}
