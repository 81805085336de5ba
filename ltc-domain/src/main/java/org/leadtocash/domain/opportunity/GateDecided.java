package org.leadtocash.domain.opportunity;

import java.time.Instant;
import java.util.Objects;
import org.leadtocash.domain.common.OpportunityId;

/**
 * A gate was decided, whatever the verdict (DOMAIN D3.2).
 *
 * @param opportunity the opportunity
 * @param decision the decision record
 * @param occurredAt when
 */
public record GateDecided(OpportunityId opportunity, GateDecision decision, Instant occurredAt)
    implements OpportunityEvent {

  /**
   * Checks that no part is null.
   *
   * @param opportunity the opportunity
   * @param decision the decision record
   * @param occurredAt when
   */
  public GateDecided {
    Objects.requireNonNull(opportunity, "opportunity");
    Objects.requireNonNull(decision, "decision");
    Objects.requireNonNull(occurredAt, "occurredAt");
  }
}
