package org.leadtocash.planning.relationship;

import java.time.Instant;
import java.util.Objects;
import org.leadtocash.domain.common.EventType;

/**
 * The plan adopted a strategy for one of its targets and one person or department, entering or
 * staying in its fourth step or in execution (DOMAIN D10.1, step 4).
 *
 * @param plan the plan
 * @param version the version of the plan this event produced: 1 for its opening, one more for each
 *     event after it
 * @param strategy the strategy; it replaces one for the same target and whom
 * @param occurredAt when
 */
public record StrategyAdopted(
    RelationshipPlanId plan, long version, RelationshipStrategy strategy, Instant occurredAt)
    implements RelationshipPlanEvent {

  /** The stored type: {@code relationship-plan.strategy-adopted}, schema version 1. */
  public static final EventType TYPE = EventType.of("relationship-plan.strategy-adopted", 1);

  /**
   * Checks that no part is null.
   *
   * @param plan the plan
   * @param version the version of the plan this event produced: 1 for its opening, one more for
   *     each event after it
   * @param strategy the strategy; it replaces one for the same target and whom
   * @param occurredAt when
   */
  public StrategyAdopted {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(strategy, "strategy");
    Objects.requireNonNull(occurredAt, "occurredAt");
    EventType.checkVersion(version);
  }

  @Override
  public EventType type() {
    return TYPE;
  }
}
