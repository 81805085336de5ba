package org.leadtocash.domain.lead;

import java.time.Instant;
import java.util.Objects;
import org.leadtocash.domain.common.EventType;
import org.leadtocash.domain.common.LeadId;

/**
 * A suspended lead was resumed (DOMAIN D2.5).
 *
 * @param lead the lead
 * @param version the version of the aggregate this event produced: 1 for its creation, one more for
 *     each event after it
 * @param resumedAs the status it returned to
 * @param occurredAt when
 */
public record LeadResumed(LeadId lead, long version, LeadStatus resumedAs, Instant occurredAt)
    implements LeadEvent {

  /** The stored type: {@code lead.resumed}, schema version 1. */
  public static final EventType TYPE = EventType.of("lead.resumed", 1);

  /**
   * Checks that no part is null.
   *
   * @param lead the lead
   * @param version the version of the aggregate this event produced: 1 for its creation, one more
   *     for each event after it
   * @param resumedAs the status it returned to
   * @param occurredAt when
   */
  public LeadResumed {
    Objects.requireNonNull(lead, "lead");
    Objects.requireNonNull(resumedAs, "resumedAs");
    Objects.requireNonNull(occurredAt, "occurredAt");
    EventType.checkVersion(version);
  }

  @Override
  public EventType type() {
    return TYPE;
  }
}
