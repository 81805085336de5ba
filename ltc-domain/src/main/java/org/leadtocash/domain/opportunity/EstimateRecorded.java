package org.leadtocash.domain.opportunity;

import java.time.Instant;
import java.util.Objects;
import org.leadtocash.domain.common.EventType;
import org.leadtocash.domain.common.OpportunityId;

/**
 * An integrated project plan and budget estimate was recorded in support of a gate (DOMAIN D3.2).
 *
 * @param opportunity the opportunity
 * @param version the version of the aggregate this event produced: 1 for its creation, one more for
 *     each event after it
 * @param estimate the estimate
 * @param supports the gate it supports: ATB, or ATC once ATB is passed
 * @param occurredAt when
 */
public record EstimateRecorded(
    OpportunityId opportunity,
    long version,
    ProjectEstimate estimate,
    Gate supports,
    Instant occurredAt)
    implements OpportunityEvent {

  /** The stored type: {@code opportunity.estimate-recorded}, schema version 1. */
  public static final EventType TYPE = EventType.of("opportunity.estimate-recorded", 1);

  /**
   * Checks that no part is null.
   *
   * @param opportunity the opportunity
   * @param version the version of the aggregate this event produced: 1 for its creation, one more
   *     for each event after it
   * @param estimate the estimate
   * @param supports the gate it supports: ATB, or ATC once ATB is passed
   * @param occurredAt when
   */
  public EstimateRecorded {
    Objects.requireNonNull(opportunity, "opportunity");
    Objects.requireNonNull(estimate, "estimate");
    Objects.requireNonNull(supports, "supports");
    Objects.requireNonNull(occurredAt, "occurredAt");
    EventType.checkVersion(version);
  }

  @Override
  public EventType type() {
    return TYPE;
  }
}
