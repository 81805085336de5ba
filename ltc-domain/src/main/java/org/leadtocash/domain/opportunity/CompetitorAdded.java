package org.leadtocash.domain.opportunity;

import java.time.Instant;
import java.util.Objects;
import org.leadtocash.domain.common.CompetitorId;
import org.leadtocash.domain.common.OpportunityId;

/**
 * A competitor was found bidding for the opportunity (DOMAIN D3.5).
 *
 * @param opportunity the opportunity
 * @param competitor the competitor
 * @param occurredAt when
 */
public record CompetitorAdded(
    OpportunityId opportunity, CompetitorId competitor, Instant occurredAt)
    implements OpportunityEvent {

  /**
   * Checks that no part is null.
   *
   * @param opportunity the opportunity
   * @param competitor the competitor
   * @param occurredAt when
   */
  public CompetitorAdded {
    Objects.requireNonNull(opportunity, "opportunity");
    Objects.requireNonNull(competitor, "competitor");
    Objects.requireNonNull(occurredAt, "occurredAt");
  }
}
