package org.leadtocash.domain.opportunity;

import java.time.Instant;
import java.util.Objects;
import org.leadtocash.domain.common.EventType;
import org.leadtocash.domain.common.OpportunityId;

/**
 * We won the opportunity (DOMAIN D3.5).
 *
 * @param opportunity the opportunity
 * @param version the version of the aggregate this event produced: 1 for its creation, one more for
 *     each event after it
 * @param outcome the outcome, with the award split when known
 */
public record OpportunityWon(
    OpportunityId opportunity, long version, OpportunityOutcome.Won outcome)
    implements OpportunityEvent {

  /** The stored type: {@code opportunity.won}, schema version 1. */
  public static final EventType TYPE = EventType.of("opportunity.won", 1);

  /**
   * Checks that no part is null.
   *
   * @param opportunity the opportunity
   * @param version the version of the aggregate this event produced: 1 for its creation, one more
   *     for each event after it
   * @param outcome the outcome, with the award split when known
   */
  public OpportunityWon {
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
