package org.leadtocash.domain.contract;

import java.util.List;

/**
 * How a contract's clauses are reviewed for "buried mines" before signature (DOMAIN D5.4, "sign a
 * contract without buried mines"). The sources name the goal, not the list of mines: the library
 * ships {@link #standard()}, and a host with its own contract-review checklist implements this
 * interface and passes it to {@link Contract#riskReport(ContractRiskPolicy)} and {@link
 * Contract#sign(org.leadtocash.domain.opportunity.GatePassage, ContractRiskPolicy,
 * java.time.Instant)}.
 */
public interface ContractRiskPolicy {

  /**
   * Returns the risks found in a contract's terms, each on one of its clauses.
   *
   * <p>The findings are returned unaccepted; the contract marks as accepted those on a clause whose
   * risk was {@link Contract#acceptRisk accepted}.
   *
   * @param contract the contract to review; not null
   * @return the findings, in the order of the clauses; never null
   */
  List<RiskFinding> assess(Contract contract);

  /**
   * Returns the default policy, {@link #standard(int, int) standard(10, 90)}: a penalty capped
   * above 10% of the contract value, or a payment term longer than 90 days, is flagged.
   *
   * @return the default policy, never null
   */
  static ContractRiskPolicy standard() {
    return standard(10, 90);
  }

  /**
   * Returns the standard policy with the host's limits. It flags, in the order of the clauses:
   *
   * <ul>
   *   <li>{@link RiskKind#UNLIMITED_LIABILITY}: every {@link ClauseType#UNLIMITED_LIABILITY}
   *       clause;
   *   <li>{@link RiskKind#UNCAPPED_PENALTY}: a {@link ClauseType#PENALTY} clause without a cap;
   *   <li>{@link RiskKind#PENALTY_ABOVE_CAP}: a penalty capped above {@code penaltyCapPercent} of
   *       the contract value;
   *   <li>{@link RiskKind#VAGUE_ACCEPTANCE_CRITERIA}: an {@link ClauseType#ACCEPTANCE_CRITERIA}
   *       clause whose text, ignoring case, contains {@code satisfaction}, {@code satisfactory},
   *       {@code sole discretion}, {@code to be agreed}, {@code to be determined} or {@code tbd};
   *   <li>{@link RiskKind#LONG_PAYMENT_TERM}: a {@link ClauseType#PAYMENT_TERMS} clause with a
   *       payment term longer than {@code maxPaymentTermDays};
   *   <li>on the first payment-terms clause, {@link RiskKind#NO_ADVANCE_PAYMENT} if the contract
   *       has payment milestones but none paid {@link PaymentTrigger#ON_SIGNATURE on signature},
   *       and {@link RiskKind#ACCEPTANCE_CRITERIA_MISSING} if a milestone is paid {@link
   *       PaymentTrigger#ON_ACCEPTANCE on acceptance} but the contract has no acceptance-criteria
   *       clause.
   * </ul>
   *
   * @param penaltyCapPercent the highest acceptable penalty cap, in percent of the contract value;
   *     positive
   * @param maxPaymentTermDays the longest acceptable payment term in days; not negative
   * @return the policy, never null
   * @throws IllegalArgumentException if a limit is out of range
   */
  static ContractRiskPolicy standard(int penaltyCapPercent, int maxPaymentTermDays) {
    return new StandardContractRiskPolicy(penaltyCapPercent, maxPaymentTermDays);
  }
}
