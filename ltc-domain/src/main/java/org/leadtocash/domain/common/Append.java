package org.leadtocash.domain.common;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;

/**
 * Events to append to one aggregate's stream, with the version the stream must be at: what a host
 * writes in one transaction, refusing the write (optimistic locking) when another writer appended
 * first.
 *
 * <p>A command that changes two aggregates (a lead's conversion opens an opportunity) returns one
 * append per stream; the host writes them all in one transaction, or none.
 *
 * @param stream the aggregate whose stream the events extend; not null
 * @param expectedVersion the version the stream is at before the events: 0 for a new stream
 * @param events the events, oldest first, at versions {@code expectedVersion + 1} onwards; not
 *     null, not empty
 */
public record Append(Identifier stream, long expectedVersion, List<DomainEvent> events) {

  /**
   * Checks that the events belong to the stream and follow its expected version without a gap.
   *
   * @param stream the aggregate whose stream the events extend; not null
   * @param expectedVersion the version the stream is at before the events: 0 for a new stream
   * @param events the events, oldest first, at versions {@code expectedVersion + 1} onwards; not
   *     null, not empty
   * @throws IllegalArgumentException if there are no events, the expected version is negative, an
   *     event is about another aggregate or is not at the next version
   */
  public Append {
    Objects.requireNonNull(events, "events");
    Objects.requireNonNull(stream, "stream");
    events = ImmutableList.copyOf(events);
    checkArgument(expectedVersion >= 0, "a stream's version is 0 or more, not %s", expectedVersion);
    checkArgument(!events.isEmpty(), "an append holds at least one event");
    long version = expectedVersion;
    for (DomainEvent event : events) {
      checkArgument(
          event.aggregate().equals(stream),
          "event %s is about %s, not the stream %s",
          event.type(),
          event.aggregate(),
          stream);
      version++;
      checkArgument(
          event.version() == version,
          "event %s of stream %s is at version %s where the next is %s",
          event.type(),
          stream,
          event.version(),
          version);
    }
  }

  /**
   * Returns the append of a transition's events.
   *
   * @param transition a command's transition; not null
   * @return the append, to the stream of its events at the version before the first; never null
   */
  public static Append of(Transition<?, ?> transition) {
    Objects.requireNonNull(transition, "transition");
    List<? extends DomainEvent> events = transition.events();
    DomainEvent first = events.get(0);
    return new Append(first.aggregate(), first.version() - 1, ImmutableList.copyOf(events));
  }

  /** {@return the version the stream reaches with the events} */
  public long version() {
    return expectedVersion + events.size();
  }
}
