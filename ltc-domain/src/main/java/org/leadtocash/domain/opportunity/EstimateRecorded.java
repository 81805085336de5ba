package org.leadtocash.domain.opportunity;

import java.time.Instant;
import java.util.Objects;
import org.leadtocash.domain.common.OpportunityId;

/**
 * An integrated project plan and budget estimate was recorded in support of a gate (DOMAIN D3.2).
 *
 * @param opportunity the opportunity
 * @param estimate the estimate
 * @param supports the gate it supports: ATB, or ATC once ATB is passed
 * @param occurredAt when
 */
public record EstimateRecorded(
    OpportunityId opportunity, ProjectEstimate estimate, Gate supports, Instant occurredAt)
    implements OpportunityEvent {

  /**
   * Checks that no part is null.
   *
   * @param opportunity the opportunity
   * @param estimate the estimate
   * @param supports the gate it supports: ATB, or ATC once ATB is passed
   * @param occurredAt when
   */
  public EstimateRecorded {
    Objects.requireNonNull(opportunity, "opportunity");
    Objects.requireNonNull(estimate, "estimate");
    Objects.requireNonNull(supports, "supports");
    Objects.requireNonNull(occurredAt, "occurredAt");
  }
}
