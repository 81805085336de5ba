package org.leadtocash.domain.opportunity;

import java.time.Instant;
import java.util.Objects;
import org.leadtocash.domain.common.EventType;
import org.leadtocash.domain.common.OpportunityId;

/**
 * The opportunity was marked a hilltop project, with its first traffic light (DOMAIN D3.4).
 *
 * @param opportunity the opportunity
 * @param version the version of the aggregate this event produced: 1 for its creation, one more for
 *     each event after it
 * @param light its traffic light
 * @param occurredAt when
 */
public record HilltopMarked(
    OpportunityId opportunity, long version, TrafficLight light, Instant occurredAt)
    implements OpportunityEvent {

  /** The stored type: {@code opportunity.hilltop-marked}, schema version 1. */
  public static final EventType TYPE = EventType.of("opportunity.hilltop-marked", 1);

  /**
   * Checks that no part is null.
   *
   * @param opportunity the opportunity
   * @param version the version of the aggregate this event produced: 1 for its creation, one more
   *     for each event after it
   * @param light its traffic light
   * @param occurredAt when
   */
  public HilltopMarked {
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
