package org.leadtocash.testkit;

import java.util.List;
import org.leadtocash.domain.common.DomainEvent;
import org.leadtocash.domain.common.Identifier;

/**
 * The two operations of a host's event store that {@link EventStoreContract} checks: adapt yours to
 * it in a few lines.
 *
 * @param <E> the event type stored
 */
public interface EventStore<E extends DomainEvent> {

  /**
   * Appends the events of one command to an aggregate's stream, expecting the stream to hold
   * exactly {@code expectedVersion} events (optimistic locking: 0 for a new aggregate).
   *
   * @param aggregate the aggregate's id; not null
   * @param expectedVersion the version the stream must be at
   * @param events the events, oldest first; not null, not empty
   * @throws RuntimeException of any kind, if the stream is not at {@code expectedVersion}; the
   *     stream is then left as it was
   */
  void append(Identifier aggregate, long expectedVersion, List<? extends E> events);

  /**
   * Loads an aggregate's stream.
   *
   * @param aggregate the aggregate's id; not null
   * @return every event appended, oldest first; empty for an unknown aggregate; never null
   */
  List<E> load(Identifier aggregate);
}
