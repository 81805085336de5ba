package org.leadtocash.domain.lead;

import java.time.Instant;
import java.util.Objects;
import org.leadtocash.domain.common.EventType;
import org.leadtocash.domain.common.FreeText;
import org.leadtocash.domain.common.LeadId;

/**
 * The lead review suspended (hung) the lead (DOMAIN D2.5).
 *
 * @param lead the lead
 * @param version the version of the aggregate this event produced: 1 for its creation, one more for
 *     each event after it
 * @param reason why
 * @param occurredAt when
 */
public record LeadSuspended(LeadId lead, long version, String reason, Instant occurredAt)
    implements LeadEvent {

  /** The stored type: {@code lead.suspended}, schema version 1. */
  public static final EventType TYPE = EventType.of("lead.suspended", 1);

  /**
   * Checks that no part is null.
   *
   * @param lead the lead
   * @param version the version of the aggregate this event produced: 1 for its creation, one more
   *     for each event after it
   * @param reason why
   * @param occurredAt when
   */
  public LeadSuspended {
    FreeText.line(reason, "reason");
    Objects.requireNonNull(lead, "lead");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(occurredAt, "occurredAt");
    EventType.checkVersion(version);
  }

  @Override
  public EventType type() {
    return TYPE;
  }
}
