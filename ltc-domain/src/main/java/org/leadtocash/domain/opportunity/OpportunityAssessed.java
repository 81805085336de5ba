package org.leadtocash.domain.opportunity;

import java.time.Instant;
import java.util.Objects;
import org.leadtocash.domain.common.EventType;
import org.leadtocash.domain.common.OpportunityId;

/**
 * The opportunity was assessed on the four factors of sales success (DOMAIN D3.6).
 *
 * @param opportunity the opportunity
 * @param version the version of the aggregate this event produced: 1 for its creation, one more for
 *     each event after it
 * @param assessment the assessment
 * @param occurredAt when
 */
public record OpportunityAssessed(
    OpportunityId opportunity, long version, WinAssessment assessment, Instant occurredAt)
    implements OpportunityEvent {

  /** The stored type: {@code opportunity.assessed}, schema version 1. */
  public static final EventType TYPE = EventType.of("opportunity.assessed", 1);

  /**
   * Checks that no part is null.
   *
   * @param opportunity the opportunity
   * @param version the version of the aggregate this event produced: 1 for its creation, one more
   *     for each event after it
   * @param assessment the assessment
   * @param occurredAt when
   */
  public OpportunityAssessed {
    Objects.requireNonNull(opportunity, "opportunity");
    Objects.requireNonNull(assessment, "assessment");
    Objects.requireNonNull(occurredAt, "occurredAt");
    EventType.checkVersion(version);
  }

  @Override
  public EventType type() {
    return TYPE;
  }
}
