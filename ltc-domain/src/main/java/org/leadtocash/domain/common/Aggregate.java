package org.leadtocash.domain.common;

import java.time.Instant;

/**
 * An aggregate: an immutable state machine that changes only through commands.
 *
 * <p>A command is a method that takes its inputs and the time it happens, checks the rules, and
 * returns a {@link Transition}: the next state together with the events it produced. The old state
 * is never modified, so a refused command (one that throws a {@link DomainException}) leaves the
 * caller's value exactly as it was.
 *
 * @param <I> the type of the aggregate's id
 * @param <E> the type of the aggregate's events
 */
public interface Aggregate<I extends Identifier, E extends DomainEvent> {

  /** {@return the aggregate's id; never null} */
  I id();

  /**
   * {@return the number of events applied to reach this state: 1 after creation, and one more per
   * event} A host persisting the aggregate compares it for optimistic locking.
   */
  long version();

  /**
   * {@return when the latest event happened} A command dated before it is refused: time only moves
   * forward inside an aggregate.
   */
  Instant lastEventAt();
}
