package org.leadtocash.domain.customer;

import java.time.Instant;
import java.util.Objects;
import org.leadtocash.domain.common.CustomerId;
import org.leadtocash.domain.common.EventType;

/**
 * The customer's grade and policy were reviewed, as they are every year; the review may keep or
 * change them (DOMAIN D6.2).
 *
 * @param customer the customer
 * @param version the version of the aggregate this event produced: 1 for its creation, one more for
 *     each event after it
 * @param grading the grading after the review
 * @param occurredAt when
 */
public record GradeReviewed(CustomerId customer, long version, Grading grading, Instant occurredAt)
    implements CustomerEvent {

  /** The stored type: {@code customer.grade-reviewed}, schema version 1. */
  public static final EventType TYPE = EventType.of("customer.grade-reviewed", 1);

  /**
   * Checks that no part is null.
   *
   * @param customer the customer
   * @param version the version of the aggregate this event produced: 1 for its creation, one more
   *     for each event after it
   * @param grading the grading after the review
   * @param occurredAt when
   */
  public GradeReviewed {
    Objects.requireNonNull(customer, "customer");
    Objects.requireNonNull(grading, "grading");
    Objects.requireNonNull(occurredAt, "occurredAt");
    EventType.checkVersion(version);
  }

  @Override
  public EventType type() {
    return TYPE;
  }
}
