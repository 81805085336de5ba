package org.leadtocash.domain.opportunity;

import java.time.Instant;
import java.util.Objects;
import org.leadtocash.domain.common.OpportunityId;

/**
 * An opportunity was opened, from a converted lead or directly (DOMAIN D3, D2.7).
 *
 * @param opportunity the opportunity
 * @param profile what it was opened with
 * @param occurredAt when
 */
public record OpportunityOpened(
    OpportunityId opportunity, OpportunityProfile profile, Instant occurredAt)
    implements OpportunityEvent {

  /**
   * Checks that no part is null.
   *
   * @param opportunity the opportunity
   * @param profile what it was opened with
   * @param occurredAt when
   */
  public OpportunityOpened {
    Objects.requireNonNull(opportunity, "opportunity");
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(occurredAt, "occurredAt");
  }
}
