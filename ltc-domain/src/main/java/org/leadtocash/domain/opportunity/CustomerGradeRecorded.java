package org.leadtocash.domain.opportunity;

import java.time.Instant;
import java.util.Objects;
import org.leadtocash.domain.common.OpportunityId;
import org.leadtocash.domain.customer.CustomerGrade;

/**
 * The customer's grade was recorded on the opportunity (DOMAIN D6.2), for the authority of its gate
 * decisions (D3.2).
 *
 * @param opportunity the opportunity
 * @param grade the customer's grade
 * @param occurredAt when
 */
public record CustomerGradeRecorded(
    OpportunityId opportunity, CustomerGrade grade, Instant occurredAt)
    implements OpportunityEvent {

  /**
   * Checks that no part is null.
   *
   * @param opportunity the opportunity
   * @param grade the customer's grade
   * @param occurredAt when
   */
  public CustomerGradeRecorded {
    Objects.requireNonNull(opportunity, "opportunity");
    Objects.requireNonNull(grade, "grade");
    Objects.requireNonNull(occurredAt, "occurredAt");
  }
}
