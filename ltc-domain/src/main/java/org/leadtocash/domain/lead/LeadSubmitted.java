package org.leadtocash.domain.lead;

import java.time.Instant;
import java.util.Objects;
import org.leadtocash.domain.common.EmployeeId;
import org.leadtocash.domain.common.LeadId;

/**
 * The lead's profile was submitted to a lead manager for validation (DOMAIN D2.4).
 *
 * @param lead the lead
 * @param leadManager the lead manager who validates it
 * @param occurredAt when
 */
public record LeadSubmitted(LeadId lead, EmployeeId leadManager, Instant occurredAt)
    implements LeadEvent {

  /**
   * Checks that no part is null.
   *
   * @param lead the lead
   * @param leadManager the lead manager who validates it
   * @param occurredAt when
   */
  public LeadSubmitted {
    Objects.requireNonNull(lead, "lead");
    Objects.requireNonNull(leadManager, "leadManager");
    Objects.requireNonNull(occurredAt, "occurredAt");
  }
}
