package org.leadtocash.domain.opportunity;

import java.time.Instant;
import java.util.Objects;
import org.leadtocash.domain.common.EventType;
import org.leadtocash.domain.common.OpportunityId;

/**
 * A gate was decided, whatever the verdict (DOMAIN D3.2).
 *
 * @param opportunity the opportunity
 * @param version the version of the aggregate this event produced: 1 for its creation, one more for
 *     each event after it
 * @param decision the decision record
 * @param occurredAt when
 */
public record GateDecided(
    OpportunityId opportunity, long version, GateDecision decision, Instant occurredAt)
    implements OpportunityEvent {

  /** The stored type: {@code opportunity.gate-decided}, schema version 1. */
  public static final EventType TYPE = EventType.of("opportunity.gate-decided", 1);

  /**
   * Checks that no part is null.
   *
   * @param opportunity the opportunity
   * @param version the version of the aggregate this event produced: 1 for its creation, one more
   *     for each event after it
   * @param decision the decision record
   * @param occurredAt when
   */
  public GateDecided {
    Objects.requireNonNull(opportunity, "opportunity");
    Objects.requireNonNull(decision, "decision");
    Objects.requireNonNull(occurredAt, "occurredAt");
    EventType.checkVersion(version);
  }

  @Override
  public EventType type() {
    return TYPE;
  }
}
