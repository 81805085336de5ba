package org.leadtocash.domain.lead;

import java.time.Instant;
import java.util.Objects;
import org.leadtocash.domain.common.LeadId;

/**
 * The lead was closed: the need is not real or badly mismatched with our scope (DOMAIN D2.5).
 *
 * @param lead the lead
 * @param reason why
 * @param occurredAt when
 */
public record LeadClosed(LeadId lead, String reason, Instant occurredAt) implements LeadEvent {

  /**
   * Checks that no part is null.
   *
   * @param lead the lead
   * @param reason why
   * @param occurredAt when
   */
  public LeadClosed {
    Objects.requireNonNull(lead, "lead");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(occurredAt, "occurredAt");
  }
}
