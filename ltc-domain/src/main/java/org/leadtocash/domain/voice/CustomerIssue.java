package org.leadtocash.domain.voice;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.leadtocash.domain.common.Aggregate;
import org.leadtocash.domain.common.AggregateStyle;
import org.leadtocash.domain.common.CustomerId;
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
 *
 * <p>A stored snapshot is input too, and is restored the way every aggregate restores one: the
 * state's style is {@link AggregateStyle}, so {@link #restore()} returns a public {@link Restore}
 * builder whose setters a host or a codec calls from any package, directly or by reflection; a
 * {@code @Value.Check} checks every invariant of the state — every fact the commands guarantee —
 * and refuses a broken snapshot with an {@link IllegalArgumentException} naming the attribute and
 * the DOMAIN rule. The check runs on every state the commands produce as well, so it never refuses
 * a state they reach. The restored snapshot is continued with {@link #replay(CustomerIssue, List)
 * replay(snapshot, eventsAfter)}.
 */
@Value.Immutable
@AggregateStyle
public abstract class CustomerIssue implements Aggregate<IssueId, IssueEvent> {

  private static final Replay<CustomerIssue, IssueEvent> REPLAY =
      Replay.of(
          "CustomerIssue",
          RuleId.D8_2,
          IssueAccepted.class,
          CustomerIssue::reaccept,
          CustomerIssue::redo,
          issue -> issue.status().name());

  /** The reason a critical issue is a major complaint from its acceptance (D8.2). */
  private static final String CRITICAL_AT_ACCEPTANCE = "critical at acceptance";

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
    guard("escalate", at);
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
    guard("markMajor", at);
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
    guard("close", at);
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

  // ---------------------------------------------------------------- restore

  /**
   * Returns a builder that restores an issue from the attributes of a stored snapshot: for a host
   * or a codec that stored an issue's state (say, as JSON in a database) and reads it back.
   * Normally an issue comes from its commands, or from {@link #replay(List)}; a restored snapshot
   * is continued with {@link #replay(CustomerIssue, List) replay(snapshot, eventsAfter)}.
   *
   * <p>A snapshot is input, checked as strictly as a command: {@link Restore#build() build()}
   * checks every invariant of an issue's state — what its commands guarantee — and throws an {@link
   * IllegalArgumentException} naming the attribute and the DOMAIN rule a tampered or broken
   * snapshot breaks (see {@link Restore}).
   *
   * <pre>{@code
   * CustomerIssue snapshot = CustomerIssue.restore().from(stored).build(); // or attribute by attribute
   * CustomerIssue issue = CustomerIssue.replay(snapshot, eventsAfter);
   * }</pre>
   *
   * @return a new builder, never null
   */
  public static Restore restore() {
    return new Restore();
  }

  /**
   * Restores a {@link CustomerIssue} from the attributes of a stored snapshot (see {@link
   * #restore()}). Every attribute is set through its public setter; id, version, description,
   * acceptedAt, status, level and lastEventAt are required, the escalations and optional facts
   * default to empty.
   *
   * <p>{@link #build()} checks every invariant of the state (all DOMAIN D8.2): the status and the
   * optional facts agree — handler from {@link IssueStatus#HANDLING} on, escalations exactly when
   * {@link IssueStatus#ESCALATED} or closed after one, resolution and closedAt from {@link
   * IssueStatus#CLOSED} on, evaluation and evaluatedAt at {@link IssueStatus#EVALUATED}, majorSince
   * and majorReason together, from acceptance for a critical issue; the escalations go up one after
   * the other from the representative office to the level that handles the issue; time never goes
   * back — escalations oldest first after acceptance, then closure, then evaluation, a major flag
   * between acceptance and the evaluation, and lastEventAt not before any of them; and the version
   * counts the facts it records. It throws an {@link IllegalArgumentException} naming the attribute
   * and the rule of the first broken one; no message quotes the description, a reason, the
   * resolution or the customer's comment.
   */
  public static final class Restore extends ImmutableCustomerIssue.Builder {
    Restore() {}
  }

  /**
   * Checks every invariant of the state, as strictly as the commands (see {@link Restore}): every
   * state the commands reach passes it, and a restored snapshot that breaks one is refused with an
   * {@link IllegalArgumentException} naming the attribute and the rule. What a part checks itself
   * (an {@link Escalation} goes up and states why) is not repeated.
   */
  @Value.Check
  void check() {
    checkFacts();
    checkEscalations();
    checkMajor();
    checkTime();
    checkVersion();
  }

  /** The status and the facts it implies (D8.2). */
  private void checkFacts() {
    checkFact("handler", handler().isPresent(), IssueStatus.HANDLING);
    checkFact("resolution", resolution().isPresent(), IssueStatus.CLOSED);
    checkFact("closedAt", closedAt().isPresent(), IssueStatus.CLOSED);
    checkFact("evaluation", evaluation().isPresent(), IssueStatus.EVALUATED);
    checkFact("evaluatedAt", evaluatedAt().isPresent(), IssueStatus.EVALUATED);
    resolution()
        .ifPresent(
            r ->
                checkArgument(
                    !r.isBlank(),
                    "issue %s: resolution is blank; a closed issue states its resolution"
                        + " (DOMAIN D8.2)",
                    id()));
    boolean escalated = !escalations().isEmpty();
    checkArgument(
        status() == IssueStatus.ESCALATED
            ? escalated
            : !escalated || status().compareTo(IssueStatus.ESCALATED) > 0,
        "issue %s: escalations are %s with status %s; an issue is escalated exactly while it is"
            + " ESCALATED, and keeps its escalations once closed (DOMAIN D8.2)",
        id(),
        escalated ? "recorded" : "absent",
        status());
  }

  /** Checks that an optional fact is present exactly from the status that records it on (D8.2). */
  private void checkFact(String attribute, boolean present, IssueStatus from) {
    checkArgument(
        present == (status().compareTo(from) >= 0),
        "issue %s: %s is %s with status %s; it is present exactly from %s on (DOMAIN D8.2)",
        id(),
        attribute,
        present ? "present" : "absent",
        status(),
        from);
  }

  /**
   * The escalations go up one after the other, from the representative office to the level that
   * handles the issue (D8.2).
   */
  private void checkEscalations() {
    OrganisationLevel handledAt = OrganisationLevel.REPRESENTATIVE_OFFICE;
    for (int i = 0; i < escalations().size(); i++) {
      Escalation escalation = escalations().get(i);
      checkArgument(
          escalation.from() == handledAt,
          "issue %s: escalations: escalation %s starts from %s, not %s, the level that handled the"
              + " issue then (DOMAIN D8.2)",
          id(),
          i + 1,
          escalation.from(),
          handledAt);
      handledAt = escalation.to();
    }
    checkArgument(
        level() == handledAt,
        "issue %s: level is %s, not %s, where its escalations leave it (DOMAIN D8.2)",
        id(),
        level(),
        handledAt);
  }

  /**
   * A major complaint has its reason, from acceptance for a critical issue, otherwise flagged
   * between acceptance and the evaluation (D8.2).
   */
  private void checkMajor() {
    checkArgument(
        majorSince().isPresent() == majorReason().isPresent(),
        "issue %s: majorSince is %s but majorReason is %s; a major complaint has both (DOMAIN"
            + " D8.2)",
        id(),
        majorSince().isPresent() ? "present" : "absent",
        majorReason().isPresent() ? "present" : "absent");
    majorReason()
        .ifPresent(
            r ->
                checkArgument(
                    !r.isBlank(),
                    "issue %s: majorReason is blank; a major complaint states why (DOMAIN D8.2)",
                    id()));
    if (isCritical()) {
      checkArgument(
          majorSince().equals(Optional.of(acceptedAt()))
              && majorReason().equals(Optional.of(CRITICAL_AT_ACCEPTANCE)),
          "issue %s: majorSince is %s, not acceptedAt %s with its reason; a critical issue is a"
              + " major complaint from its acceptance (DOMAIN D8.2)",
          id(),
          majorSince().map(Instant::toString).orElse("absent"),
          acceptedAt());
    }
    majorSince()
        .ifPresent(
            since -> {
              Instant until = evaluatedAt().orElse(lastEventAt());
              checkArgument(
                  !since.isBefore(acceptedAt()) && !since.isAfter(until),
                  "issue %s: majorSince %s is not between acceptedAt %s and %s: an issue is"
                      + " flagged major after its acceptance and before its evaluation"
                      + " (DOMAIN D8.2)",
                  id(),
                  since,
                  acceptedAt(),
                  until);
            });
  }

  /**
   * Time never goes back: escalations oldest first after acceptance, then the closure, then the
   * evaluation, the latest event not before any of them (D8.2).
   */
  private void checkTime() {
    Instant previous = acceptedAt();
    String previousName = "acceptedAt";
    for (int i = 0; i < escalations().size(); i++) {
      Instant at = escalations().get(i).at();
      checkArgument(
          !at.isBefore(previous),
          "issue %s: escalations: escalation %s at %s is before %s %s: time only moves forward"
              + " (DOMAIN D8.2)",
          id(),
          i + 1,
          at,
          previousName,
          previous);
      previous = at;
      previousName = "escalation " + (i + 1);
    }
    if (closedAt().isPresent()) {
      checkOrder("closedAt", closedAt().get(), previousName, previous);
      previous = closedAt().get();
      previousName = "closedAt";
    }
    if (evaluatedAt().isPresent()) {
      checkOrder("evaluatedAt", evaluatedAt().get(), previousName, previous);
      previous = evaluatedAt().get();
      previousName = "evaluatedAt";
    }
    checkOrder("lastEventAt", lastEventAt(), previousName, previous);
    if (evaluatedAt().isPresent()) {
      checkArgument(
          lastEventAt().equals(evaluatedAt().get()),
          "issue %s: lastEventAt %s is not evaluatedAt %s, though the evaluation is an issue's last"
              + " event (DOMAIN D8.2)",
          id(),
          lastEventAt(),
          evaluatedAt().get());
    }
  }

  private void checkOrder(String attribute, Instant at, String previousName, Instant previous) {
    checkArgument(
        !at.isBefore(previous),
        "issue %s: %s %s is before %s %s: time only moves forward (DOMAIN D8.2)",
        id(),
        attribute,
        at,
        previousName,
        previous);
  }

  /**
   * The version counts the events the state records, one per fact: the acceptance, the start of the
   * handling, each escalation, the major flag unless the issue was critical at acceptance, the
   * closure and the evaluation; at version 1 the acceptance is the latest event (D8.2).
   */
  private void checkVersion() {
    boolean marked = majorSince().isPresent() && !isCritical();
    long events =
        1L
            + (handler().isPresent() ? 1 : 0)
            + escalations().size()
            + (marked ? 1 : 0)
            + (closedAt().isPresent() ? 1 : 0)
            + (evaluatedAt().isPresent() ? 1 : 0);
    checkArgument(
        version() == events,
        "issue %s: version is %s, not %s, the number of events its state records: the acceptance,"
            + " %s handling, %s escalations, %s major flag, %s closure and %s evaluation"
            + " (DOMAIN D8.2)",
        id(),
        version(),
        events,
        handler().isPresent() ? 1 : 0,
        escalations().size(),
        marked ? 1 : 0,
        closedAt().isPresent() ? 1 : 0,
        evaluatedAt().isPresent() ? 1 : 0);
    checkArgument(
        version() > 1 || lastEventAt().equals(acceptedAt()),
        "issue %s: lastEventAt %s is not acceptedAt %s, though at version 1 the acceptance is its"
            + " only event (DOMAIN D8.2)",
        id(),
        lastEventAt(),
        acceptedAt());
  }

  private boolean isCritical() {
    return description().severity() == IssueSeverity.CRITICAL;
  }

  // ---------------------------------------------------------------- events

  private static CustomerIssue initial(IssueAccepted accepted) {
    boolean critical = accepted.description().severity() == IssueSeverity.CRITICAL;
    return restore()
        .id(accepted.issue())
        .version(1)
        .description(accepted.description())
        .acceptedAt(accepted.occurredAt())
        .status(IssueStatus.ACCEPTED)
        .level(OrganisationLevel.REPRESENTATIVE_OFFICE)
        .majorSince(critical ? Optional.of(accepted.occurredAt()) : Optional.empty())
        .majorReason(critical ? Optional.of(CRITICAL_AT_ACCEPTANCE) : Optional.empty())
        .lastEventAt(accepted.occurredAt())
        .build();
  }

  private CustomerIssue apply(IssueEvent event) {
    Restore next = restore().from(this).version(version() + 1).lastEventAt(event.occurredAt());
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
  @CanIgnoreReturnValue
  private Guard guard(String command, Instant at) {
    Objects.requireNonNull(at, "at");
    return Guard.of("CustomerIssue " + id(), status().name(), command)
        .require(
            !at.isBefore(lastEventAt()),
            RuleId.D8_2,
            "an issue's history runs forward: %s is before its last event at %s",
            at,
            lastEventAt())
        .allow(
            status() != IssueStatus.EVALUATED,
            RuleId.D8_2,
            "an evaluated issue is done and accepts no further commands");
  }
}
