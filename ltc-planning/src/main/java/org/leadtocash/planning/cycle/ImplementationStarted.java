package org.leadtocash.planning.cycle;

import java.time.Instant;
import java.util.Objects;
import org.leadtocash.domain.common.EventType;

/**
 * The review passed, and the fourth stage began: the plans are implemented and monitored (DOMAIN
 * D11.10).
 *
 * @param cycle the cycle
 * @param version the version of the aggregate this event produced: 1 for its creation, one more for
 *     each event after it
 * @param occurredAt when
 */
public record ImplementationStarted(PlanningCycleId cycle, long version, Instant occurredAt)
    implements PlanningCycleEvent {

  /** The stored type: {@code planning-cycle.implementation-started}, schema version 1. */
  public static final EventType TYPE = EventType.of("planning-cycle.implementation-started", 1);

  /**
   * Checks that no part is null.
   *
   * @param cycle the cycle
   * @param version the version of the aggregate this event produced: 1 for its creation, one more
   *     for each event after it
   * @param occurredAt when
   */
  public ImplementationStarted {
    Objects.requireNonNull(cycle, "cycle");
    Objects.requireNonNull(occurredAt, "occurredAt");
    EventType.checkVersion(version);
  }

  @Override
  public EventType type() {
    return TYPE;
  }
}
