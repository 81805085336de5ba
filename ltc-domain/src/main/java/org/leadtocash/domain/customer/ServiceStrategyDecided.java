package org.leadtocash.domain.customer;

import java.time.Instant;
import java.util.Objects;
import org.leadtocash.domain.common.CustomerId;
import org.leadtocash.domain.common.EventType;

/**
 * The key-account service strategy of the customer was decided, the fourth grading step (DOMAIN
 * D6.3).
 *
 * @param customer the customer
 * @param version the version of the aggregate this event produced: 1 for its creation, one more for
 *     each event after it
 * @param strategy the strategy
 * @param occurredAt when
 */
public record ServiceStrategyDecided(
    CustomerId customer, long version, ServiceStrategy strategy, Instant occurredAt)
    implements CustomerEvent {

  /** The stored type: {@code customer.service-strategy-decided}, schema version 1. */
  public static final EventType TYPE = EventType.of("customer.service-strategy-decided", 1);

  /**
   * Checks that no part is null.
   *
   * @param customer the customer
   * @param version the version of the aggregate this event produced: 1 for its creation, one more
   *     for each event after it
   * @param strategy the strategy
   * @param occurredAt when
   */
  public ServiceStrategyDecided {
    Objects.requireNonNull(customer, "customer");
    Objects.requireNonNull(strategy, "strategy");
    Objects.requireNonNull(occurredAt, "occurredAt");
    EventType.checkVersion(version);
  }

  @Override
  public EventType type() {
    return TYPE;
  }
}
