package org.leadtocash.domain.lead;

import java.time.Instant;
import java.util.Objects;
import org.leadtocash.domain.common.LeadId;

/**
 * A suspended lead was resumed (DOMAIN D2.5).
 *
 * @param lead the lead
 * @param resumedAs the status it returned to
 * @param occurredAt when
 */
public record LeadResumed(LeadId lead, LeadStatus resumedAs, Instant occurredAt)
    implements LeadEvent {

  /**
   * Checks that no part is null.
   *
   * @param lead the lead
   * @param resumedAs the status it returned to
   * @param occurredAt when
   */
  public LeadResumed {
    Objects.requireNonNull(lead, "lead");
    Objects.requireNonNull(resumedAs, "resumedAs");
    Objects.requireNonNull(occurredAt, "occurredAt");
  }
}
