package org.leadtocash.domain.opportunity;

import java.time.Instant;
import java.util.Objects;
import org.leadtocash.domain.common.OpportunityId;
import org.leadtocash.domain.team.ProjectTriangle;

/**
 * The opportunity's project triangle was assigned or re-staffed (DOMAIN D4.1, D4.3).
 *
 * @param opportunity the opportunity
 * @param triangle its project triangle, as assigned
 * @param occurredAt when
 */
public record TriangleAssigned(
    OpportunityId opportunity, ProjectTriangle triangle, Instant occurredAt)
    implements OpportunityEvent {

  /**
   * Checks that no part is null.
   *
   * @param opportunity the opportunity
   * @param triangle its project triangle, as assigned
   * @param occurredAt when
   */
  public TriangleAssigned {
    Objects.requireNonNull(opportunity, "opportunity");
    Objects.requireNonNull(triangle, "triangle");
    Objects.requireNonNull(occurredAt, "occurredAt");
  }
}
