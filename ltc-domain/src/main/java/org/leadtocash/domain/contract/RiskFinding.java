package org.leadtocash.domain.contract;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;
import java.util.Optional;

/**
 * One "buried mine" flagged in a contract (DOMAIN D5.4): the clause, the kind of risk, why it was
 * flagged, and its acceptance if someone accepted it.
 *
 * @param clause the flagged clause; not null
 * @param kind the kind of risk; not null
 * @param reason why the clause was flagged; not null, not blank
 * @param acceptance who accepted the clause's risk and why, if accepted; not null, and about the
 *     same clause
 */
public record RiskFinding(
    ClauseId clause, RiskKind kind, String reason, Optional<RiskAcceptance> acceptance) {

  /**
   * Checks the parts.
   *
   * @param clause the flagged clause; not null
   * @param kind the kind of risk; not null
   * @param reason why the clause was flagged; not null, not blank
   * @param acceptance who accepted the clause's risk and why, if accepted; not null, and about the
   *     same clause
   * @throws IllegalArgumentException if the reason is blank or the acceptance is of another clause
   */
  public RiskFinding {
    Objects.requireNonNull(clause, "clause");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(acceptance, "acceptance");
    checkArgument(!reason.isBlank(), "a risk finding states why the clause is flagged");
    acceptance.ifPresent(
        a ->
            checkArgument(
                a.clause().equals(clause),
                "the acceptance of clause %s does not accept clause %s",
                a.clause(),
                clause));
  }

  /**
   * Returns an unaccepted finding, as a {@link ContractRiskPolicy} reports it.
   *
   * @param clause the flagged clause; not null
   * @param kind the kind of risk; not null
   * @param reason why; not null, not blank
   * @return the finding, never null
   */
  public static RiskFinding of(ClauseId clause, RiskKind kind, String reason) {
    return new RiskFinding(clause, kind, reason, Optional.empty());
  }

  /** {@return whether the risk was accepted before signature} */
  public boolean accepted() {
    return acceptance.isPresent();
  }

  /**
   * {@return e.g. {@code PEN-1: the penalty has no cap on its total (open)}, or {@code … (accepted
   * by E-LEGAL)}; the kind is {@link #kind()}, the reason says it in words}
   */
  @Override
  public String toString() {
    return clause
        + ": "
        + reason
        + (accepted() ? " (accepted by " + acceptance.orElseThrow().approver() + ")" : " (open)");
  }

  /** {@return this finding with the given acceptance} */
  RiskFinding withAcceptance(Optional<RiskAcceptance> newAcceptance) {
    return new RiskFinding(clause, kind, reason, newAcceptance);
  }
}
