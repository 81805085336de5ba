package org.leadtocash.domain.lead;

import java.time.Instant;
import java.util.Objects;
import org.leadtocash.domain.common.EmployeeId;
import org.leadtocash.domain.common.EventType;
import org.leadtocash.domain.common.LeadId;

/**
 * A lead was created by its creator with its initial profile (DOMAIN D2.4).
 *
 * @param lead the lead
 * @param version the version of the aggregate this event produced: 1 for its creation, one more for
 *     each event after it
 * @param profile its initial profile
 * @param creator who created it
 * @param occurredAt when
 */
public record LeadCreated(
    LeadId lead, long version, LeadProfile profile, EmployeeId creator, Instant occurredAt)
    implements LeadEvent {

  /** The stored type: {@code lead.created}, schema version 1. */
  public static final EventType TYPE = EventType.of("lead.created", 1);

  /**
   * Checks that no part is null.
   *
   * @param lead the lead
   * @param version the version of the aggregate this event produced: 1 for its creation, one more
   *     for each event after it
   * @param profile its initial profile
   * @param creator who created it
   * @param occurredAt when
   */
  public LeadCreated {
    Objects.requireNonNull(lead, "lead");
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(creator, "creator");
    Objects.requireNonNull(occurredAt, "occurredAt");
    EventType.checkVersion(version);
  }

  @Override
  public EventType type() {
    return TYPE;
  }
}
