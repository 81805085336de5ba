package org.leadtocash.domain.opportunity;

import java.time.Instant;
import java.util.Objects;
import org.leadtocash.domain.common.EventType;
import org.leadtocash.domain.common.OpportunityId;
import org.leadtocash.domain.team.ProjectTriangle;

/**
 * The opportunity's project triangle was assigned or re-staffed (DOMAIN D4.1, D4.3).
 *
 * @param opportunity the opportunity
 * @param version the version of the aggregate this event produced: 1 for its creation, one more for
 *     each event after it
 * @param triangle its project triangle, as assigned
 * @param occurredAt when
 */
public record TriangleAssigned(
    OpportunityId opportunity, long version, ProjectTriangle triangle, Instant occurredAt)
    implements OpportunityEvent {

  /** The stored type: {@code opportunity.triangle-assigned}, schema version 1. */
  public static final EventType TYPE = EventType.of("opportunity.triangle-assigned", 1);

  /**
   * Checks that no part is null.
   *
   * @param opportunity the opportunity
   * @param version the version of the aggregate this event produced: 1 for its creation, one more
   *     for each event after it
   * @param triangle its project triangle, as assigned
   * @param occurredAt when
   */
  public TriangleAssigned {
    Objects.requireNonNull(opportunity, "opportunity");
    Objects.requireNonNull(triangle, "triangle");
    Objects.requireNonNull(occurredAt, "occurredAt");
    EventType.checkVersion(version);
  }

  @Override
  public EventType type() {
    return TYPE;
  }
}
