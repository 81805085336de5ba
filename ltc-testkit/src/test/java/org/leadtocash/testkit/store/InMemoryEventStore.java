package org.leadtocash.testkit.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.leadtocash.domain.common.DomainEvent;
import org.leadtocash.domain.common.Identifier;
import org.leadtocash.testkit.EventStore;

/**
 * A host's event store, as simple as one can be: a stream of events per aggregate, appended with
 * optimistic locking on the expected version (DESIGN §2). What a tester adapts their own store to,
 * to check it against {@link org.leadtocash.testkit.EventStoreContract}.
 *
 * @param <E> the events stored
 */
final class InMemoryEventStore<E extends DomainEvent> implements EventStore<E> {

  private final Map<String, List<E>> streams = new HashMap<>();

  @Override
  public void append(Identifier aggregate, long expectedVersion, List<? extends E> events) {
    List<E> stream = streams.computeIfAbsent(key(aggregate), k -> new ArrayList<>());
    if (stream.size() != expectedVersion) {
      throw new IllegalStateException(
          aggregate + " is at version " + stream.size() + ", not " + expectedVersion);
    }
    stream.addAll(events);
  }

  @Override
  public List<E> load(Identifier aggregate) {
    return List.copyOf(streams.getOrDefault(key(aggregate), List.of()));
  }

  /** A stream per aggregate type and id: two kinds of aggregate may share an id's value. */
  private static String key(Identifier aggregate) {
    return aggregate.getClass().getName() + "/" + aggregate.value();
  }
}
