package org.leadtocash.planning.relationship;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.leadtocash.domain.common.EventType;

/**
 * The plan set its relationship targets, derived from its market targets by the host's policy
 * (DOMAIN D10.1, step 3).
 *
 * @param plan the plan
 * @param version the version of the plan this event produced: 1 for its opening, one more for each
 *     event after it
 * @param targets the targets, in the policy's order
 * @param occurredAt when
 */
public record RelationshipTargetsSet(
    RelationshipPlanId plan, long version, List<RelationshipTarget> targets, Instant occurredAt)
    implements RelationshipPlanEvent {

  /** The stored type: {@code relationship-plan.targets-set}, schema version 1. */
  public static final EventType TYPE = EventType.of("relationship-plan.targets-set", 1);

  /**
   * Checks that no part is null.
   *
   * @param plan the plan
   * @param version the version of the plan this event produced: 1 for its opening, one more for
   *     each event after it
   * @param targets the targets, in the policy's order
   * @param occurredAt when
   */
  public RelationshipTargetsSet {
    Objects.requireNonNull(targets, "targets");
    Objects.requireNonNull(plan, "plan");
    targets = ImmutableList.copyOf(targets);
    Objects.requireNonNull(occurredAt, "occurredAt");
    EventType.checkVersion(version);
  }

  @Override
  public EventType type() {
    return TYPE;
  }
}
