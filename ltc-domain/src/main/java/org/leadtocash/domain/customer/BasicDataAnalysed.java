package org.leadtocash.domain.customer;

import java.time.Instant;
import java.util.Objects;
import org.leadtocash.domain.common.CustomerId;
import org.leadtocash.domain.common.EventType;

/**
 * The customer's basic data was analysed, the first grading step (DOMAIN D6.3).
 *
 * @param customer the customer
 * @param version the version of the aggregate this event produced: 1 for its creation, one more for
 *     each event after it
 * @param analysis the analysis
 * @param occurredAt when
 */
public record BasicDataAnalysed(
    CustomerId customer, long version, BasicDataAnalysis analysis, Instant occurredAt)
    implements CustomerEvent {

  /** The stored type: {@code customer.basic-data-analysed}, schema version 1. */
  public static final EventType TYPE = EventType.of("customer.basic-data-analysed", 1);

  /**
   * Checks that no part is null.
   *
   * @param customer the customer
   * @param version the version of the aggregate this event produced: 1 for its creation, one more
   *     for each event after it
   * @param analysis the analysis
   * @param occurredAt when
   */
  public BasicDataAnalysed {
    Objects.requireNonNull(customer, "customer");
    Objects.requireNonNull(analysis, "analysis");
    Objects.requireNonNull(occurredAt, "occurredAt");
    EventType.checkVersion(version);
  }

  @Override
  public EventType type() {
    return TYPE;
  }
}
