package org.leadtocash.domain.lead;

import java.time.Instant;
import java.util.Objects;
import org.leadtocash.domain.common.EmployeeId;
import org.leadtocash.domain.common.EventType;
import org.leadtocash.domain.common.LeadId;

/**
 * The lead review chose to nurture the lead and assigned its nurturing owner (DOMAIN D2.4, D2.5).
 *
 * @param lead the lead
 * @param version the version of the aggregate this event produced: 1 for its creation, one more for
 *     each event after it
 * @param owner the nurturing owner
 * @param occurredAt when
 */
public record NurturingStarted(LeadId lead, long version, EmployeeId owner, Instant occurredAt)
    implements LeadEvent {

  /** The stored type: {@code lead.nurturing-started}, schema version 1. */
  public static final EventType TYPE = EventType.of("lead.nurturing-started", 1);

  /**
   * Checks that no part is null.
   *
   * @param lead the lead
   * @param version the version of the aggregate this event produced: 1 for its creation, one more
   *     for each event after it
   * @param owner the nurturing owner
   * @param occurredAt when
   */
  public NurturingStarted {
    Objects.requireNonNull(lead, "lead");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(occurredAt, "occurredAt");
    EventType.checkVersion(version);
  }

  @Override
  public EventType type() {
    return TYPE;
  }
}
