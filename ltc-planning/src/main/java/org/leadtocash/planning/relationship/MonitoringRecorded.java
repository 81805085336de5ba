package org.leadtocash.planning.relationship;

import java.time.Instant;
import java.util.Objects;
import org.leadtocash.domain.common.EventType;

/**
 * A monitoring activity of the plan in execution was held (DOMAIN D10.1, D10.4).
 *
 * @param plan the plan
 * @param version the version of the plan this event produced: 1 for its opening, one more for each
 *     event after it
 * @param record what was held, when, by whom, and what it found
 * @param occurredAt when
 */
public record MonitoringRecorded(
    RelationshipPlanId plan, long version, HeldMonitoring record, Instant occurredAt)
    implements RelationshipPlanEvent {

  /** The stored type: {@code relationship-plan.monitoring-recorded}, schema version 1. */
  public static final EventType TYPE = EventType.of("relationship-plan.monitoring-recorded", 1);

  /**
   * Checks that no part is null.
   *
   * @param plan the plan
   * @param version the version of the plan this event produced: 1 for its opening, one more for
   *     each event after it
   * @param record what was held, when, by whom, and what it found
   * @param occurredAt when
   */
  public MonitoringRecorded {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(record, "record");
    Objects.requireNonNull(occurredAt, "occurredAt");
    EventType.checkVersion(version);
  }

  @Override
  public EventType type() {
    return TYPE;
  }
}
