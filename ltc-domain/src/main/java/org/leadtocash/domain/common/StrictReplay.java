package org.leadtocash.domain.common;

import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;

/** The checked replay of {@link Replay#of}. */
final class StrictReplay<S extends Aggregate<?, E>, E extends DomainEvent> implements Replay<S, E> {

  private final String kind;
  private final RuleId lifecycle;
  private final Class<? extends E> creation;
  private final Function<? super E, Transition<S, E>> create;
  private final BiFunction<? super S, ? super E, Transition<S, E>> redo;
  private final Function<? super S, String> state;

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
   */
  StrictReplay(
      String kind,
      RuleId lifecycle,
      Class<? extends E> creation,
      Function<? super E, Transition<S, E>> create,
      BiFunction<? super S, ? super E, Transition<S, E>> redo,
      Function<? super S, String> state) {
    this.kind = Objects.requireNonNull(kind, "kind");
    this.lifecycle = Objects.requireNonNull(lifecycle, "lifecycle");
    this.creation = Objects.requireNonNull(creation, "creation");
    this.create = Objects.requireNonNull(create, "create");
    this.redo = Objects.requireNonNull(redo, "redo");
    this.state = Objects.requireNonNull(state, "state");
  }

  /**
   * Rebuilds an aggregate from its whole history.
   *
   * @param history the aggregate's events, oldest first, starting with its creation; not null
   * @return the aggregate, equal to the one the commands produced; never null
   * @throws IllegalArgumentException if the history is empty
   * @throws RejectedHistoryException if the history is broken or holds an event the state does not
   *     accept (see the class comment)
   */
  @Override
  public S history(List<? extends E> history) {
    Objects.requireNonNull(history, "history");
    if (history.isEmpty()) {
      throw new IllegalArgumentException(
          kind + "'s history is empty: it starts with its " + creation.getSimpleName());
    }
    E first = Objects.requireNonNull(history.get(0), "the history holds a null event");
    if (!creation.isInstance(first)) {
      throw rejected(
          kind + " " + first.aggregate(),
          "NEW",
          lifecycle,
          1,
          first,
          "a history starts with " + creation.getSimpleName() + ", not " + name(first));
    }
    if (first.version() != 1) {
      throw rejected(
          kind + " " + first.aggregate(),
          "NEW",
          lifecycle,
          1,
          first,
          "the creation is version 1, not " + first.version());
    }
    Transition<S, E> created;
    try {
      created = create.apply(first);
    } catch (DomainException e) {
      throw rejected(kind + " " + first.aggregate(), "NEW", e.rule(), 1, first, e.reason());
    } catch (IllegalArgumentException e) {
      throw rejected(
          kind + " " + first.aggregate(),
          "NEW",
          lifecycle,
          1,
          first,
          String.valueOf(e.getMessage()));
    }
    S aggregate = matched(created.state(), created, history, 0);
    return follow(aggregate, history, created.events().size());
  }

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
  @Override
  public S continueFrom(S snapshot, List<? extends E> eventsAfter) {
    Objects.requireNonNull(snapshot, "snapshot");
    Objects.requireNonNull(eventsAfter, "eventsAfter");
    return follow(snapshot, eventsAfter, 0);
  }

  private S follow(S start, List<? extends E> events, int from) {
    S aggregate = start;
    int next = from;
    while (next < events.size()) {
      E event = Objects.requireNonNull(events.get(next), "the history holds a null event");
      check(aggregate, event, next + 1);
      Transition<S, E> transition;
      try {
        transition = redo.apply(aggregate, event);
      } catch (DomainException e) {
        throw rejected(aggregate, e.rule(), next + 1, event, "not accepted: " + e.reason());
      } catch (IllegalArgumentException e) {
        throw rejected(aggregate, lifecycle, next + 1, event, "not accepted: " + e.getMessage());
      }
      aggregate = matched(aggregate, transition, events, next);
      next += transition.events().size();
    }
    return aggregate;
  }

  /** Checks that the event belongs to the stream at its next version and does not go back. */
  private void check(S aggregate, E event, int position) {
    if (!event.aggregate().equals(aggregate.id())) {
      throw rejected(
          aggregate,
          lifecycle,
          position,
          event,
          "it is about " + event.aggregate() + ", another aggregate than " + aggregate.id());
    }
    if (creation.isInstance(event)) {
      throw rejected(aggregate, lifecycle, position, event, kind + " is created only once");
    }
    long expected = aggregate.version() + 1;
    if (event.version() < expected) {
      throw rejected(
          aggregate,
          lifecycle,
          position,
          event,
          "version "
              + event.version()
              + " is already in the stream (a duplicate or events out of order); the next is "
              + expected);
    }
    if (event.version() > expected) {
      throw rejected(
          aggregate,
          lifecycle,
          position,
          event,
          "the stream skips from version "
              + aggregate.version()
              + " to "
              + event.version()
              + " (a gap); the next is "
              + expected);
    }
    if (event.occurredAt().isBefore(aggregate.lastEventAt())) {
      throw rejected(
          aggregate,
          lifecycle,
          position,
          event,
          "it goes back in time, before the latest event at " + aggregate.lastEventAt());
    }
  }

  /** Requires the stored events from {@code at} on to be exactly those the command produced. */
  private S matched(S before, Transition<S, E> transition, List<? extends E> events, int at) {
    List<E> produced = transition.events();
    for (int k = 0; k < produced.size(); k++) {
      int position = at + k + 1;
      E expected = produced.get(k);
      if (at + k >= events.size()) {
        throw rejected(
            before,
            lifecycle,
            position - 1,
            events.get(at + k - 1),
            "the history ends inside a command that also records " + describe(expected));
      }
      E stored = events.get(at + k);
      if (!stored.equals(expected)) {
        throw rejected(
            before,
            lifecycle,
            position,
            stored,
            "it is not what the state produces for this command: "
                + describe(stored)
                + " where the command records "
                + describe(expected));
      }
    }
    return transition.state();
  }

  private RejectedHistoryException rejected(
      S aggregate, RuleId rule, int position, E event, String reason) {
    return rejected(
        kind + " " + aggregate.id(), state.apply(aggregate), rule, position, event, reason);
  }

  private static RejectedHistoryException rejected(
      String aggregate, String state, RuleId rule, int position, DomainEvent event, String reason) {
    return new RejectedHistoryException(aggregate, state, rule, position, event, reason);
  }

  private static String name(DomainEvent event) {
    return event.type().name();
  }

  private static String describe(DomainEvent event) {
    return name(event) + " " + event;
  }
}
