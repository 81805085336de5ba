package org.leadtocash.domain.relationship;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.leadtocash.domain.common.Aggregate;
import org.leadtocash.domain.common.AggregateStyle;
import org.leadtocash.domain.common.BusinessDate;
import org.leadtocash.domain.common.CustomerId;
import org.leadtocash.domain.common.EmployeeId;
import org.leadtocash.domain.common.Guard;
import org.leadtocash.domain.common.PersonId;
import org.leadtocash.domain.common.Replay;
import org.leadtocash.domain.common.RuleId;
import org.leadtocash.domain.common.Transition;

/**
 * A key relationship (关键客户关系): ours with one person of a customer's decision chain, held by one of
 * our people (DOMAIN D7.1, D7.4, D7.5).
 *
 * <p>Its story: the account team {@link #open opens} it for a person it must win and names the
 * employee who holds it; the holder, often with their manager, {@link #assess assesses} it now and
 * then on the six dimensions of D7.5, and a {@link KeyRelationshipPolicy} turns the scores into one
 * of the six {@link KeyRelationshipLevel levels} of D7.4, each with its playbook. Every change of
 * level is kept with its time, so that the {@link #levelHistory() history} of a person's level can
 * be read back and the level at any past instant {@link #levelAsOf asked}. When the holder rotates
 * (D4.7), the relationship is {@link #transfer transferred}: it belongs to the company, and one
 * that belongs to one employee is flagged as a risk (D7.5).
 *
 * <p>Every command takes the instant it happens, which is never before the relationship's last
 * event, returns the next state and its events, and never changes this one; a refused command
 * throws a {@link org.leadtocash.domain.common.DomainException} naming the rule.
 *
 * <p>A stored snapshot is input too, and is restored the way every aggregate restores one: the
 * state's style is {@link AggregateStyle}, so {@link #restore()} returns a public {@link Restore}
 * builder whose setters a host or a codec calls from any package, directly or by reflection; a
 * {@code @Value.Check} checks every invariant of the state — every fact the commands guarantee —
 * and refuses a broken snapshot with an {@link IllegalArgumentException} naming the attribute and
 * the DOMAIN rule. The check runs on every state the commands produce as well, so it never refuses
 * a state they reach. The restored snapshot is continued with {@link #replay(KeyRelationship, List)
 * replay(snapshot, eventsAfter)}.
 */
@Value.Immutable
@AggregateStyle
public abstract class KeyRelationship
    implements Aggregate<KeyRelationshipId, KeyRelationshipEvent> {

  private static final Replay<KeyRelationship, KeyRelationshipEvent> REPLAY =
      Replay.of(
          "KeyRelationship",
          RuleId.D7_4,
          KeyRelationshipOpened.class,
          KeyRelationship::reopen,
          KeyRelationship::redo,
          KeyRelationship::stateName);

  KeyRelationship() {}

  @Override
  public abstract KeyRelationshipId id();

  @Override
  public abstract long version();

  /** {@return the customer the person works for; never null} */
  public abstract CustomerId customer();

  /** {@return the customer's person the relationship is with; never null} */
  public abstract PersonId person();

  /** {@return which of our people holds the relationship now; never null} */
  public abstract EmployeeId owner();

  /** {@return when the relationship was opened; never null} */
  public abstract Instant openedAt();

  /** {@return when the latest event happened; no command is dated before it; never null} */
  @Override
  public abstract Instant lastEventAt();

  /** {@return the current level, once assessed (D7.4); never null} */
  public abstract Optional<KeyRelationshipLevel> level();

  /**
   * Returns every level the relationship has had, oldest first, with the instant it was reached
   * (D7.4). Consecutive entries have different levels; the last is the {@link #level() current}
   * one.
   *
   * @return the history, empty until the first assessment; never null
   */
  public abstract List<LevelSince> levelHistory();

  /** {@return the latest assessment, once assessed (D7.5); never null} */
  public abstract Optional<KeyRelationshipAssessment> assessment();

  /**
   * {@return whether the latest assessment found the relationship tied to one employee rather than
   * to the company: a risk (D7.5); false until assessed}
   */
  public abstract boolean isTiedToOneEmployee();

  /**
   * Returns the level the relationship had at an instant: the last level reached at or before it
   * (D7.4).
   *
   * @param asOf the instant; not null
   * @return the level then, or empty if it had not been assessed by then; never null
   */
  public Optional<KeyRelationshipLevel> levelAsOf(Instant asOf) {
    Objects.requireNonNull(asOf, "asOf");
    Optional<KeyRelationshipLevel> level = Optional.empty();
    for (LevelSince entry : levelHistory()) {
      if (entry.since().isAfter(asOf)) {
        break;
      }
      level = Optional.of(entry.level());
    }
    return level;
  }

  /** {@return what to do with the person at the current level (D7.4), once assessed; never null} */
  public Optional<String> playbook() {
    return level().map(KeyRelationshipLevel::playbook);
  }

  // ---------------------------------------------------------------- commands

  /**
   * Opens a key relationship with a person of a customer, held by one of our people (D7.1). It has
   * no level until its first assessment.
   *
   * @param id the new relationship's id; not null
   * @param customer the customer the person works for; not null
   * @param person the person; not null
   * @param owner who holds the relationship; not null
   * @param at when; not null
   * @return the new relationship with its {@link KeyRelationshipOpened} event
   */
  public static Transition<KeyRelationship, KeyRelationshipEvent> open(
      KeyRelationshipId id, CustomerId customer, PersonId person, EmployeeId owner, Instant at) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(at, "at");
    KeyRelationshipOpened opened = new KeyRelationshipOpened(id, 1, customer, person, owner, at);
    return Transition.of(initial(opened), opened);
  }

  /**
   * Assesses the relationship with the {@link KeyRelationshipPolicy#standard() standard policy}.
   *
   * @param assessment the six scores; not null
   * @param at when; not null, not before {@link #lastEventAt()}
   * @return as {@link #assess(KeyRelationshipAssessment, KeyRelationshipPolicy, Instant)}
   */
  public Transition<KeyRelationship, KeyRelationshipEvent> assess(
      KeyRelationshipAssessment assessment, Instant at) {
    return assess(assessment, KeyRelationshipPolicy.standard(), at);
  }

  /**
   * Assesses the relationship on the six dimensions of D7.5; the policy gives the level (D7.4) and
   * says whether the relationship is tied to one employee. Emits {@link KeyRelationshipAssessed},
   * followed by {@link KeyRelationshipLevelChanged} when the level is not the current one (always
   * at the first assessment).
   *
   * @param assessment the six scores; not null
   * @param policy the host's mapping of scores to a level; not null
   * @param at when; not null, not before {@link #lastEventAt()}
   * @return the assessed relationship and one or two events
   * @throws org.leadtocash.domain.common.RuleViolationException if {@code at} is before the last
   *     event, or the assessment is dated before the relationship was opened or after {@code at},
   *     compared without a time zone as {@link BusinessDate} does (D7.4)
   * @throws NullPointerException if the policy returns no level
   */
  public Transition<KeyRelationship, KeyRelationshipEvent> assess(
      KeyRelationshipAssessment assessment, KeyRelationshipPolicy policy, Instant at) {
    Objects.requireNonNull(assessment, "assessment");
    Objects.requireNonNull(policy, "policy");
    dated(guard("assess", at), assessment, at);
    KeyRelationshipLevel reached =
        Objects.requireNonNull(policy.level(assessment), "the policy gives a level");
    return assessed(assessment, reached, policy.isTiedToOneEmployee(assessment), at);
  }

  /**
   * Records an assessment with what the policy concluded: the {@link KeyRelationshipAssessed}
   * event, followed by {@link KeyRelationshipLevelChanged} when the level reached is not the
   * current one (D7.4, D7.5). Replay calls it with the stored conclusion, which is the host's
   * policy's.
   */
  private Transition<KeyRelationship, KeyRelationshipEvent> assessed(
      KeyRelationshipAssessment assessment,
      KeyRelationshipLevel reached,
      boolean tied,
      Instant at) {
    dated(guard("assess", at), assessment, at);
    KeyRelationshipAssessed assessed =
        new KeyRelationshipAssessed(id(), version() + 1, assessment, reached, tied, at);
    if (level().equals(Optional.of(reached))) {
      return next(List.of(assessed));
    }
    return next(
        List.of(
            assessed, new KeyRelationshipLevelChanged(id(), version() + 2, level(), reached, at)));
  }

  /**
   * Passes the relationship to another of our people, e.g. when its holder rotates (D4.7); level
   * and history stay with the relationship, which is the company's (D7.5).
   *
   * @param newOwner who holds it from now on; not null
   * @param at when; not null, not before {@link #lastEventAt()}
   * @return the relationship with its new holder
   * @throws org.leadtocash.domain.common.RuleViolationException if {@code at} is before the last
   *     event (D7.4), or {@code newOwner} already holds it (D4.7)
   */
  public Transition<KeyRelationship, KeyRelationshipEvent> transfer(
      EmployeeId newOwner, Instant at) {
    Objects.requireNonNull(newOwner, "newOwner");
    guard("transfer", at)
        .require(
            !newOwner.equals(owner()),
            RuleId.D4_7,
            "a transfer passes the relationship to someone else, and %s already holds it",
            newOwner);
    return next(
        List.of(new KeyRelationshipTransferred(id(), version() + 1, owner(), newOwner, at)));
  }

  /**
   * Rebuilds a relationship from its whole history, oldest first, as strictly as its commands
   * (DOMAIN D7.4, D7.5, D4.7): each event's command is sent again to the state reached so far and
   * must produce exactly the stored events. An assessment is taken with the level and risk flag the
   * host's policy gave then, and its level change must follow it as the assessment produces it.
   *
   * @param history the relationship's events, starting with its {@link KeyRelationshipOpened}; not
   *     null, not empty
   * @return the relationship, equal to the one the commands produced; never null
   * @throws IllegalArgumentException if the history is empty
   * @throws org.leadtocash.domain.common.RejectedHistoryException if the history does not start
   *     with the opening at version 1, holds another relationship's event, skips, repeats or
   *     reorders a version, goes back in time, or holds an event the relationship does not accept
   *     or that differs from what its command produces: a level change without its assessment, a
   *     transfer from someone who does not hold it (D7.4, D4.7)
   */
  public static KeyRelationship replay(List<? extends KeyRelationshipEvent> history) {
    return REPLAY.history(history);
  }

  /**
   * Rebuilds a relationship from a snapshot of its state and the events stored after it, as
   * strictly as {@link #replay(List)} (DOMAIN D7.4).
   *
   * @param snapshot the relationship as it was at some version; not null
   * @param eventsAfter the events after the snapshot, oldest first, starting at the snapshot's
   *     version plus one; not null, may be empty
   * @return the relationship, equal to the one its whole history replays to; never null
   * @throws org.leadtocash.domain.common.RejectedHistoryException if the events do not continue the
   *     snapshot (another relationship's, a gap, a duplicate, back in time) or hold an event the
   *     relationship does not accept (D7.4, D4.7)
   */
  public static KeyRelationship replay(
      KeyRelationship snapshot, List<? extends KeyRelationshipEvent> eventsAfter) {
    return REPLAY.continueFrom(snapshot, eventsAfter);
  }

  /** Sends the relationship the command an event records again (see {@link #replay(List)}). */
  private Transition<KeyRelationship, KeyRelationshipEvent> redo(KeyRelationshipEvent event) {
    if (event instanceof KeyRelationshipAssessed assessed) {
      return assessed(
          assessed.assessment(),
          assessed.level(),
          assessed.tiedToOneEmployee(),
          assessed.occurredAt());
    } else if (event instanceof KeyRelationshipTransferred transferred) {
      return transfer(transferred.to(), transferred.occurredAt());
    } else if (event instanceof KeyRelationshipLevelChanged) {
      throw Guard.of("KeyRelationship " + id(), stateName(), "assess")
          .violation(
              RuleId.D7_4,
              "a level changes only with the assessment that reaches it, and no assessment"
                  + " precedes this change");
    }
    throw Guard.of("KeyRelationship " + id(), stateName(), "open")
        .violation(RuleId.D7_4, "the relationship is already open");
  }

  private static Transition<KeyRelationship, KeyRelationshipEvent> reopen(
      KeyRelationshipEvent event) {
    KeyRelationshipOpened opened = (KeyRelationshipOpened) event;
    return open(
        opened.relationship(),
        opened.customer(),
        opened.person(),
        opened.owner(),
        opened.occurredAt());
  }

  private String stateName() {
    return level().map(KeyRelationshipLevel::name).orElse("NOT_ASSESSED");
  }

  // ---------------------------------------------------------------- events

  private static KeyRelationship initial(KeyRelationshipOpened opened) {
    return restore()
        .id(opened.relationship())
        .version(1)
        .customer(opened.customer())
        .person(opened.person())
        .owner(opened.owner())
        .openedAt(opened.occurredAt())
        .lastEventAt(opened.occurredAt())
        .isTiedToOneEmployee(false)
        .build();
  }

  /**
   * Records an event on the builder of the next state; the events of one command are all recorded
   * on one builder, so that only the state they lead to is built — an assessment and the level
   * change it brings are one step of the state, never two (D7.4).
   */
  private void apply(Restore next, KeyRelationshipEvent event) {
    next.version(event.version()).lastEventAt(event.occurredAt());
    if (event instanceof KeyRelationshipOpened) {
      throw new IllegalArgumentException("key relationship " + id() + " is already open");
    } else if (event instanceof KeyRelationshipAssessed assessed) {
      next.assessment(assessed.assessment()).isTiedToOneEmployee(assessed.tiedToOneEmployee());
    } else if (event instanceof KeyRelationshipLevelChanged changed) {
      checkArgument(
          changed.from().equals(level()),
          "key relationship %s is %s, not %s as %s says",
          id(),
          level().map(KeyRelationshipLevel::name).orElse("not assessed"),
          changed.from().map(KeyRelationshipLevel::name).orElse("not assessed"),
          changed);
      next.level(changed.to()).addLevelHistory(new LevelSince(changed.to(), changed.occurredAt()));
    } else if (event instanceof KeyRelationshipTransferred transferred) {
      checkArgument(
          transferred.from().equals(owner()),
          "key relationship %s is held by %s, not %s",
          id(),
          owner(),
          transferred.from());
      next.owner(transferred.to());
    } else {
      throw new AssertionError("unknown key-relationship event " + event);
    }
  }

  private Transition<KeyRelationship, KeyRelationshipEvent> next(
      List<KeyRelationshipEvent> events) {
    Restore next = restore().from(this);
    for (KeyRelationshipEvent event : events) {
      apply(next, event);
    }
    return Transition.of(next.build(), events);
  }

  /**
   * Checks an assessment's date: not before the relationship was opened, nor after the command
   * recording it, compared without a time zone ({@link BusinessDate}): its history runs forward
   * (D7.4).
   */
  private void dated(Guard guard, KeyRelationshipAssessment assessment, Instant at) {
    String fact = "the assessment is made on";
    guard
        .requireSince(
            RuleId.D7_4, fact, assessment.assessedOn(), "the relationship was opened", openedAt())
        .requireHappened(RuleId.D7_4, fact, assessment.assessedOn(), at);
  }

  /**
   * {@return the guard of a command, which refuses a command dated before the relationship's last
   * event (D7.4: the history, and so the level history, runs forward)}
   */
  @CanIgnoreReturnValue
  private Guard guard(String command, Instant at) {
    Objects.requireNonNull(at, "at");
    return Guard.of("KeyRelationship " + id(), stateName(), command)
        .require(
            !at.isBefore(lastEventAt()),
            RuleId.D7_4,
            "a key relationship's history runs forward: %s is before its last event at %s",
            at,
            lastEventAt());
  }

  // ---------------------------------------------------------------- restore

  /**
   * Returns a builder that restores a key relationship from the attributes of a stored snapshot:
   * for a host or a codec that stored a relationship's state (say, as JSON in a database) and reads
   * it back. Normally a relationship comes from its commands, or from {@link #replay(List)}; a
   * restored snapshot is continued with {@link #replay(KeyRelationship, List) replay(snapshot,
   * eventsAfter)}.
   *
   * <p>A snapshot is input, checked as strictly as a command: {@link Restore#build() build()}
   * checks every invariant of a relationship's state — what its commands guarantee — and throws an
   * {@link IllegalArgumentException} naming the attribute and the DOMAIN rule a tampered or broken
   * snapshot breaks (see {@link Restore}).
   *
   * <pre>{@code
   * KeyRelationship snapshot = KeyRelationship.restore().from(stored).build();
   * KeyRelationship relationship = KeyRelationship.replay(snapshot, eventsAfter);
   * }</pre>
   *
   * @return a new builder, never null
   */
  public static Restore restore() {
    return new Restore();
  }

  /**
   * Restores a {@link KeyRelationship} from the attributes of a stored snapshot (see {@link
   * #restore()}). Every attribute is set through its public setter; id, version, customer, person,
   * owner, openedAt, lastEventAt and isTiedToOneEmployee are required, the level history and the
   * optional facts default to empty.
   *
   * <p>{@link #build()} checks every invariant of the state: the current level is the last of the
   * level history, whose consecutive entries differ and run forward in time (D7.4); the level, the
   * level history and the latest assessment are there together, from the first assessment on, and a
   * relationship is tied to one employee only once assessed (D7.4, D7.5); time never goes back —
   * the level history starts no earlier than openedAt and ends no later than lastEventAt, and the
   * latest assessment is dated between them, compared without a time zone ({@link BusinessDate})
   * (D7.4); and the version counts at least the facts it records: the opening, and each change of
   * level with its assessment (D7.4). It throws an {@link IllegalArgumentException} naming the
   * attribute and the rule of the first broken one; no message names the person or quotes personal
   * data (D7.8).
   */
  public static final class Restore extends ImmutableKeyRelationship.Builder {
    Restore() {}
  }

  /**
   * Checks every invariant of the state, as strictly as the commands (see {@link Restore}): every
   * state the commands reach passes it, and a restored snapshot that breaks one is refused with an
   * {@link IllegalArgumentException} naming the attribute and the rule.
   */
  @Value.Check
  void check() {
    List<LevelSince> history = levelHistory();
    checkArgument(
        level().equals(history.stream().reduce((a, b) -> b).map(LevelSince::level)),
        "key relationship %s: level is %s, not the last of the levelHistory (DOMAIN D7.4)",
        id(),
        level().map(KeyRelationshipLevel::name).orElse("not assessed"));
    for (int i = 1; i < history.size(); i++) {
      checkArgument(
          history.get(i).level() != history.get(i - 1).level(),
          "key relationship %s: levelHistory: entries %s and %s are both %s; consecutive entries of"
              + " a level history differ (DOMAIN D7.4)",
          id(),
          i,
          i + 1,
          history.get(i).level().name());
      checkArgument(
          !history.get(i).since().isBefore(history.get(i - 1).since()),
          "key relationship %s: levelHistory: entry %s since %s is before entry %s since %s; a"
              + " level history is in time order (DOMAIN D7.4)",
          id(),
          i + 1,
          history.get(i).since(),
          i,
          history.get(i - 1).since());
    }
    checkArgument(
        assessment().isPresent() == level().isPresent(),
        "key relationship %s: assessment is %s but level is %s; the first assessment gives the"
            + " level, and both stay from then on (DOMAIN D7.4)",
        id(),
        assessment().isPresent() ? "present" : "absent",
        level().isPresent() ? "present" : "absent");
    checkArgument(
        !isTiedToOneEmployee() || assessment().isPresent(),
        "key relationship %s: isTiedToOneEmployee is true, but no assessment found it so; it is"
            + " false until assessed (DOMAIN D7.5)",
        id());
    if (!history.isEmpty()) {
      Instant first = history.get(0).since();
      Instant last = history.get(history.size() - 1).since();
      checkArgument(
          !first.isBefore(openedAt()),
          "key relationship %s: levelHistory starts at %s, before openedAt %s: time only moves"
              + " forward (DOMAIN D7.4)",
          id(),
          first,
          openedAt());
      checkArgument(
          !last.isAfter(lastEventAt()),
          "key relationship %s: levelHistory ends at %s, after lastEventAt %s: time only moves"
              + " forward (DOMAIN D7.4)",
          id(),
          last,
          lastEventAt());
    }
    checkArgument(
        !lastEventAt().isBefore(openedAt()),
        "key relationship %s: lastEventAt %s is before openedAt %s: time only moves forward"
            + " (DOMAIN D7.4)",
        id(),
        lastEventAt(),
        openedAt());
    assessment()
        .map(KeyRelationshipAssessment::assessedOn)
        .ifPresent(
            on ->
                checkArgument(
                    !BusinessDate.isBefore(on, openedAt())
                        && !BusinessDate.isAfter(on, lastEventAt()),
                    "key relationship %s: assessment is made on %s, not between openedAt %s and"
                        + " lastEventAt %s: time only moves forward (DOMAIN D7.4)",
                    id(),
                    on,
                    openedAt(),
                    lastEventAt()));
    long recorded = 1L + 2L * history.size();
    checkArgument(
        version() >= recorded,
        "key relationship %s: version is %s, less than %s, the events its state records: the"
            + " opening and %s changes of level, each with its assessment (DOMAIN D7.4)",
        id(),
        version(),
        recorded,
        history.size());
    checkArgument(
        version() > 1 || lastEventAt().equals(openedAt()),
        "key relationship %s: lastEventAt %s is not openedAt %s, though at version 1 the opening is"
            + " its only event (DOMAIN D7.4)",
        id(),
        lastEventAt(),
        openedAt());
  }
}
