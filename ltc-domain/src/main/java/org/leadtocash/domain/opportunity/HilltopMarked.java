package org.leadtocash.domain.opportunity;

import java.time.Instant;
import java.util.Objects;
import org.leadtocash.domain.common.OpportunityId;

/**
 * The opportunity was marked a hilltop project, with its first traffic light (DOMAIN D3.4).
 *
 * @param opportunity the opportunity
 * @param light its traffic light
 * @param occurredAt when
 */
public record HilltopMarked(OpportunityId opportunity, TrafficLight light, Instant occurredAt)
    implements OpportunityEvent {

  /**
   * Checks that no part is null.
   *
   * @param opportunity the opportunity
   * @param light its traffic light
   * @param occurredAt when
   */
  public HilltopMarked {
    Objects.requireNonNull(opportunity, "opportunity");
    Objects.requireNonNull(light, "light");
    Objects.requireNonNull(occurredAt, "occurredAt");
  }
}
