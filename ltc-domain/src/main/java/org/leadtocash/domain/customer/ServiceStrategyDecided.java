package org.leadtocash.domain.customer;

import java.time.Instant;
import java.util.Objects;
import org.leadtocash.domain.common.CustomerId;

/**
 * The key-account service strategy of the customer was decided, the fourth grading step (DOMAIN
 * D6.3).
 *
 * @param customer the customer
 * @param strategy the strategy
 * @param occurredAt when
 */
public record ServiceStrategyDecided(
    CustomerId customer, ServiceStrategy strategy, Instant occurredAt) implements CustomerEvent {

  /**
   * Checks that no part is null.
   *
   * @param customer the customer
   * @param strategy the strategy
   * @param occurredAt when
   */
  public ServiceStrategyDecided {
    Objects.requireNonNull(customer, "customer");
    Objects.requireNonNull(strategy, "strategy");
    Objects.requireNonNull(occurredAt, "occurredAt");
  }
}
