package org.leadtocash.domain.opportunity;

import java.time.Instant;
import java.util.Objects;
import org.leadtocash.domain.common.EventType;
import org.leadtocash.domain.common.OpportunityId;

/**
 * We lost the opportunity to a competitor (DOMAIN D3.5).
 *
 * @param opportunity the opportunity
 * @param version the version of the aggregate this event produced: 1 for its creation, one more for
 *     each event after it
 * @param outcome the outcome: to whom, why, and the split when known
 */
public record OpportunityLost(
    OpportunityId opportunity, long version, OpportunityOutcome.Lost outcome)
    implements OpportunityEvent {

  /** The stored type: {@code opportunity.lost}, schema version 1. */
  public static final EventType TYPE = EventType.of("opportunity.lost", 1);

  /**
   * Checks that no part is null.
   *
   * @param opportunity the opportunity
   * @param version the version of the aggregate this event produced: 1 for its creation, one more
   *     for each event after it
   * @param outcome the outcome: to whom, why, and the split when known
   */
  public OpportunityLost {
    Objects.requireNonNull(opportunity, "opportunity");
    Objects.requireNonNull(outcome, "outcome");
    EventType.checkVersion(version);
  }

  /** {@return when the opportunity ended; never null} */
  @Override
  public Instant occurredAt() {
    return outcome.at();
  }

  @Override
  public EventType type() {
    return TYPE;
  }
}
