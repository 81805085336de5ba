package org.leadtocash.domain.customer;

import java.time.Instant;
import java.util.Objects;
import org.leadtocash.domain.common.CustomerId;

/**
 * The customer's value was identified, the second grading step (DOMAIN D6.3).
 *
 * @param customer the customer
 * @param assessment the value assessment
 * @param occurredAt when
 */
public record ValueIdentified(CustomerId customer, ValueAssessment assessment, Instant occurredAt)
    implements CustomerEvent {

  /**
   * Checks that no part is null.
   *
   * @param customer the customer
   * @param assessment the value assessment
   * @param occurredAt when
   */
  public ValueIdentified {
    Objects.requireNonNull(customer, "customer");
    Objects.requireNonNull(assessment, "assessment");
    Objects.requireNonNull(occurredAt, "occurredAt");
  }
}
