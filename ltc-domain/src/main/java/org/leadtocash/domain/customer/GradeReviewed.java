package org.leadtocash.domain.customer;

import java.time.Instant;
import java.util.Objects;
import org.leadtocash.domain.common.CustomerId;

/**
 * The customer's grade and policy were reviewed, as they are every year; the review may keep or
 * change them (DOMAIN D6.2).
 *
 * @param customer the customer
 * @param grading the grading after the review
 * @param occurredAt when
 */
public record GradeReviewed(CustomerId customer, Grading grading, Instant occurredAt)
    implements CustomerEvent {

  /**
   * Checks that no part is null.
   *
   * @param customer the customer
   * @param grading the grading after the review
   * @param occurredAt when
   */
  public GradeReviewed {
    Objects.requireNonNull(customer, "customer");
    Objects.requireNonNull(grading, "grading");
    Objects.requireNonNull(occurredAt, "occurredAt");
  }
}
