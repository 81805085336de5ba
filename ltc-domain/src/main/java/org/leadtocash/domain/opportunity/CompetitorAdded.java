package org.leadtocash.domain.opportunity;

import java.time.Instant;
import java.util.Objects;
import org.leadtocash.domain.common.CompetitorId;
import org.leadtocash.domain.common.EventType;
import org.leadtocash.domain.common.OpportunityId;

/**
 * A competitor was found bidding for the opportunity (DOMAIN D3.5).
 *
 * @param opportunity the opportunity
 * @param version the version of the aggregate this event produced: 1 for its creation, one more for
 *     each event after it
 * @param competitor the competitor
 * @param occurredAt when
 */
public record CompetitorAdded(
    OpportunityId opportunity, long version, CompetitorId competitor, Instant occurredAt)
    implements OpportunityEvent {

  /** The stored type: {@code opportunity.competitor-added}, schema version 1. */
  public static final EventType TYPE = EventType.of("opportunity.competitor-added", 1);

  /**
   * Checks that no part is null.
   *
   * @param opportunity the opportunity
   * @param version the version of the aggregate this event produced: 1 for its creation, one more
   *     for each event after it
   * @param competitor the competitor
   * @param occurredAt when
   */
  public CompetitorAdded {
    Objects.requireNonNull(opportunity, "opportunity");
    Objects.requireNonNull(competitor, "competitor");
    Objects.requireNonNull(occurredAt, "occurredAt");
    EventType.checkVersion(version);
  }

  @Override
  public EventType type() {
    return TYPE;
  }
}
