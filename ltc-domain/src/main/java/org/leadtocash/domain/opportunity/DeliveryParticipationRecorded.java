package org.leadtocash.domain.opportunity;

import java.time.Instant;
import java.util.Objects;
import org.leadtocash.domain.common.EmployeeId;
import org.leadtocash.domain.common.OpportunityId;

/**
 * Delivery took part in verifying the opportunity, in support of ATI (DOMAIN D3.2).
 *
 * @param opportunity the opportunity
 * @param deliveryPerson who from delivery took part
 * @param occurredAt when
 */
public record DeliveryParticipationRecorded(
    OpportunityId opportunity, EmployeeId deliveryPerson, Instant occurredAt)
    implements OpportunityEvent {

  /**
   * Checks that no part is null.
   *
   * @param opportunity the opportunity
   * @param deliveryPerson who from delivery took part
   * @param occurredAt when
   */
  public DeliveryParticipationRecorded {
    Objects.requireNonNull(opportunity, "opportunity");
    Objects.requireNonNull(deliveryPerson, "deliveryPerson");
    Objects.requireNonNull(occurredAt, "occurredAt");
  }
}
