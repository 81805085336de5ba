package org.leadtocash.domain.lead;

import java.time.Instant;
import java.util.Objects;
import org.leadtocash.domain.common.EmployeeId;
import org.leadtocash.domain.common.EventType;
import org.leadtocash.domain.common.LeadId;

/**
 * The lead's profile was submitted to a lead manager for validation (DOMAIN D2.4).
 *
 * @param lead the lead
 * @param version the version of the aggregate this event produced: 1 for its creation, one more for
 *     each event after it
 * @param leadManager the lead manager who validates it
 * @param occurredAt when
 */
public record LeadSubmitted(LeadId lead, long version, EmployeeId leadManager, Instant occurredAt)
    implements LeadEvent {

  /** The stored type: {@code lead.submitted}, schema version 1. */
  public static final EventType TYPE = EventType.of("lead.submitted", 1);

  /**
   * Checks that no part is null.
   *
   * @param lead the lead
   * @param version the version of the aggregate this event produced: 1 for its creation, one more
   *     for each event after it
   * @param leadManager the lead manager who validates it
   * @param occurredAt when
   */
  public LeadSubmitted {
    Objects.requireNonNull(lead, "lead");
    Objects.requireNonNull(leadManager, "leadManager");
    Objects.requireNonNull(occurredAt, "occurredAt");
    EventType.checkVersion(version);
  }

  @Override
  public EventType type() {
    return TYPE;
  }
}
