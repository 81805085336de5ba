package org.leadtocash.domain.lead;

import java.time.Instant;
import java.util.Objects;
import org.leadtocash.domain.common.EmployeeId;
import org.leadtocash.domain.common.EventType;
import org.leadtocash.domain.common.LeadId;

/**
 * The lead manager recorded the validation KCP's report (DOMAIN D2.5).
 *
 * @param lead the lead
 * @param version the version of the aggregate this event produced: 1 for its creation, one more for
 *     each event after it
 * @param report the complete report
 * @param by the lead manager
 * @param occurredAt when
 */
public record LeadValidated(
    LeadId lead, long version, ValidationReport report, EmployeeId by, Instant occurredAt)
    implements LeadEvent {

  /** The stored type: {@code lead.validated}, schema version 1. */
  public static final EventType TYPE = EventType.of("lead.validated", 1);

  /**
   * Checks that no part is null.
   *
   * @param lead the lead
   * @param version the version of the aggregate this event produced: 1 for its creation, one more
   *     for each event after it
   * @param report the complete report
   * @param by the lead manager
   * @param occurredAt when
   */
  public LeadValidated {
    Objects.requireNonNull(lead, "lead");
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(by, "by");
    Objects.requireNonNull(occurredAt, "occurredAt");
    EventType.checkVersion(version);
  }

  @Override
  public EventType type() {
    return TYPE;
  }
}
