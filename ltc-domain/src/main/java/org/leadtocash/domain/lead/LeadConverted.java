package org.leadtocash.domain.lead;

import java.time.Instant;
import java.util.Objects;
import org.leadtocash.domain.common.EventType;
import org.leadtocash.domain.common.LeadId;
import org.leadtocash.domain.common.OpportunityId;

/**
 * The lead was converted into an opportunity, which links back to it (DOMAIN D2.7).
 *
 * @param lead the lead
 * @param version the version of the aggregate this event produced: 1 for its creation, one more for
 *     each event after it
 * @param opportunity the opportunity it became
 * @param occurredAt when
 */
public record LeadConverted(
    LeadId lead, long version, OpportunityId opportunity, Instant occurredAt) implements LeadEvent {

  /** The stored type: {@code lead.converted}, schema version 1. */
  public static final EventType TYPE = EventType.of("lead.converted", 1);

  /**
   * Checks that no part is null.
   *
   * @param lead the lead
   * @param version the version of the aggregate this event produced: 1 for its creation, one more
   *     for each event after it
   * @param opportunity the opportunity it became
   * @param occurredAt when
   */
  public LeadConverted {
    Objects.requireNonNull(lead, "lead");
    Objects.requireNonNull(opportunity, "opportunity");
    Objects.requireNonNull(occurredAt, "occurredAt");
    EventType.checkVersion(version);
  }

  @Override
  public EventType type() {
    return TYPE;
  }
}
