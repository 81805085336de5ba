package org.leadtocash.testkit;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.leadtocash.domain.common.Aggregate;
import org.leadtocash.domain.common.DomainEvent;
import org.leadtocash.domain.common.DomainException;
import org.leadtocash.domain.common.Transition;

/**
 * An aggregate with its history: every event it has produced, the events of each accepted command,
 * and how many commands were accepted and refused — the state of an action chain, and what a
 * generated history is.
 *
 * <p>{@link #attempt} sends one command and checks the rules every aggregate keeps (DESIGN §2):
 *
 * <ul>
 *   <li>an accepted command produces at least one event, raises the version by exactly their
 *       number, keeps the aggregate's id, and dates none of them before the latest event;
 *   <li>a refused command throws a {@link DomainException} whose message names the aggregate and a
 *       {@code [DOMAIN Dx.y]} rule, and leaves the aggregate as it was;
 *   <li>any other exception is a bug, and propagates;
 *   <li>a command generated to be refused ({@link Command.Expectation#REFUSED}) is refused, one
 *       generated to be accepted is accepted.
 * </ul>
 *
 * A broken rule throws an {@link org.opentest4j.AssertionFailedError}.
 *
 * @param <A> the aggregate type
 * @param <E> its event type
 */
public final class CommandLog<A extends Aggregate<?, E>, E extends DomainEvent> {

  private final A state;
  private final ImmutableList<E> events;
  private final ImmutableList<List<E>> batches;
  private final int accepted;
  private final int refused;

  private CommandLog(
      A state, ImmutableList<E> events, ImmutableList<List<E>> batches, int accepted, int refused) {
    this.state = state;
    this.events = events;
    this.batches = batches;
    this.accepted = accepted;
    this.refused = refused;
  }

  /**
   * Starts a log from the transition that created the aggregate.
   *
   * @param creation the creating transition; not null
   * @param <A> the aggregate type
   * @param <E> its event type
   * @return the log, never null
   * @throws org.opentest4j.AssertionFailedError if the new aggregate's version does not count its
   *     events
   */
  public static <A extends Aggregate<?, E>, E extends DomainEvent> CommandLog<A, E> start(
      Transition<A, E> creation) {
    Check.equal(
        (long) creation.events().size(),
        creation.state().version(),
        "a new aggregate's version counts its events");
    ImmutableList<E> events = ImmutableList.copyOf(creation.events());
    return new CommandLog<>(creation.state(), events, ImmutableList.of(events), 1, 0);
  }

  /**
   * Sends a command to the current state and checks its outcome (see the class comment).
   *
   * @param command the command; not null
   * @return the log after the command, accepted or refused; never null
   * @throws org.opentest4j.AssertionFailedError if the outcome breaks a rule
   */
  public CommandLog<A, E> attempt(Command<A, E> command) {
    Objects.requireNonNull(command, "command");
    A before = state;
    int hashBefore = before.hashCode();
    Transition<A, E> next;
    try {
      next = command.applyTo(before);
    } catch (DomainException refusal) {
      String message = refusal.getMessage();
      Check.equal(hashBefore, before.hashCode(), "a refused command changes nothing: " + command);
      Check.that(
          message.contains(before.id().toString()),
          "the refusal names the aggregate " + before.id() + ": " + message);
      Check.that(
          message.contains("[DOMAIN D") && message.contains(refusal.rule().toString()),
          "the refusal names a DOMAIN rule: " + message);
      Check.that(
          command.expectation() != Command.Expectation.ACCEPTED,
          "a valid command is accepted: " + command + " was refused: " + message);
      return new CommandLog<>(before, events, batches, accepted, refused + 1);
    }
    Check.that(
        command.expectation() != Command.Expectation.REFUSED,
        "a command that breaks a rule is refused: " + command + " was accepted");
    Check.that(!next.events().isEmpty(), "an accepted command produces an event: " + command);
    Check.equal(
        before.version() + next.events().size(),
        next.state().version(),
        "an accepted command raises the version by its number of events: " + command);
    Check.equal(before.id(), next.state().id(), "a command keeps the aggregate's id: " + command);
    Instant latest = latestEventAt();
    for (E event : next.events()) {
      Check.that(
          !event.occurredAt().isBefore(latest),
          "time only moves forward: " + event + " is dated before " + latest);
    }
    return new CommandLog<>(
        next.state(),
        ImmutableList.<E>builder().addAll(events).addAll(next.events()).build(),
        ImmutableList.<List<E>>builder()
            .addAll(batches)
            .add(ImmutableList.copyOf(next.events()))
            .build(),
        accepted + 1,
        refused);
  }

  /** {@return the current state; never null} */
  public A state() {
    return state;
  }

  /** {@return every event produced so far, oldest first, starting with the creation's} */
  public List<E> events() {
    return events;
  }

  /**
   * {@return the events of each accepted command, in order, the creation's first: what a host
   * appends to its event store one command at a time; never null}
   */
  public List<List<E>> batches() {
    return batches;
  }

  /** {@return when the latest event happened; never null} */
  public Instant latestEventAt() {
    return events.get(events.size() - 1).occurredAt();
  }

  /** {@return how many commands were accepted, counting the creation} */
  public int accepted() {
    return accepted;
  }

  /** {@return how many commands were refused} */
  public int refused() {
    return refused;
  }

  @Override
  public String toString() {
    return "CommandLog{accepted="
        + accepted
        + ", refused="
        + refused
        + ", state="
        + state.getClass().getSimpleName()
        + " "
        + state.id()
        + " v"
        + state.version()
        + "}";
  }
}
