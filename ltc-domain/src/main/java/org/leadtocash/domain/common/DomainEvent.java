package org.leadtocash.domain.common;

import java.time.Instant;

/**
 * Something that happened to an aggregate, named in the past tense ({@code LeadConverted}, {@code
 * GateDecided}, {@code PaymentReceived}).
 *
 * <p>Events are immutable records and a public, stored contract. Every event answers the same four
 * questions, whatever its family: which aggregate it happened to ({@link #aggregate()}), the
 * version of that aggregate it produced — its sequence number in the aggregate's stream ({@link
 * #version()}) —, when it happened ({@link #occurredAt()}), and its stable stored type ({@link
 * #type()}). A host stores an event as a row of (stream, version, type, schema version,
 * occurred-at, payload) and appends with the version it expects, for optimistic locking.
 *
 * <p>Every command returns the events it produced in a {@link Transition}. Replaying an aggregate's
 * events in order rebuilds an equal aggregate, and replay is as strict as the commands: a history
 * that does not start with the creation, skips or repeats a version, mixes aggregates, goes back in
 * time or holds an event the state does not accept is refused with a {@link
 * RejectedHistoryException}. A host may therefore store either the events, or a snapshot (the
 * aggregate's state) and the events after it.
 */
public interface DomainEvent {

  /** {@return the id of the aggregate it happened to; never null} */
  Identifier aggregate();

  /**
   * {@return the version of the aggregate this event produced: 1 for the event that created it, and
   * one more for each event after it} It equals {@link Aggregate#version()} of the state the event
   * led to.
   */
  long version();

  /** {@return when it happened, as given to the command; never null} */
  Instant occurredAt();

  /** {@return the stored type: its stable name and schema version; never null} */
  EventType type();
}
