package org.leadtocash.domain.opportunity;

import java.time.Instant;
import java.util.Objects;
import org.leadtocash.domain.common.EventType;
import org.leadtocash.domain.common.OpportunityId;
import org.leadtocash.domain.customer.CustomerGrade;

/**
 * The customer's grade was recorded on the opportunity (DOMAIN D6.2), for the authority of its gate
 * decisions (D3.2).
 *
 * @param opportunity the opportunity
 * @param version the version of the aggregate this event produced: 1 for its creation, one more for
 *     each event after it
 * @param grade the customer's grade
 * @param occurredAt when
 */
public record CustomerGradeRecorded(
    OpportunityId opportunity, long version, CustomerGrade grade, Instant occurredAt)
    implements OpportunityEvent {

  /** The stored type: {@code opportunity.customer-grade-recorded}, schema version 1. */
  public static final EventType TYPE = EventType.of("opportunity.customer-grade-recorded", 1);

  /**
   * Checks that no part is null.
   *
   * @param opportunity the opportunity
   * @param version the version of the aggregate this event produced: 1 for its creation, one more
   *     for each event after it
   * @param grade the customer's grade
   * @param occurredAt when
   */
  public CustomerGradeRecorded {
    Objects.requireNonNull(opportunity, "opportunity");
    Objects.requireNonNull(grade, "grade");
    Objects.requireNonNull(occurredAt, "occurredAt");
    EventType.checkVersion(version);
  }

  @Override
  public EventType type() {
    return TYPE;
  }
}
