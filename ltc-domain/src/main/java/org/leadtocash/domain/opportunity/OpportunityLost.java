package org.leadtocash.domain.opportunity;

import java.time.Instant;
import java.util.Objects;
import org.leadtocash.domain.common.OpportunityId;

/**
 * We lost the opportunity to a competitor (DOMAIN D3.5).
 *
 * @param opportunity the opportunity
 * @param outcome the outcome: to whom, why, and the split when known
 */
public record OpportunityLost(OpportunityId opportunity, OpportunityOutcome.Lost outcome)
    implements OpportunityEvent {

  /**
   * Checks that no part is null.
   *
   * @param opportunity the opportunity
   * @param outcome the outcome: to whom, why, and the split when known
   */
  public OpportunityLost {
    Objects.requireNonNull(opportunity, "opportunity");
    Objects.requireNonNull(outcome, "outcome");
  }

  /** {@return when the opportunity ended; never null} */
  @Override
  public Instant occurredAt() {
    return outcome.at();
  }
}
