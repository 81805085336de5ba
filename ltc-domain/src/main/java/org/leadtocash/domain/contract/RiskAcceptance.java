package org.leadtocash.domain.contract;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.Instant;
import java.util.Objects;
import org.leadtocash.domain.common.EmployeeId;
import org.leadtocash.domain.common.FreeText;

/**
 * The record that someone with authority accepted the risk of a flagged clause before signature,
 * and why (DOMAIN D5.4).
 *
 * @param clause the accepted clause; not null
 * @param approver who accepted it; not null
 * @param reason why the risk is acceptable; not null, not blank
 * @param at when; not null
 */
public record RiskAcceptance(ClauseId clause, EmployeeId approver, String reason, Instant at) {

  /**
   * Checks the parts.
   *
   * @param clause the accepted clause; not null
   * @param approver who accepted it; not null
   * @param reason why the risk is acceptable; not null, not blank
   * @param at when; not null
   * @throws IllegalArgumentException if the reason is blank
   */
  public RiskAcceptance {
    FreeText.line(reason, "reason");
    Objects.requireNonNull(clause, "clause");
    Objects.requireNonNull(approver, "approver");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(at, "at");
    checkArgument(!reason.isBlank(), "accepting a risk states why (DOMAIN D5.4)");
  }
}
