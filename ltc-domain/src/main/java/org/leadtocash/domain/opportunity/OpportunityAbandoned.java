package org.leadtocash.domain.opportunity;

import java.time.Instant;
import java.util.Objects;
import org.leadtocash.domain.common.EventType;
import org.leadtocash.domain.common.OpportunityId;

/**
 * We abandoned the opportunity, or a rejected gate ended it (DOMAIN D3.5, D3.2).
 *
 * @param opportunity the opportunity
 * @param version the version of the aggregate this event produced: 1 for its creation, one more for
 *     each event after it
 * @param outcome the outcome, with the reason
 */
public record OpportunityAbandoned(
    OpportunityId opportunity, long version, OpportunityOutcome.Abandoned outcome)
    implements OpportunityEvent {

  /** The stored type: {@code opportunity.abandoned}, schema version 1. */
  public static final EventType TYPE = EventType.of("opportunity.abandoned", 1);

  /**
   * Checks that no part is null.
   *
   * @param opportunity the opportunity
   * @param version the version of the aggregate this event produced: 1 for its creation, one more
   *     for each event after it
   * @param outcome the outcome, with the reason
   */
  public OpportunityAbandoned {
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
