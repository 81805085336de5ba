package org.leadtocash.domain.opportunity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.leadtocash.domain.common.EventType;
import org.leadtocash.domain.common.OpportunityId;

/**
 * A gate decision was planned for a date (DOMAIN D3.2).
 *
 * @param opportunity the opportunity
 * @param version the version of the aggregate this event produced: 1 for its creation, one more for
 *     each event after it
 * @param gate the gate
 * @param plannedOn the planned date
 * @param occurredAt when
 */
public record GatePlanned(
    OpportunityId opportunity, long version, Gate gate, LocalDate plannedOn, Instant occurredAt)
    implements OpportunityEvent {

  /** The stored type: {@code opportunity.gate-planned}, schema version 1. */
  public static final EventType TYPE = EventType.of("opportunity.gate-planned", 1);

  /**
   * Checks that no part is null.
   *
   * @param opportunity the opportunity
   * @param version the version of the aggregate this event produced: 1 for its creation, one more
   *     for each event after it
   * @param gate the gate
   * @param plannedOn the planned date
   * @param occurredAt when
   */
  public GatePlanned {
    Objects.requireNonNull(opportunity, "opportunity");
    Objects.requireNonNull(gate, "gate");
    Objects.requireNonNull(plannedOn, "plannedOn");
    Objects.requireNonNull(occurredAt, "occurredAt");
    EventType.checkVersion(version);
  }

  @Override
  public EventType type() {
    return TYPE;
  }
}
