package org.leadtocash.domain.opportunity;

import java.time.Instant;
import java.util.Objects;
import org.leadtocash.domain.common.OpportunityId;

/**
 * The customer cancelled the opportunity (DOMAIN D3.5).
 *
 * @param opportunity the opportunity
 * @param outcome the outcome, with the reason
 */
public record OpportunityCancelled(OpportunityId opportunity, OpportunityOutcome.Cancelled outcome)
    implements OpportunityEvent {

  /**
   * Checks that no part is null.
   *
   * @param opportunity the opportunity
   * @param outcome the outcome, with the reason
   */
  public OpportunityCancelled {
    Objects.requireNonNull(opportunity, "opportunity");
    Objects.requireNonNull(outcome, "outcome");
  }

  /** {@return when the opportunity ended; never null} */
  @Override
  public Instant occurredAt() {
    return outcome.at();
  }
}
