package org.leadtocash.domain.opportunity;

import java.time.Instant;
import java.util.Objects;
import org.leadtocash.domain.common.OpportunityId;

/**
 * The opportunity was assessed on the four factors of sales success (DOMAIN D3.6).
 *
 * @param opportunity the opportunity
 * @param assessment the assessment
 * @param occurredAt when
 */
public record OpportunityAssessed(
    OpportunityId opportunity, WinAssessment assessment, Instant occurredAt)
    implements OpportunityEvent {

  /**
   * Checks that no part is null.
   *
   * @param opportunity the opportunity
   * @param assessment the assessment
   * @param occurredAt when
   */
  public OpportunityAssessed {
    Objects.requireNonNull(opportunity, "opportunity");
    Objects.requireNonNull(assessment, "assessment");
    Objects.requireNonNull(occurredAt, "occurredAt");
  }
}
