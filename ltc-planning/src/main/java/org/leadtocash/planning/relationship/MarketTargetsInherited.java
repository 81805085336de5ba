package org.leadtocash.planning.relationship;

import java.time.Instant;
import java.util.Objects;
import org.leadtocash.domain.common.EventType;

/**
 * The plan inherited its market targets, or replaced them while still in its first step (DOMAIN
 * D10.1, step 1).
 *
 * @param plan the plan
 * @param version the version of the plan this event produced: 1 for its opening, one more for each
 *     event after it
 * @param targets the market targets
 * @param occurredAt when
 */
public record MarketTargetsInherited(
    RelationshipPlanId plan, long version, MarketTargets targets, Instant occurredAt)
    implements RelationshipPlanEvent {

  /** The stored type: {@code relationship-plan.market-targets-inherited}, schema version 1. */
  public static final EventType TYPE =
      EventType.of("relationship-plan.market-targets-inherited", 1);

  /**
   * Checks that no part is null.
   *
   * @param plan the plan
   * @param version the version of the plan this event produced: 1 for its opening, one more for
   *     each event after it
   * @param targets the market targets
   * @param occurredAt when
   */
  public MarketTargetsInherited {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(targets, "targets");
    Objects.requireNonNull(occurredAt, "occurredAt");
    EventType.checkVersion(version);
  }

  @Override
  public EventType type() {
    return TYPE;
  }
}
