package org.leadtocash.domain.voice;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.Instant;
import java.util.Objects;
import org.leadtocash.domain.common.FreeText;
import org.leadtocash.domain.common.OrganisationLevel;

/**
 * One escalation of an issue up our organisation (DOMAIN D8.2), always to a higher level.
 *
 * @param from the level that handled the issue; not null
 * @param to the level it is escalated to; not null, above {@code from}
 * @param reason why it is escalated; not null, not blank
 * @param at when; not null
 */
public record Escalation(OrganisationLevel from, OrganisationLevel to, String reason, Instant at) {

  /**
   * Checks the parts.
   *
   * @param from the level that handled the issue; not null
   * @param to the level it is escalated to; not null, above {@code from}
   * @param reason why it is escalated; not null, not blank
   * @param at when; not null
   * @throws IllegalArgumentException if {@code to} is not above {@code from}, or the reason is
   *     blank
   */
  public Escalation {
    FreeText.line(reason, "reason");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(at, "at");
    checkArgument(to.compareTo(from) > 0, "an escalation goes up, not from %s to %s", from, to);
    checkArgument(!reason.isBlank(), "an escalation states why (DOMAIN D8.2)");
  }

  /** {@return e.g. {@code representative office → region at 2026-01-09T10:00:00Z: reason}} */
  @Override
  public String toString() {
    return from.label() + " → " + to.label() + " at " + at + ": " + reason;
  }
}
