package org.leadtocash.domain.lead;

import java.time.Instant;
import java.util.Objects;
import org.leadtocash.domain.common.LeadId;
import org.leadtocash.domain.common.OpportunityId;

/**
 * The lead was converted into an opportunity, which links back to it (DOMAIN D2.7).
 *
 * @param lead the lead
 * @param opportunity the opportunity it became
 * @param occurredAt when
 */
public record LeadConverted(LeadId lead, OpportunityId opportunity, Instant occurredAt)
    implements LeadEvent {

  /**
   * Checks that no part is null.
   *
   * @param lead the lead
   * @param opportunity the opportunity it became
   * @param occurredAt when
   */
  public LeadConverted {
    Objects.requireNonNull(lead, "lead");
    Objects.requireNonNull(opportunity, "opportunity");
    Objects.requireNonNull(occurredAt, "occurredAt");
  }
}
