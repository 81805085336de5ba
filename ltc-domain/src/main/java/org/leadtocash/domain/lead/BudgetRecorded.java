package org.leadtocash.domain.lead;

import java.time.Instant;
import java.util.Objects;
import org.joda.money.Money;
import org.leadtocash.domain.common.EventType;
import org.leadtocash.domain.common.LeadId;

/**
 * The customer's investment budget for the lead was recorded (DOMAIN D2.3, D2.7).
 *
 * @param lead the lead
 * @param version the version of the aggregate this event produced: 1 for its creation, one more for
 *     each event after it
 * @param budget the budget
 * @param occurredAt when
 */
public record BudgetRecorded(LeadId lead, long version, Money budget, Instant occurredAt)
    implements LeadEvent {

  /** The stored type: {@code lead.budget-recorded}, schema version 1. */
  public static final EventType TYPE = EventType.of("lead.budget-recorded", 1);

  /**
   * Checks that no part is null.
   *
   * @param lead the lead
   * @param version the version of the aggregate this event produced: 1 for its creation, one more
   *     for each event after it
   * @param budget the budget
   * @param occurredAt when
   */
  public BudgetRecorded {
    Objects.requireNonNull(lead, "lead");
    Objects.requireNonNull(budget, "budget");
    Objects.requireNonNull(occurredAt, "occurredAt");
    EventType.checkVersion(version);
  }

  @Override
  public EventType type() {
    return TYPE;
  }
}
