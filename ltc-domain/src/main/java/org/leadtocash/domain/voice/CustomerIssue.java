package org.leadtocash.domain.voice;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.leadtocash.domain.common.Aggregate;
import org.leadtocash.domain.common.CustomerId;
import org.leadtocash.domain.common.DomainStyle;
import org.leadtocash.domain.common.EmployeeId;
import org.leadtocash.domain.common.Guard;
import org.leadtocash.domain.common.OrganisationLevel;
import org.leadtocash.domain.common.Replay;
import org.leadtocash.domain.common.RuleId;
import org.leadtocash.domain.common.Transition;

/**
 * A customer's non-technical issue, from acceptance to the customer's evaluation (管理非技术问题, DOMAIN
 * D8.2).
 *
 * <p>Its story: the representative office {@link #accept accepts} it with its {@link
 * IssueDescription description}; someone {@link #startHandling starts handling} it; when the office
 * cannot resolve it, it is {@link #escalate escalated} up our organisation — to the region, the
 * area or headquarters, always upwards, and further up if needed; it is {@link #close closed} with
 * its resolution once handled; and the customer {@link #evaluate evaluates} the handling, after
 * which it accepts no further command. A critical issue is a major complaint from its acceptance
 * ({@link IssueSeverity}); any other open or closed issue may be {@link #markMajor marked major},
 * once, with the reason. Time runs forward: a command dated before the issue's last event is
 * refused.
 *
 * <p>Every command returns the next state and its events, and never changes this one; a refused
 * command throws a {@link org.leadtocash.domain.common.DomainException} naming rule {@code D8.2}.
 */
@Value.Immutable
@DomainStyle
public abstract class CustomerIssue implements Aggregate<IssueId, IssueEvent> {

  private static final Replay<CustomerIssue, IssueEvent> REPLAY =
      Replay.of(
          "CustomerIssue",
          RuleId.D8_2,
          IssueAccepted.class,
          CustomerIssue::reaccept,
          CustomerIssue::redo,
          issue -> issue.status().name());

  CustomerIssue() {}

  @Override
  public abstract IssueId id();

  @Override
  public abstract long version();

  /** {@return what the issue is, as accepted; never null} */
  public abstract IssueDescription description();

  /** {@return when it was accepted; never null} */
  public abstract Instant acceptedAt();

  /** {@return where it is in its lifecycle; never null} */
  public abstract IssueStatus status();

  /**
   * {@return the level of our organisation that handles it: the representative office until it is
   * escalated, then the level of the last escalation; never null}
   */
  public abstract OrganisationLevel level();

  /** {@return who handles it, once handling started; never null} */
  public abstract Optional<EmployeeId> handler();

  /** {@return its escalations, oldest first, each to a higher level; never null} */
  public abstract List<Escalation> escalations();

  /** {@return since when it is a major complaint, if it is one; never null} */
  public abstract Optional<Instant> majorSince();

  /** {@return why it is a major complaint, if it is one; never null} */
  public abstract Optional<String> majorReason();

  /** {@return how it was resolved, once closed; never null} */
  public abstract Optional<String> resolution();

  /** {@return when it was closed, once closed; never null} */
  public abstract Optional<Instant> closedAt();

  /** {@return the customer's evaluation of the handling, once evaluated; never null} */
  public abstract Optional<IssueEvaluation> evaluation();

  /** {@return when the customer evaluated it, once evaluated; never null} */
  public abstract Optional<Instant> evaluatedAt();

  /** {@return when the latest event happened; no command is dated before it; never null} */
  @Override
  public abstract Instant lastEventAt();

  // ---------------------------------------------------------------- questions

  /** {@return the customer; never null} */
  public CustomerId customer() {
    return description().customer();
  }

  /** {@return whether it is a major complaint (D8.2)} */
  public boolean isMajor() {
    return majorSince().isPresent();
  }

  /** {@return whether it is still open: accepted, being handled or escalated} */
  public boolean isOpen() {
    return status().isOpen();
  }

  /** {@return whether it has been escalated at least once} */
  public boolean isEscalated() {
    return !escalations().isEmpty();
  }

  /**
   * Returns whether it was open at a moment: accepted by then and not yet closed.
   *
   * @param asOf the moment; not null
   * @return whether it was open then
   */
  public boolean isOpenAsOf(Instant asOf) {
    Objects.requireNonNull(asOf, "asOf");
    return !acceptedAt().isAfter(asOf) && closedAt().map(asOf::isBefore).orElse(true);
  }

  /** {@return how long it took from acceptance to closure, once closed; never null} */
  public Optional<Duration> timeToClose() {
    return closedAt().map(c -> Duration.between(acceptedAt(), c));
  }

  /**
   * Returns how long it has been open at a moment: from acceptance to the moment, or to its closure
   * if it closed before; zero before its acceptance.
   *
   * @param asOf the moment; not null
   * @return the time open, never negative; never null
   */
  public Duration age(Instant asOf) {
    Objects.requireNonNull(asOf, "asOf");
    Instant end = closedAt().filter(asOf::isAfter).orElse(asOf);
    return end.isAfter(acceptedAt()) ? Duration.between(acceptedAt(), end) : Duration.ZERO;
  }

  // ---------------------------------------------------------------- commands

  /**
   * Accepts an issue (受理, D8.2). A {@link IssueSeverity#CRITICAL critical} issue is a major
   * complaint from now.
   *
   * @param id the new issue's id; not null
   * @param description what it is; not null
   * @param at when; not null
   * @return the accepted issue at the representative office, with its {@link IssueAccepted} event
   */
  public static Transition<CustomerIssue, IssueEvent> accept(
      IssueId id, IssueDescription description, Instant at) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(at, "at");
    IssueAccepted accepted = new IssueAccepted(id, 1, description, at);
    return Transition.of(initial(accepted), accepted);
  }

  /**
   * Starts handling the issue (处理, D8.2).
   *
   * @param handler who handles it; not null
   * @param at when; not null
   * @return the issue being handled
   * @throws org.leadtocash.domain.common.IllegalTransitionException unless the issue is accepted
   *     and not yet handled; a closed issue awaits only its evaluation (D8.2)
   * @throws org.leadtocash.domain.common.RuleViolationException if {@code at} is before the issue's
   *     last event (D8.2)
   */
  public Transition<CustomerIssue, IssueEvent> startHandling(EmployeeId handler, Instant at) {
    Objects.requireNonNull(handler, "handler");
    openGuard("startHandling", at)
        .allow(
            status() == IssueStatus.ACCEPTED,
            RuleId.D8_2,
            "handling starts once, on an accepted issue");
    return next(new HandlingStarted(id(), version() + 1, handler, at));
  }

  /**
   * Escalates the issue (升级, D8.2) to a higher level of our organisation, which handles it from
   * now; an escalated issue may be escalated further up.
   *
   * @param to the level to escalate to; not null
   * @param reason why; not null, not blank
   * @param at when; not null
   * @return the escalated issue
   * @throws IllegalArgumentException if the reason is blank
   * @throws org.leadtocash.domain.common.IllegalTransitionException unless the issue is being
   *     handled or already escalated; a closed issue awaits only its evaluation (D8.2)
   * @throws org.leadtocash.domain.common.RuleViolationException if {@code to} is not above the
   *     level that handles the issue, or {@code at} is before its last event (D8.2)
   */
  public Transition<CustomerIssue, IssueEvent> escalate(
      OrganisationLevel to, String reason, Instant at) {
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(reason, "reason");
    checkArgument(!reason.isBlank(), "an escalation states why (DOMAIN D8.2)");
    openGuard("escalate", at)
        .allow(
            status() == IssueStatus.HANDLING || status() == IssueStatus.ESCALATED,
            RuleId.D8_2,
            "an issue is escalated while it is being handled")
        .require(
            to.compareTo(level()) > 0,
            RuleId.D8_2,
            "an escalation goes up: the issue is handled at %s, and %s is not above it",
            level(),
            to);
    return next(new IssueEscalated(id(), version() + 1, new Escalation(level(), to, reason, at)));
  }

  /**
   * Flags the issue as a major complaint (D8.2), once.
   *
   * @param reason why it is major; not null, not blank
   * @param at when; not null
   * @return the issue flagged major
   * @throws IllegalArgumentException if the reason is blank
   * @throws org.leadtocash.domain.common.IllegalTransitionException if the issue is evaluated
   *     (D8.2)
   * @throws org.leadtocash.domain.common.RuleViolationException if it is already major, or {@code
   *     at} is before its last event (D8.2)
   */
  public Transition<CustomerIssue, IssueEvent> markMajor(String reason, Instant at) {
    Objects.requireNonNull(reason, "reason");
    checkArgument(!reason.isBlank(), "a major complaint states why it is major (DOMAIN D8.2)");
    guard("markMajor", at)
        .require(
            !isMajor(),
            RuleId.D8_2,
            "the issue is already a major complaint: %s",
            majorReason().orElse(""));
    return next(new IssueMarkedMajor(id(), version() + 1, reason, at));
  }

  /**
   * Closes the handled issue with its resolution (关闭, D8.2); the customer evaluates it next.
   *
   * @param resolution how it was resolved; not null, not blank
   * @param at when; not null
   * @return the closed issue
   * @throws IllegalArgumentException if the resolution is blank
   * @throws org.leadtocash.domain.common.IllegalTransitionException unless the issue is being
   *     handled or escalated; a closed issue is not closed again, it awaits only its evaluation
   *     (D8.2)
   * @throws org.leadtocash.domain.common.RuleViolationException if {@code at} is before its last
   *     change (D8.2)
   */
  public Transition<CustomerIssue, IssueEvent> close(String resolution, Instant at) {
    Objects.requireNonNull(resolution, "resolution");
    checkArgument(!resolution.isBlank(), "a closed issue states its resolution (DOMAIN D8.2)");
    openGuard("close", at)
        .allow(
            status() == IssueStatus.HANDLING || status() == IssueStatus.ESCALATED,
            RuleId.D8_2,
            "an issue is closed once it has been handled");
    return next(new IssueClosed(id(), version() + 1, resolution, at));
  }

  /**
   * Records the customer's evaluation of the handling (评价, D8.2); the issue is then done.
   *
   * @param evaluation the customer's evaluation; not null
   * @param at when; not null
   * @return the evaluated issue, which accepts no further command
   * @throws org.leadtocash.domain.common.IllegalTransitionException unless the issue is closed
   *     (D8.2)
   * @throws org.leadtocash.domain.common.RuleViolationException if {@code at} is before its last
   *     change (D8.2)
   */
  public Transition<CustomerIssue, IssueEvent> evaluate(IssueEvaluation evaluation, Instant at) {
    Objects.requireNonNull(evaluation, "evaluation");
    guard("evaluate", at)
        .allow(
            status() == IssueStatus.CLOSED,
            RuleId.D8_2,
            "the customer evaluates an issue once it is closed");
    return next(new IssueEvaluated(id(), version() + 1, evaluation, at));
  }

  /**
   * Rebuilds an issue from its whole history, oldest first, as strictly as its commands (DOMAIN
   * D8.2): each event's command is sent again to the state reached so far and must produce exactly
   * the stored event.
   *
   * @param history its events, starting with {@link IssueAccepted}; not null, not empty
   * @return the issue, equal to the one the commands produced; never null
   * @throws IllegalArgumentException if the history is empty
   * @throws org.leadtocash.domain.common.RejectedHistoryException if the history does not start
   *     with the acceptance at version 1, holds another issue's event, skips, repeats or reorders a
   *     version, goes back in time, or holds an event the issue does not accept or that differs
   *     from what its command produces: handling started twice, an escalation that does not go up,
   *     a closure before handling, anything after the evaluation (D8.2)
   */
  public static CustomerIssue replay(List<? extends IssueEvent> history) {
    return REPLAY.history(history);
  }

  /**
   * Rebuilds an issue from a snapshot of its state and the events stored after it, as strictly as
   * {@link #replay(List)} (DOMAIN D8.2).
   *
   * @param snapshot the issue as it was at some version; not null
   * @param eventsAfter the events after the snapshot, oldest first, starting at the snapshot's
   *     version plus one; not null, may be empty
   * @return the issue, equal to the one its whole history replays to; never null
   * @throws org.leadtocash.domain.common.RejectedHistoryException if the events do not continue the
   *     snapshot (another issue's, a gap, a duplicate, back in time) or hold an event the issue
   *     does not accept (D8.2)
   */
  public static CustomerIssue replay(
      CustomerIssue snapshot, List<? extends IssueEvent> eventsAfter) {
    return REPLAY.continueFrom(snapshot, eventsAfter);
  }

  /** Sends the issue the command an event records again (see {@link #replay(List)}). */
  private Transition<CustomerIssue, IssueEvent> redo(IssueEvent event) {
    if (event instanceof HandlingStarted started) {
      return startHandling(started.handler(), started.occurredAt());
    } else if (event instanceof IssueEscalated escalated) {
      Escalation escalation = escalated.escalation();
      return escalate(escalation.to(), escalation.reason(), escalation.at());
    } else if (event instanceof IssueMarkedMajor marked) {
      return markMajor(marked.reason(), marked.occurredAt());
    } else if (event instanceof IssueClosed closed) {
      return close(closed.resolution(), closed.occurredAt());
    } else if (event instanceof IssueEvaluated evaluated) {
      return evaluate(evaluated.evaluation(), evaluated.occurredAt());
    }
    throw Guard.of("CustomerIssue " + id(), status().name(), "accept")
        .violation(RuleId.D8_2, "the issue is already accepted");
  }

  private static Transition<CustomerIssue, IssueEvent> reaccept(IssueEvent event) {
    IssueAccepted accepted = (IssueAccepted) event;
    return accept(accepted.issue(), accepted.description(), accepted.occurredAt());
  }

  /**
   * {@return one readable line, e.g. {@code issue IS-7 (escalated, handled at the region, major) —
   * CU-1: Site engineers missed three appointments (accepted 2026-01-05T09:00:00Z, handler E-1, 1
   * escalation)}}
   */
  @Override
  public String toString() {
    return "issue "
        + id()
        + " ("
        + status().label()
        + ", handled at the "
        + level().label()
        + (isMajor() ? ", major" : "")
        + ") — "
        + customer()
        + ": "
        + description().summary()
        + " (accepted "
        + acceptedAt()
        + handler().map(h -> ", handler " + h).orElse("")
        + (isEscalated()
            ? ", "
                + escalations().size()
                + (escalations().size() == 1 ? " escalation" : " escalations")
            : "")
        + evaluation().map(e -> ", evaluated: " + e.satisfaction().label()).orElse("")
        + ")";
  }

  // ---------------------------------------------------------------- events

  private static CustomerIssue initial(IssueAccepted accepted) {
    boolean critical = accepted.description().severity() == IssueSeverity.CRITICAL;
    return ImmutableCustomerIssue.builder()
        .id(accepted.issue())
        .version(1)
        .description(accepted.description())
        .acceptedAt(accepted.occurredAt())
        .status(IssueStatus.ACCEPTED)
        .level(OrganisationLevel.REPRESENTATIVE_OFFICE)
        .majorSince(critical ? Optional.of(accepted.occurredAt()) : Optional.empty())
        .majorReason(critical ? Optional.of("critical at acceptance") : Optional.empty())
        .lastEventAt(accepted.occurredAt())
        .build();
  }

  private CustomerIssue apply(IssueEvent event) {
    ImmutableCustomerIssue.Builder next =
        ImmutableCustomerIssue.builder()
            .from(this)
            .version(version() + 1)
            .lastEventAt(event.occurredAt());
    if (event instanceof IssueAccepted) {
      throw new IllegalArgumentException("issue " + id() + " is already accepted");
    } else if (event instanceof HandlingStarted started) {
      next.status(IssueStatus.HANDLING).handler(started.handler());
    } else if (event instanceof IssueEscalated escalated) {
      next.status(IssueStatus.ESCALATED)
          .level(escalated.escalation().to())
          .addEscalation(escalated.escalation());
    } else if (event instanceof IssueMarkedMajor marked) {
      next.majorSince(marked.occurredAt()).majorReason(marked.reason());
    } else if (event instanceof IssueClosed closed) {
      next.status(IssueStatus.CLOSED).resolution(closed.resolution()).closedAt(closed.occurredAt());
    } else if (event instanceof IssueEvaluated evaluated) {
      next.status(IssueStatus.EVALUATED)
          .evaluation(evaluated.evaluation())
          .evaluatedAt(evaluated.occurredAt());
    } else {
      throw new AssertionError("unknown issue event " + event);
    }
    return next.build();
  }

  private Transition<CustomerIssue, IssueEvent> next(IssueEvent event) {
    return Transition.of(apply(event), event);
  }

  /**
   * {@return the guard of a command that works an open issue: a closed issue awaits only the
   * customer's evaluation, and refuses it naming that, not the step the command would follow}
   */
  private Guard openGuard(String command, Instant at) {
    return guard(command, at)
        .allow(
            status() != IssueStatus.CLOSED,
            RuleId.D8_2,
            "the issue is closed and awaits only the customer's evaluation");
  }

  /**
   * {@return the guard of a command: an evaluated issue accepts none, and none is dated before the
   * issue's last event (D8.2)}
   */
  private Guard guard(String command, Instant at) {
    Objects.requireNonNull(at, "at");
    return Guard.of("CustomerIssue " + id(), status().name(), command)
        .allow(
            status() != IssueStatus.EVALUATED,
            RuleId.D8_2,
            "an evaluated issue is done and accepts no further commands")
        .require(
            !at.isBefore(lastEventAt()),
            RuleId.D8_2,
            "an issue's history runs forward: %s is before its last event at %s",
            at,
            lastEventAt());
  }
}
