package org.leadtocash.domain.lead;

import java.time.Instant;
import java.util.Objects;
import org.leadtocash.domain.common.EmployeeId;
import org.leadtocash.domain.common.LeadId;

/**
 * A lead was created by its creator with its initial profile (DOMAIN D2.4).
 *
 * @param lead the lead
 * @param profile its initial profile
 * @param creator who created it
 * @param occurredAt when
 */
public record LeadCreated(LeadId lead, LeadProfile profile, EmployeeId creator, Instant occurredAt)
    implements LeadEvent {

  /**
   * Checks that no part is null.
   *
   * @param lead the lead
   * @param profile its initial profile
   * @param creator who created it
   * @param occurredAt when
   */
  public LeadCreated {
    Objects.requireNonNull(lead, "lead");
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(creator, "creator");
    Objects.requireNonNull(occurredAt, "occurredAt");
  }
}
