package org.leadtocash.planning.cycle;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.Instant;
import java.util.Objects;
import org.leadtocash.domain.common.EventType;

/**
 * The plan was adjusted to answer a review question answered no (DOMAIN D11.10).
 *
 * @param cycle the cycle
 * @param version the version of the aggregate this event produced: 1 for its creation, one more for
 *     each event after it
 * @param question the question
 * @param adjustment what was changed
 * @param occurredAt when
 */
public record PlanAdjusted(
    PlanningCycleId cycle,
    long version,
    ReviewQuestion question,
    String adjustment,
    Instant occurredAt)
    implements PlanningCycleEvent {

  /** The stored type: {@code planning-cycle.plan-adjusted}, schema version 1. */
  public static final EventType TYPE = EventType.of("planning-cycle.plan-adjusted", 1);

  /**
   * Checks that no part is null and no text is blank.
   *
   * @param cycle the cycle
   * @param version the version of the aggregate this event produced: 1 for its creation, one more
   *     for each event after it
   * @param question the question
   * @param adjustment what was changed
   * @param occurredAt when
   */
  public PlanAdjusted {
    Objects.requireNonNull(cycle, "cycle");
    Objects.requireNonNull(question, "question");
    Objects.requireNonNull(adjustment, "adjustment");
    checkArgument(
        !adjustment.isBlank(), "PlanAdjusted: the adjustment is not blank (DOMAIN D11.10)");
    Objects.requireNonNull(occurredAt, "occurredAt");
    EventType.checkVersion(version);
  }

  @Override
  public EventType type() {
    return TYPE;
  }
}
