package org.leadtocash.planning.relationship;

import java.time.Instant;
import java.util.Objects;
import org.leadtocash.domain.common.EventType;

/**
 * The plan recorded its relationship analysis, entering or staying in its second step (DOMAIN
 * D10.1, step 2).
 *
 * @param plan the plan
 * @param version the version of the plan this event produced: 1 for its opening, one more for each
 *     event after it
 * @param analysis the analysis
 * @param occurredAt when
 */
public record RelationshipsAnalysed(
    RelationshipPlanId plan, long version, RelationshipAnalysis analysis, Instant occurredAt)
    implements RelationshipPlanEvent {

  /** The stored type: {@code relationship-plan.relationships-analysed}, schema version 1. */
  public static final EventType TYPE = EventType.of("relationship-plan.relationships-analysed", 1);

  /**
   * Checks that no part is null.
   *
   * @param plan the plan
   * @param version the version of the plan this event produced: 1 for its opening, one more for
   *     each event after it
   * @param analysis the analysis
   * @param occurredAt when
   */
  public RelationshipsAnalysed {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(analysis, "analysis");
    Objects.requireNonNull(occurredAt, "occurredAt");
    EventType.checkVersion(version);
  }

  @Override
  public EventType type() {
    return TYPE;
  }
}
