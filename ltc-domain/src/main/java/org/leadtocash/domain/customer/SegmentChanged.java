package org.leadtocash.domain.customer;

import java.time.Instant;
import java.util.Objects;
import org.leadtocash.domain.common.CustomerId;
import org.leadtocash.domain.common.EventType;

/**
 * The customer moved to another segment, or its profit contribution was updated (DOMAIN D6.7).
 *
 * @param customer the customer
 * @param version the version of the aggregate this event produced: 1 for its creation, one more for
 *     each event after it
 * @param segment the new segment
 * @param occurredAt when
 */
public record SegmentChanged(CustomerId customer, long version, Segment segment, Instant occurredAt)
    implements CustomerEvent {

  /** The stored type: {@code customer.segment-changed}, schema version 1. */
  public static final EventType TYPE = EventType.of("customer.segment-changed", 1);

  /**
   * Checks that no part is null.
   *
   * @param customer the customer
   * @param version the version of the aggregate this event produced: 1 for its creation, one more
   *     for each event after it
   * @param segment the new segment
   * @param occurredAt when
   */
  public SegmentChanged {
    Objects.requireNonNull(customer, "customer");
    Objects.requireNonNull(segment, "segment");
    Objects.requireNonNull(occurredAt, "occurredAt");
    EventType.checkVersion(version);
  }

  @Override
  public EventType type() {
    return TYPE;
  }
}
