package org.leadtocash.domain.contract;

/**
 * The known "buried mines" of a contract that {@link ContractRiskPolicy#standard()} flags before
 * signature (DOMAIN D5.4).
 */
public enum RiskKind {
  /** A liability without a cap. */
  UNLIMITED_LIABILITY("liability is unlimited"),
  /** A penalty clause without a cap. */
  UNCAPPED_PENALTY("the penalty has no cap"),
  /** A penalty clause capped above the policy's limit. */
  PENALTY_ABOVE_CAP("the penalty cap is above the policy's limit"),
  /** A milestone is paid on acceptance, but the contract defines no acceptance criteria. */
  ACCEPTANCE_CRITERIA_MISSING("payment depends on an acceptance without criteria"),
  /** The acceptance criteria are vague, e.g. "to the customer's satisfaction". */
  VAGUE_ACCEPTANCE_CRITERIA("the acceptance criteria are vague"),
  /** No milestone is an advance payment (on signature). */
  NO_ADVANCE_PAYMENT("there is no advance payment"),
  /** The customer's payment term is longer than the policy allows. */
  LONG_PAYMENT_TERM("the payment term is too long");

  private final String meaning;

  RiskKind(String meaning) {
    this.meaning = meaning;
  }

  /** {@return what the risk is, e.g. {@code the penalty has no cap}; never null} */
  public String meaning() {
    return meaning;
  }
}
