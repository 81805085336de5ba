package org.leadtocash.domain.opportunity;

import java.time.Instant;
import java.util.Objects;
import org.leadtocash.domain.common.OpportunityId;

/**
 * The customer's buying stage changed (DOMAIN D3.3).
 *
 * @param opportunity the opportunity
 * @param stage the stage entered
 * @param occurredAt when
 */
public record BuyingStageChanged(OpportunityId opportunity, BuyingStage stage, Instant occurredAt)
    implements OpportunityEvent {

  /**
   * Checks that no part is null.
   *
   * @param opportunity the opportunity
   * @param stage the stage entered
   * @param occurredAt when
   */
  public BuyingStageChanged {
    Objects.requireNonNull(opportunity, "opportunity");
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(occurredAt, "occurredAt");
  }
}
