package org.leadtocash.domain.opportunity;

import java.time.Instant;
import java.util.Objects;
import org.leadtocash.domain.common.OpportunityId;

/**
 * We won the opportunity (DOMAIN D3.5).
 *
 * @param opportunity the opportunity
 * @param outcome the outcome, with the award split when known
 */
public record OpportunityWon(OpportunityId opportunity, OpportunityOutcome.Won outcome)
    implements OpportunityEvent {

  /**
   * Checks that no part is null.
   *
   * @param opportunity the opportunity
   * @param outcome the outcome, with the award split when known
   */
  public OpportunityWon {
    Objects.requireNonNull(opportunity, "opportunity");
    Objects.requireNonNull(outcome, "outcome");
  }

  /** {@return when the opportunity ended; never null} */
  @Override
  public Instant occurredAt() {
    return outcome.at();
  }
}
