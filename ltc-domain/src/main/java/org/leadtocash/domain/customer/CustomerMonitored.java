package org.leadtocash.domain.customer;

import java.time.Instant;
import java.util.Objects;
import org.leadtocash.domain.common.CustomerId;

/**
 * Something was observed while tracking and monitoring the customer, the fifth grading step (DOMAIN
 * D6.3).
 *
 * @param customer the customer
 * @param record the observation
 * @param occurredAt when
 */
public record CustomerMonitored(CustomerId customer, MonitoringRecord record, Instant occurredAt)
    implements CustomerEvent {

  /**
   * Checks that no part is null.
   *
   * @param customer the customer
   * @param record the observation
   * @param occurredAt when
   */
  public CustomerMonitored {
    Objects.requireNonNull(customer, "customer");
    Objects.requireNonNull(record, "record");
    Objects.requireNonNull(occurredAt, "occurredAt");
  }
}
