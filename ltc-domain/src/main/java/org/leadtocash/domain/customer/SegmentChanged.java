package org.leadtocash.domain.customer;

import java.time.Instant;
import java.util.Objects;
import org.leadtocash.domain.common.CustomerId;

/**
 * The customer moved to another segment, or its profit contribution was updated (DOMAIN D6.7).
 *
 * @param customer the customer
 * @param segment the new segment
 * @param occurredAt when
 */
public record SegmentChanged(CustomerId customer, Segment segment, Instant occurredAt)
    implements CustomerEvent {

  /**
   * Checks that no part is null.
   *
   * @param customer the customer
   * @param segment the new segment
   * @param occurredAt when
   */
  public SegmentChanged {
    Objects.requireNonNull(customer, "customer");
    Objects.requireNonNull(segment, "segment");
    Objects.requireNonNull(occurredAt, "occurredAt");
  }
}
