package org.leadtocash.domain.opportunity;

import java.time.Instant;
import java.util.Objects;
import org.leadtocash.domain.common.OpportunityId;

/**
 * A hilltop project's traffic light changed (DOMAIN D3.4).
 *
 * @param opportunity the opportunity
 * @param light the new light
 * @param occurredAt when
 */
public record TrafficLightChanged(OpportunityId opportunity, TrafficLight light, Instant occurredAt)
    implements OpportunityEvent {

  /**
   * Checks that no part is null.
   *
   * @param opportunity the opportunity
   * @param light the new light
   * @param occurredAt when
   */
  public TrafficLightChanged {
    Objects.requireNonNull(opportunity, "opportunity");
    Objects.requireNonNull(light, "light");
    Objects.requireNonNull(occurredAt, "occurredAt");
  }
}
