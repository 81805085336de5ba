package org.leadtocash.domain.lead;

import java.time.Instant;
import java.util.Objects;
import org.joda.money.Money;
import org.leadtocash.domain.common.LeadId;

/**
 * The customer's investment budget for the lead was recorded (DOMAIN D2.3, D2.7).
 *
 * @param lead the lead
 * @param budget the budget
 * @param occurredAt when
 */
public record BudgetRecorded(LeadId lead, Money budget, Instant occurredAt) implements LeadEvent {

  /**
   * Checks that no part is null.
   *
   * @param lead the lead
   * @param budget the budget
   * @param occurredAt when
   */
  public BudgetRecorded {
    Objects.requireNonNull(lead, "lead");
    Objects.requireNonNull(budget, "budget");
    Objects.requireNonNull(occurredAt, "occurredAt");
  }
}
