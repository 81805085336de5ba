package org.leadtocash.planning.relationship;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.Instant;
import java.util.Objects;
import org.leadtocash.domain.common.EmployeeId;
import org.leadtocash.domain.common.EventType;

/**
 * A relationship plan was opened for a customer or a region, with its owner and the owner's direct
 * manager, who supervises it (DOMAIN D10.1, D10.4).
 *
 * @param plan the plan
 * @param version the version of the plan this event produced: 1 for its opening, one more for each
 *     event after it
 * @param scope the customer or region it covers
 * @param owner who owns the plan
 * @param manager the owner's direct manager, who supervises the plan
 * @param occurredAt when
 */
public record RelationshipPlanOpened(
    RelationshipPlanId plan,
    long version,
    PlanScope scope,
    EmployeeId owner,
    EmployeeId manager,
    Instant occurredAt)
    implements RelationshipPlanEvent {

  /** The stored type: {@code relationship-plan.opened}, schema version 1. */
  public static final EventType TYPE = EventType.of("relationship-plan.opened", 1);

  /**
   * Checks that no part is null and the parts agree.
   *
   * @param plan the plan
   * @param version the version of the plan this event produced: 1 for its opening, one more for
   *     each event after it
   * @param scope the customer or region it covers
   * @param owner who owns the plan
   * @param manager the owner's direct manager, who supervises the plan
   * @param occurredAt when
   * @throws IllegalArgumentException if the owner is the manager
   */
  public RelationshipPlanOpened {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(manager, "manager");
    Objects.requireNonNull(occurredAt, "occurredAt");
    checkArgument(
        !owner.equals(manager),
        "the owner %s of a plan is supervised by a direct manager, not by themselves (DOMAIN"
            + " D10.4)",
        owner);
    EventType.checkVersion(version);
  }

  @Override
  public EventType type() {
    return TYPE;
  }
}
