package org.leadtocash.domain.opportunity;

import java.time.Instant;
import java.util.Objects;
import org.leadtocash.domain.common.EventType;
import org.leadtocash.domain.common.OpportunityId;

/**
 * The customer's buying stage changed (DOMAIN D3.3).
 *
 * @param opportunity the opportunity
 * @param version the version of the aggregate this event produced: 1 for its creation, one more for
 *     each event after it
 * @param stage the stage entered
 * @param occurredAt when
 */
public record BuyingStageChanged(
    OpportunityId opportunity, long version, BuyingStage stage, Instant occurredAt)
    implements OpportunityEvent {

  /** The stored type: {@code opportunity.buying-stage-changed}, schema version 1. */
  public static final EventType TYPE = EventType.of("opportunity.buying-stage-changed", 1);

  /**
   * Checks that no part is null.
   *
   * @param opportunity the opportunity
   * @param version the version of the aggregate this event produced: 1 for its creation, one more
   *     for each event after it
   * @param stage the stage entered
   * @param occurredAt when
   */
  public BuyingStageChanged {
    Objects.requireNonNull(opportunity, "opportunity");
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(occurredAt, "occurredAt");
    EventType.checkVersion(version);
  }

  @Override
  public EventType type() {
    return TYPE;
  }
}
