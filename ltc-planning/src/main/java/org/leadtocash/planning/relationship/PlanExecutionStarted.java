package org.leadtocash.planning.relationship;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.leadtocash.domain.common.EventType;

/**
 * The plan started execution on a day, with every customer of its scope staffed to the norm of the
 * host's staffing policy (DOMAIN D10.1, step 5).
 *
 * @param plan the plan
 * @param version the version of the plan this event produced: 1 for its opening, one more for each
 *     event after it
 * @param startsOn the day execution starts, from which the monitoring cadence counts
 * @param staffing the staffing of each customer of the scope
 * @param norms the norm the policy set for each customer, in the same order
 * @param occurredAt when
 */
public record PlanExecutionStarted(
    RelationshipPlanId plan,
    long version,
    LocalDate startsOn,
    List<CustomerStaffing> staffing,
    List<StaffingNorm> norms,
    Instant occurredAt)
    implements RelationshipPlanEvent {

  /** The stored type: {@code relationship-plan.execution-started}, schema version 1. */
  public static final EventType TYPE = EventType.of("relationship-plan.execution-started", 1);

  /**
   * Checks that no part is null.
   *
   * @param plan the plan
   * @param version the version of the plan this event produced: 1 for its opening, one more for
   *     each event after it
   * @param startsOn the day execution starts, from which the monitoring cadence counts
   * @param staffing the staffing of each customer of the scope
   * @param norms the norm the policy set for each customer, in the same order
   * @param occurredAt when
   */
  public PlanExecutionStarted {
    Objects.requireNonNull(staffing, "staffing");
    Objects.requireNonNull(norms, "norms");
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(startsOn, "startsOn");
    staffing = ImmutableList.copyOf(staffing);
    norms = ImmutableList.copyOf(norms);
    Objects.requireNonNull(occurredAt, "occurredAt");
    EventType.checkVersion(version);
  }

  @Override
  public EventType type() {
    return TYPE;
  }
}
