package org.leadtocash.domain.customer;

import java.time.Instant;
import java.util.Objects;
import org.leadtocash.domain.common.CustomerId;
import org.leadtocash.domain.common.EventType;

/**
 * The customer's value was identified, the second grading step (DOMAIN D6.3).
 *
 * @param customer the customer
 * @param version the version of the aggregate this event produced: 1 for its creation, one more for
 *     each event after it
 * @param assessment the value assessment
 * @param occurredAt when
 */
public record ValueIdentified(
    CustomerId customer, long version, ValueAssessment assessment, Instant occurredAt)
    implements CustomerEvent {

  /** The stored type: {@code customer.value-identified}, schema version 1. */
  public static final EventType TYPE = EventType.of("customer.value-identified", 1);

  /**
   * Checks that no part is null.
   *
   * @param customer the customer
   * @param version the version of the aggregate this event produced: 1 for its creation, one more
   *     for each event after it
   * @param assessment the value assessment
   * @param occurredAt when
   */
  public ValueIdentified {
    Objects.requireNonNull(customer, "customer");
    Objects.requireNonNull(assessment, "assessment");
    Objects.requireNonNull(occurredAt, "occurredAt");
    EventType.checkVersion(version);
  }

  @Override
  public EventType type() {
    return TYPE;
  }
}
