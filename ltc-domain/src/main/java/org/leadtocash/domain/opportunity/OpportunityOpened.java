package org.leadtocash.domain.opportunity;

import java.time.Instant;
import java.util.Objects;
import org.leadtocash.domain.common.EventType;
import org.leadtocash.domain.common.OpportunityId;

/**
 * An opportunity was opened, from a converted lead or directly (DOMAIN D3, D2.7).
 *
 * @param opportunity the opportunity
 * @param version the version of the aggregate this event produced: 1 for its creation, one more for
 *     each event after it
 * @param profile what it was opened with
 * @param occurredAt when
 */
public record OpportunityOpened(
    OpportunityId opportunity, long version, OpportunityProfile profile, Instant occurredAt)
    implements OpportunityEvent {

  /** The stored type: {@code opportunity.opened}, schema version 1. */
  public static final EventType TYPE = EventType.of("opportunity.opened", 1);

  /**
   * Checks that no part is null.
   *
   * @param opportunity the opportunity
   * @param version the version of the aggregate this event produced: 1 for its creation, one more
   *     for each event after it
   * @param profile what it was opened with
   * @param occurredAt when
   */
  public OpportunityOpened {
    Objects.requireNonNull(opportunity, "opportunity");
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(occurredAt, "occurredAt");
    EventType.checkVersion(version);
  }

  @Override
  public EventType type() {
    return TYPE;
  }
}
