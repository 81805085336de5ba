package org.leadtocash.domain.common;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * What every command returns: the aggregate's next state and the events that led to it.
 *
 * <p>A transition always carries at least one event: a command that changes nothing is refused
 * instead. Commands can be chained with {@link #then(Function)}, which keeps every event in order.
 *
 * @param <S> the aggregate's type
 * @param <E> the aggregate's event type
 * @param state the next state; not null
 * @param events the events produced, oldest first; not null, not empty
 */
public record Transition<S, E extends DomainEvent>(S state, List<E> events) {

  /**
   * Checks and copies the events.
   *
   * @param state the next state; not null
   * @param events the events produced, oldest first; not null, not empty
   * @throws IllegalArgumentException if there are no events
   */
  public Transition {
    Objects.requireNonNull(events, "events");
    Objects.requireNonNull(state, "state");
    events = ImmutableList.copyOf(events);
    checkArgument(!events.isEmpty(), "a transition records at least one event");
  }

  /**
   * Returns the transition of a state reached through the given events.
   *
   * @param state the next state; not null
   * @param events the events, oldest first; not null, not empty
   * @param <S> the aggregate's type
   * @param <E> the aggregate's event type
   * @return the transition, never null
   */
  public static <S, E extends DomainEvent> Transition<S, E> of(S state, List<E> events) {
    return new Transition<>(state, events);
  }

  /**
   * Returns the transition of a state reached through one event.
   *
   * @param state the next state; not null
   * @param event the event; not null
   * @param <S> the aggregate's type
   * @param <E> the aggregate's event type
   * @return the transition, never null
   */
  public static <S, E extends DomainEvent> Transition<S, E> of(S state, E event) {
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(event, "event");
    return new Transition<>(state, List.of(event));
  }

  /**
   * Sends a further command to the new state and returns the combined transition: the final state,
   * and this transition's events followed by the next one's.
   *
   * @param command the next command, applied to {@link #state()}; not null
   * @return the combined transition, never null
   * @throws DomainException if the next command is refused (this transition is unaffected)
   */
  public Transition<S, E> then(Function<? super S, Transition<S, E>> command) {
    Objects.requireNonNull(command, "command");
    Transition<S, E> next = command.apply(state);
    return new Transition<>(
        next.state(), ImmutableList.<E>builder().addAll(events).addAll(next.events()).build());
  }

  /**
   * {@return the events as an append to their aggregate's stream, with the version the stream must
   * be at before them, for a host to store with optimistic locking; never null}
   */
  public Append append() {
    return Append.of(this);
  }
}
