package org.leadtocash.examples.store;

import org.leadtocash.domain.common.DomainEvent;

/** How the store writes an event's payload and reads it back: JSON through ltc-jackson. */
public interface EventCodec {

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
}
