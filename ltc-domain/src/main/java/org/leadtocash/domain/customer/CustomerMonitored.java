package org.leadtocash.domain.customer;

import java.time.Instant;
import java.util.Objects;
import org.leadtocash.domain.common.CustomerId;
import org.leadtocash.domain.common.EventType;

/**
 * Something was observed while tracking and monitoring the customer, the fifth grading step (DOMAIN
 * D6.3).
 *
 * @param customer the customer
 * @param version the version of the aggregate this event produced: 1 for its creation, one more for
 *     each event after it
 * @param record the observation
 * @param occurredAt when
 */
public record CustomerMonitored(
    CustomerId customer, long version, MonitoringRecord record, Instant occurredAt)
    implements CustomerEvent {

  /** The stored type: {@code customer.monitored}, schema version 1. */
  public static final EventType TYPE = EventType.of("customer.monitored", 1);

  /**
   * Checks that no part is null.
   *
   * @param customer the customer
   * @param version the version of the aggregate this event produced: 1 for its creation, one more
   *     for each event after it
   * @param record the observation
   * @param occurredAt when
   */
  public CustomerMonitored {
    Objects.requireNonNull(customer, "customer");
    Objects.requireNonNull(record, "record");
    Objects.requireNonNull(occurredAt, "occurredAt");
    EventType.checkVersion(version);
  }

  @Override
  public EventType type() {
    return TYPE;
  }
}
