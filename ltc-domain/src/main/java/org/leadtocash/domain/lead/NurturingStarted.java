package org.leadtocash.domain.lead;

import java.time.Instant;
import java.util.Objects;
import org.leadtocash.domain.common.EmployeeId;
import org.leadtocash.domain.common.LeadId;

/**
 * The lead review chose to nurture the lead and assigned its nurturing owner (DOMAIN D2.4, D2.5).
 *
 * @param lead the lead
 * @param owner the nurturing owner
 * @param occurredAt when
 */
public record NurturingStarted(LeadId lead, EmployeeId owner, Instant occurredAt)
    implements LeadEvent {

  /**
   * Checks that no part is null.
   *
   * @param lead the lead
   * @param owner the nurturing owner
   * @param occurredAt when
   */
  public NurturingStarted {
    Objects.requireNonNull(lead, "lead");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(occurredAt, "occurredAt");
  }
}
