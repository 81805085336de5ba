package org.leadtocash.planning.cycle;

import java.time.Instant;
import java.util.Objects;
import org.leadtocash.domain.common.EventType;

/**
 * The second stage began: the plans are developed, within 8 to 12 weeks (DOMAIN D11.10).
 *
 * @param cycle the cycle
 * @param version the version of the aggregate this event produced: 1 for its creation, one more for
 *     each event after it
 * @param occurredAt when
 */
public record DevelopmentStarted(PlanningCycleId cycle, long version, Instant occurredAt)
    implements PlanningCycleEvent {

  /** The stored type: {@code planning-cycle.development-started}, schema version 1. */
  public static final EventType TYPE = EventType.of("planning-cycle.development-started", 1);

  /**
   * Checks that no part is null.
   *
   * @param cycle the cycle
   * @param version the version of the aggregate this event produced: 1 for its creation, one more
   *     for each event after it
   * @param occurredAt when
   */
  public DevelopmentStarted {
    Objects.requireNonNull(cycle, "cycle");
    Objects.requireNonNull(occurredAt, "occurredAt");
    EventType.checkVersion(version);
  }

  @Override
  public EventType type() {
    return TYPE;
  }
}
