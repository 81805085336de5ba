package org.leadtocash.domain.common;

import java.time.Instant;

/**
 * Something that happened to an aggregate, named in the past tense ({@code LeadConverted}, {@code
 * GateDecided}, {@code PaymentReceived}).
 *
 * <p>Events are immutable records. Every command returns the events it produced in a {@link
 * Transition}; replaying an aggregate's events in order rebuilds an equal aggregate, so a host may
 * store either snapshots or events.
 */
public interface DomainEvent {

  /** {@return when it happened, as given to the command; never null} */
  Instant occurredAt();
}
