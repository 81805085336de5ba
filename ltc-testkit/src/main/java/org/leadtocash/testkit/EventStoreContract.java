package org.leadtocash.testkit;

import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.leadtocash.domain.common.Aggregate;
import org.leadtocash.domain.common.DomainEvent;

/**
 * The contract of a host's event store, for a class of your tests to implement: its default methods
 * are properties over generated histories of the model's aggregate.
 *
 * <p>Each accepted command's events are appended with the version the stream had before them, the
 * stream is loaded back, and the contract checks that it holds exactly the events in order, that
 * replaying it gives an aggregate equal to the one the commands produced, with their version — and
 * that an append expecting a version the stream has moved past is refused and changes nothing.
 *
 * <pre>{@code
 * class JdbcLeadStoreProperties implements EventStoreContract<Lead, LeadEvent> {
 *   public AggregateModel<Lead, LeadEvent> model() { return Leads.model(Settings.standard()); }
 *   public EventStore<LeadEvent> emptyStore() { return new JdbcEventStore<>(freshSchema()); }
 * }
 * }</pre>
 *
 * @param <A> the aggregate's type
 * @param <E> its event type
 */
public interface EventStoreContract<A extends Aggregate<?, E>, E extends DomainEvent> {

  /** {@return the model whose histories are stored; never null} */
  AggregateModel<A, E> model();

  /** {@return a new, empty store: each try starts with one; never null} */
  EventStore<E> emptyStore();

  /** {@return the histories of the properties: the model's} */
  @Provide
  default Arbitrary<CommandLog<A, E>> storedHistories() {
    return model().histories();
  }

  /**
   * The store gives back every appended event, in order, and they replay to the aggregate.
   *
   * @param history an aggregate and its history
   */
  @Property(tries = 100)
  default void loadsWhatWasAppendedAndItReplaysToTheAggregate(
      @ForAll("storedHistories") CommandLog<A, E> history) {
    EventStore<E> store = emptyStore();
    A aggregate = history.state();
    store(store, history);
    List<E> loaded = store.load(aggregate.id());
    Check.equal(history.events(), loaded, "the store keeps every event in order");
    A replayed = model().replay(loaded);
    Check.equal(aggregate, replayed, "the stored events replay to the aggregate");
    Check.equal(aggregate.version(), replayed.version(), "with its version");
  }

  /**
   * An append that expects a version the stream has moved past is refused and changes nothing.
   *
   * @param history an aggregate and its history
   */
  @Property(tries = 100)
  default void refusesAnAppendAtAStaleVersion(@ForAll("storedHistories") CommandLog<A, E> history) {
    EventStore<E> store = emptyStore();
    A aggregate = history.state();
    store(store, history);
    List<E> last = history.batches().get(history.batches().size() - 1);
    long stale = aggregate.version() - last.size();
    boolean refused = false;
    try {
      store.append(aggregate.id(), stale, last);
    } catch (RuntimeException expected) {
      refused = true;
    }
    Check.that(refused, "an append at version " + stale + " of a stream at " + aggregate.version());
    Check.equal(history.events(), store.load(aggregate.id()), "a refused append changes nothing");
  }

  private void store(EventStore<E> store, CommandLog<A, E> history) {
    long version = 0;
    for (List<E> batch : history.batches()) {
      store.append(history.state().id(), version, batch);
      version += batch.size();
    }
  }
}
