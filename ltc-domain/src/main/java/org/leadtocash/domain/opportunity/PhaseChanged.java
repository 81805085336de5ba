package org.leadtocash.domain.opportunity;

import java.time.Instant;
import java.util.Objects;
import org.leadtocash.domain.common.EventType;
import org.leadtocash.domain.common.OpportunityId;

/**
 * The opportunity moved to another sales phase (DOMAIN D3.1), forward or, after a rejected gate,
 * back (D3.2).
 *
 * @param opportunity the opportunity
 * @param version the version of the aggregate this event produced: 1 for its creation, one more for
 *     each event after it
 * @param phase the phase entered
 * @param occurredAt when
 */
public record PhaseChanged(
    OpportunityId opportunity, long version, SalesPhase phase, Instant occurredAt)
    implements OpportunityEvent {

  /** The stored type: {@code opportunity.phase-changed}, schema version 1. */
  public static final EventType TYPE = EventType.of("opportunity.phase-changed", 1);

  /**
   * Checks that no part is null.
   *
   * @param opportunity the opportunity
   * @param version the version of the aggregate this event produced: 1 for its creation, one more
   *     for each event after it
   * @param phase the phase entered
   * @param occurredAt when
   */
  public PhaseChanged {
    Objects.requireNonNull(opportunity, "opportunity");
    Objects.requireNonNull(phase, "phase");
    Objects.requireNonNull(occurredAt, "occurredAt");
    EventType.checkVersion(version);
  }

  @Override
  public EventType type() {
    return TYPE;
  }
}
