package org.leadtocash.domain.common;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * How an aggregate is rebuilt from a stored history, checked as strictly as its commands.
 *
 * <p>Each aggregate has one, built from the command that each of its events records: replay sends
 * the command again to the state reached so far and requires it to produce exactly the stored
 * events. So every rule a command enforces holds for a replayed history too, and a history is
 * refused with a {@link RejectedHistoryException} when
 *
 * <ul>
 *   <li>it does not start with the creation event at version 1;
 *   <li>an event is about another aggregate;
 *   <li>an event's version is not the next one: a duplicate, a gap, or events out of order;
 *   <li>an event happened before the one it follows;
 *   <li>the state does not accept the event (the command it records would be refused), or the
 *       command produces other events than those stored (a forged or tampered event).
 * </ul>
 *
 * <p>Where a command consults a host policy (a gate's authority, a contract's risk review), replay
 * takes the stored outcome as the policy's answer: the policy is the host's, and may have changed
 * since. Every rule of the state itself is checked again.
 *
 * @param <S> the aggregate's type
 * @param <E> its event type
 */
public interface Replay<S extends Aggregate<?, E>, E extends DomainEvent> {

  /**
   * Rebuilds an aggregate from its whole history.
   *
   * @param history the aggregate's events, oldest first, starting with its creation; not null
   * @return the aggregate, equal to the one the commands produced; never null
   * @throws IllegalArgumentException if the history is empty
   * @throws RejectedHistoryException if the history is broken or holds an event the state does not
   *     accept (see the interface comment)
   */
  S history(List<? extends E> history);

  /**
   * Rebuilds an aggregate from a snapshot of its state and the events stored after it.
   *
   * @param snapshot the aggregate as it was at some version; not null
   * @param eventsAfter the events after the snapshot, oldest first, starting at the snapshot's
   *     version plus one; not null, may be empty
   * @return the aggregate, equal to the one its whole history replays to; never null
   * @throws RejectedHistoryException if the events do not continue the snapshot or hold an event
   *     the state does not accept
   */
  S continueFrom(S snapshot, List<? extends E> eventsAfter);

  /**
   * Describes how an aggregate is replayed.
   *
   * @param kind the aggregate's kind, as named in messages ({@code Contract}); not null
   * @param lifecycle the rule of the aggregate's lifecycle, cited when the stream itself is broken
   *     (a gap, a duplicate, another aggregate's event); not null
   * @param creation the type of the event that creates the aggregate; not null
   * @param create sends the creation command again for a creation event; not null
   * @param redo sends a state the command its event records, and returns the transition; it throws
   *     a {@link DomainException} (or an {@link IllegalArgumentException}) if the state refuses it;
   *     not null
   * @param state names the state an aggregate is in, for messages; not null
   * @param <S> the aggregate's type
   * @param <E> its event type
   * @return the replay, never null
   */
  static <S extends Aggregate<?, E>, E extends DomainEvent> Replay<S, E> of(
      String kind,
      RuleId lifecycle,
      Class<? extends E> creation,
      Function<? super E, Transition<S, E>> create,
      BiFunction<? super S, ? super E, Transition<S, E>> redo,
      Function<? super S, String> state) {
    return new StrictReplay<>(kind, lifecycle, creation, create, redo, state);
  }
}
