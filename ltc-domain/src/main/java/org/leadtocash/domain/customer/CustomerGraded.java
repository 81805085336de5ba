package org.leadtocash.domain.customer;

import java.time.Instant;
import java.util.Objects;
import org.leadtocash.domain.common.CustomerId;

/**
 * The customer was graded and its grade's policy set, the third grading step (DOMAIN D6.2, D6.3).
 *
 * @param customer the customer
 * @param grading the grading
 * @param occurredAt when
 */
public record CustomerGraded(CustomerId customer, Grading grading, Instant occurredAt)
    implements CustomerEvent {

  /**
   * Checks that no part is null.
   *
   * @param customer the customer
   * @param grading the grading
   * @param occurredAt when
   */
  public CustomerGraded {
    Objects.requireNonNull(customer, "customer");
    Objects.requireNonNull(grading, "grading");
    Objects.requireNonNull(occurredAt, "occurredAt");
  }
}
