package org.leadtocash.domain.opportunity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.leadtocash.domain.common.OpportunityId;

/**
 * A gate decision was planned for a date (DOMAIN D3.2).
 *
 * @param opportunity the opportunity
 * @param gate the gate
 * @param plannedOn the planned date
 * @param occurredAt when
 */
public record GatePlanned(
    OpportunityId opportunity, Gate gate, LocalDate plannedOn, Instant occurredAt)
    implements OpportunityEvent {

  /**
   * Checks that no part is null.
   *
   * @param opportunity the opportunity
   * @param gate the gate
   * @param plannedOn the planned date
   * @param occurredAt when
   */
  public GatePlanned {
    Objects.requireNonNull(opportunity, "opportunity");
    Objects.requireNonNull(gate, "gate");
    Objects.requireNonNull(plannedOn, "plannedOn");
    Objects.requireNonNull(occurredAt, "occurredAt");
  }
}
