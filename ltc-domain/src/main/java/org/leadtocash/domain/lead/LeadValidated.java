package org.leadtocash.domain.lead;

import java.time.Instant;
import java.util.Objects;
import org.leadtocash.domain.common.EmployeeId;
import org.leadtocash.domain.common.LeadId;

/**
 * The lead manager recorded the validation KCP's report (DOMAIN D2.5).
 *
 * @param lead the lead
 * @param report the complete report
 * @param by the lead manager
 * @param occurredAt when
 */
public record LeadValidated(LeadId lead, ValidationReport report, EmployeeId by, Instant occurredAt)
    implements LeadEvent {

  /**
   * Checks that no part is null.
   *
   * @param lead the lead
   * @param report the complete report
   * @param by the lead manager
   * @param occurredAt when
   */
  public LeadValidated {
    Objects.requireNonNull(lead, "lead");
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(by, "by");
    Objects.requireNonNull(occurredAt, "occurredAt");
  }
}
