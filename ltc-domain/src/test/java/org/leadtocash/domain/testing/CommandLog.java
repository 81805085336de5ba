package org.leadtocash.domain.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.function.Function;
import org.leadtocash.domain.common.Aggregate;
import org.leadtocash.domain.common.DomainEvent;
import org.leadtocash.domain.common.DomainException;
import org.leadtocash.domain.common.Transition;

/**
 * The state of a stateful property: an aggregate, every event it has produced so far, and how many
 * commands were accepted and refused.
 *
 * <p>{@link #attempt} sends one command. An accepted command must raise the version by exactly the
 * number of events it produced; a refused one must throw a {@link DomainException} whose message
 * names the aggregate and a DOMAIN rule, and must leave the aggregate equal to what it was. Any
 * other exception fails the property.
 *
 * <p>Kept only for the stateful properties of customer, relationship, voice and process until they
 * move to ltc-testkit, whose {@code org.leadtocash.testkit.CommandLog} is the published one (and
 * runs the lead, opportunity and contract properties already).
 *
 * @param <A> the aggregate type
 * @param <E> its event type
 */
public final class CommandLog<A extends Aggregate<?, E>, E extends DomainEvent> {

  private final A state;
  private final ImmutableList<E> events;
  private final int accepted;
  private final int refused;

  private CommandLog(A state, ImmutableList<E> events, int accepted, int refused) {
    this.state = state;
    this.events = events;
    this.accepted = accepted;
    this.refused = refused;
  }

  /**
   * Starts a log from the transition that created the aggregate.
   *
   * @param creation the creating transition
   * @param <A> the aggregate type
   * @param <E> its event type
   * @return the log
   */
  public static <A extends Aggregate<?, E>, E extends DomainEvent> CommandLog<A, E> start(
      Transition<A, E> creation) {
    assertEquals(
        creation.events().size(),
        creation.state().version(),
        "a new aggregate's version counts its events");
    return new CommandLog<>(creation.state(), ImmutableList.copyOf(creation.events()), 1, 0);
  }

  /**
   * Sends a command to the current state.
   *
   * @param command the command
   * @return the log after the command, accepted or refused
   */
  public CommandLog<A, E> attempt(Function<A, Transition<A, E>> command) {
    A before = state;
    int hashBefore = before.hashCode();
    Transition<A, E> next;
    try {
      next = command.apply(before);
    } catch (DomainException refusal) {
      assertEquals(hashBefore, before.hashCode(), "a refused command changes nothing");
      assertTrue(
          refusal.getMessage().contains(before.id().toString()),
          () -> "the refusal names the aggregate: " + refusal.getMessage());
      assertTrue(
          refusal.getMessage().contains("[DOMAIN D"),
          () -> "the refusal names a DOMAIN rule: " + refusal.getMessage());
      return new CommandLog<>(before, events, accepted, refused + 1);
    }
    assertEquals(
        before.version() + next.events().size(),
        next.state().version(),
        "an accepted command raises the version by its number of events");
    assertEquals(before.id(), next.state().id(), "a command keeps the aggregate's id");
    return new CommandLog<>(
        next.state(),
        ImmutableList.<E>builder().addAll(events).addAll(next.events()).build(),
        accepted + 1,
        refused);
  }

  /** Returns the current state. */
  public A state() {
    return state;
  }

  /** Returns every event produced so far, oldest first, starting with the creation's. */
  public List<E> events() {
    return events;
  }

  /** Returns how many commands were accepted, counting the creation. */
  public int accepted() {
    return accepted;
  }

  /** Returns how many commands were refused. */
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
