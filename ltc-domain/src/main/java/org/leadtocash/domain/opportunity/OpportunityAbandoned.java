package org.leadtocash.domain.opportunity;

import java.time.Instant;
import java.util.Objects;
import org.leadtocash.domain.common.OpportunityId;

/**
 * We abandoned the opportunity, or a rejected gate ended it (DOMAIN D3.5, D3.2).
 *
 * @param opportunity the opportunity
 * @param outcome the outcome, with the reason
 */
public record OpportunityAbandoned(OpportunityId opportunity, OpportunityOutcome.Abandoned outcome)
    implements OpportunityEvent {

  /**
   * Checks that no part is null.
   *
   * @param opportunity the opportunity
   * @param outcome the outcome, with the reason
   */
  public OpportunityAbandoned {
    Objects.requireNonNull(opportunity, "opportunity");
    Objects.requireNonNull(outcome, "outcome");
  }

  /** {@return when the opportunity ended; never null} */
  @Override
  public Instant occurredAt() {
    return outcome.at();
  }
}
