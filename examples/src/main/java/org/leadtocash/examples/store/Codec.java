package org.leadtocash.examples.store;

import org.leadtocash.domain.common.Aggregate;
import org.leadtocash.domain.common.DomainEvent;

/** How the store writes its payloads and reads them back: JSON through ltc-jackson. */
public interface Codec {

  /**
   * Writes an event.
   *
   * @param event the event; not null
   * @return its JSON, with its type name and schema version; never null
   */
  String write(DomainEvent event);

  /**
   * Reads an event back, refusing a document that is not a valid event.
   *
   * @param json the stored JSON; not null
   * @return the event, never null
   * @throws RuntimeException if the document is not a valid event of a known type and version
   */
  DomainEvent read(String json);

  /**
   * Writes a snapshot: the aggregate's state.
   *
   * @param aggregate the aggregate; not null
   * @return its JSON, with its snapshot type name and schema version; never null
   */
  String writeSnapshot(Aggregate<?, ?> aggregate);

  /**
   * Reads a snapshot back, refusing a document that is not a valid state of the aggregate.
   *
   * @param json the stored JSON; not null
   * @param type the aggregate's class, such as {@code Contract.class}; not null
   * @param <A> the aggregate's type
   * @return the aggregate, never null
   * @throws RuntimeException if the document is not a valid snapshot of that aggregate
   */
  <A extends Aggregate<?, ?>> A readSnapshot(String json, Class<A> type);
}
