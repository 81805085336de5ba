package org.leadtocash.planning.relationship;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.leadtocash.domain.common.EventType;

/**
 * The plan's market targets changed, and its relationship targets were derived again in step with
 * them (DOMAIN D10.1, step 5: target adjustment).
 *
 * @param plan the plan
 * @param version the version of the plan this event produced: 1 for its opening, one more for each
 *     event after it
 * @param previousMarketTargets the market targets before
 * @param marketTargets the market targets now
 * @param previousTargets the relationship targets before
 * @param targets the relationship targets derived again
 * @param occurredAt when
 */
public record MarketTargetsRevised(
    RelationshipPlanId plan,
    long version,
    MarketTargets previousMarketTargets,
    MarketTargets marketTargets,
    List<RelationshipTarget> previousTargets,
    List<RelationshipTarget> targets,
    Instant occurredAt)
    implements RelationshipPlanEvent {

  /** The stored type: {@code relationship-plan.market-targets-revised}, schema version 1. */
  public static final EventType TYPE = EventType.of("relationship-plan.market-targets-revised", 1);

  /**
   * Checks that no part is null and the parts agree.
   *
   * @param plan the plan
   * @param version the version of the plan this event produced: 1 for its opening, one more for
   *     each event after it
   * @param previousMarketTargets the market targets before
   * @param marketTargets the market targets now
   * @param previousTargets the relationship targets before
   * @param targets the relationship targets derived again
   * @param occurredAt when
   * @throws IllegalArgumentException if the market targets do not change
   */
  public MarketTargetsRevised {
    Objects.requireNonNull(previousTargets, "previousTargets");
    Objects.requireNonNull(targets, "targets");
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(previousMarketTargets, "previousMarketTargets");
    Objects.requireNonNull(marketTargets, "marketTargets");
    previousTargets = ImmutableList.copyOf(previousTargets);
    targets = ImmutableList.copyOf(targets);
    Objects.requireNonNull(occurredAt, "occurredAt");
    checkArgument(
        !previousMarketTargets.equals(marketTargets),
        "a revision changes the market targets of %s (DOMAIN D10.1)",
        plan);
    EventType.checkVersion(version);
  }

  @Override
  public EventType type() {
    return TYPE;
  }
}
