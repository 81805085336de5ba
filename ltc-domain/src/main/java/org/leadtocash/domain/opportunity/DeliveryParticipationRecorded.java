package org.leadtocash.domain.opportunity;

import java.time.Instant;
import java.util.Objects;
import org.leadtocash.domain.common.EmployeeId;
import org.leadtocash.domain.common.EventType;
import org.leadtocash.domain.common.OpportunityId;

/**
 * Delivery took part in verifying the opportunity, in support of ATI (DOMAIN D3.2).
 *
 * @param opportunity the opportunity
 * @param version the version of the aggregate this event produced: 1 for its creation, one more for
 *     each event after it
 * @param deliveryPerson who from delivery took part
 * @param occurredAt when
 */
public record DeliveryParticipationRecorded(
    OpportunityId opportunity, long version, EmployeeId deliveryPerson, Instant occurredAt)
    implements OpportunityEvent {

  /** The stored type: {@code opportunity.delivery-participation-recorded}, schema version 1. */
  public static final EventType TYPE =
      EventType.of("opportunity.delivery-participation-recorded", 1);

  /**
   * Checks that no part is null.
   *
   * @param opportunity the opportunity
   * @param version the version of the aggregate this event produced: 1 for its creation, one more
   *     for each event after it
   * @param deliveryPerson who from delivery took part
   * @param occurredAt when
   */
  public DeliveryParticipationRecorded {
    Objects.requireNonNull(opportunity, "opportunity");
    Objects.requireNonNull(deliveryPerson, "deliveryPerson");
    Objects.requireNonNull(occurredAt, "occurredAt");
    EventType.checkVersion(version);
  }

  @Override
  public EventType type() {
    return TYPE;
  }
}
