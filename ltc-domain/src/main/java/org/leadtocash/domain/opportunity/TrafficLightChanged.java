package org.leadtocash.domain.opportunity;

import java.time.Instant;
import java.util.Objects;
import org.leadtocash.domain.common.EventType;
import org.leadtocash.domain.common.OpportunityId;

/**
 * A hilltop project's traffic light changed (DOMAIN D3.4).
 *
 * @param opportunity the opportunity
 * @param version the version of the aggregate this event produced: 1 for its creation, one more for
 *     each event after it
 * @param light the new light
 * @param occurredAt when
 */
public record TrafficLightChanged(
    OpportunityId opportunity, long version, TrafficLight light, Instant occurredAt)
    implements OpportunityEvent {

  /** The stored type: {@code opportunity.traffic-light-changed}, schema version 1. */
  public static final EventType TYPE = EventType.of("opportunity.traffic-light-changed", 1);

  /**
   * Checks that no part is null.
   *
   * @param opportunity the opportunity
   * @param version the version of the aggregate this event produced: 1 for its creation, one more
   *     for each event after it
   * @param light the new light
   * @param occurredAt when
   */
  public TrafficLightChanged {
    Objects.requireNonNull(opportunity, "opportunity");
    Objects.requireNonNull(light, "light");
    Objects.requireNonNull(occurredAt, "occurredAt");
    EventType.checkVersion(version);
  }

  @Override
  public EventType type() {
    return TYPE;
  }
}
