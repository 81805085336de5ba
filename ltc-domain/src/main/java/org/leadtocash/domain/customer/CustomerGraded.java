package org.leadtocash.domain.customer;

import java.time.Instant;
import java.util.Objects;
import org.leadtocash.domain.common.CustomerId;
import org.leadtocash.domain.common.EventType;

/**
 * The customer was graded and its grade's policy set, the third grading step (DOMAIN D6.2, D6.3).
 *
 * @param customer the customer
 * @param version the version of the aggregate this event produced: 1 for its creation, one more for
 *     each event after it
 * @param grading the grading
 * @param occurredAt when
 */
public record CustomerGraded(CustomerId customer, long version, Grading grading, Instant occurredAt)
    implements CustomerEvent {

  /** The stored type: {@code customer.graded}, schema version 1. */
  public static final EventType TYPE = EventType.of("customer.graded", 1);

  /**
   * Checks that no part is null.
   *
   * @param customer the customer
   * @param version the version of the aggregate this event produced: 1 for its creation, one more
   *     for each event after it
   * @param grading the grading
   * @param occurredAt when
   */
  public CustomerGraded {
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
