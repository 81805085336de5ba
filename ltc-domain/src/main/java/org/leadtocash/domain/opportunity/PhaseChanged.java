package org.leadtocash.domain.opportunity;

import java.time.Instant;
import java.util.Objects;
import org.leadtocash.domain.common.OpportunityId;

/**
 * The opportunity moved to another sales phase (DOMAIN D3.1), forward or, after a rejected gate,
 * back (D3.2).
 *
 * @param opportunity the opportunity
 * @param phase the phase entered
 * @param occurredAt when
 */
public record PhaseChanged(OpportunityId opportunity, SalesPhase phase, Instant occurredAt)
    implements OpportunityEvent {

  /**
   * Checks that no part is null.
   *
   * @param opportunity the opportunity
   * @param phase the phase entered
   * @param occurredAt when
   */
  public PhaseChanged {
    Objects.requireNonNull(opportunity, "opportunity");
    Objects.requireNonNull(phase, "phase");
    Objects.requireNonNull(occurredAt, "occurredAt");
  }
}
