package org.leadtocash.planning.cycle;

import java.time.Instant;
import java.util.Objects;
import org.leadtocash.domain.common.EventType;

/**
 * A step of developing the plan was completed; the eighth ends the stage and opens the review
 * (DOMAIN D11.10).
 *
 * @param cycle the cycle
 * @param version the version of the aggregate this event produced: 1 for its creation, one more for
 *     each event after it
 * @param step the step
 * @param occurredAt when
 */
public record DevelopmentStepCompleted(
    PlanningCycleId cycle, long version, DevelopmentStep step, Instant occurredAt)
    implements PlanningCycleEvent {

  /** The stored type: {@code planning-cycle.step-completed}, schema version 1. */
  public static final EventType TYPE = EventType.of("planning-cycle.step-completed", 1);

  /**
   * Checks that no part is null.
   *
   * @param cycle the cycle
   * @param version the version of the aggregate this event produced: 1 for its creation, one more
   *     for each event after it
   * @param step the step
   * @param occurredAt when
   */
  public DevelopmentStepCompleted {
    Objects.requireNonNull(cycle, "cycle");
    Objects.requireNonNull(step, "step");
    Objects.requireNonNull(occurredAt, "occurredAt");
    EventType.checkVersion(version);
  }

  @Override
  public EventType type() {
    return TYPE;
  }
}
