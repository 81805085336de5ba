package org.leadtocash.domain.customer;

import java.time.Instant;
import java.util.Objects;
import org.leadtocash.domain.common.CustomerId;

/**
 * The customer's basic data was analysed, the first grading step (DOMAIN D6.3).
 *
 * @param customer the customer
 * @param analysis the analysis
 * @param occurredAt when
 */
public record BasicDataAnalysed(CustomerId customer, BasicDataAnalysis analysis, Instant occurredAt)
    implements CustomerEvent {

  /**
   * Checks that no part is null.
   *
   * @param customer the customer
   * @param analysis the analysis
   * @param occurredAt when
   */
  public BasicDataAnalysed {
    Objects.requireNonNull(customer, "customer");
    Objects.requireNonNull(analysis, "analysis");
    Objects.requireNonNull(occurredAt, "occurredAt");
  }
}
