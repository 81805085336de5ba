package org.leadtocash.domain.contract;

/**
 * The kind of a contract clause (DOMAIN D5.4). The {@link ContractRiskPolicy risk policy} reads the
 * kind, and a clause's structured terms, to flag the known "buried mines".
 */
public enum ClauseType {
  /** Payment terms: how and when the customer pays; may state the payment term in days. */
  PAYMENT_TERMS("payment terms"),
  /** Penalties (liquidated damages) for late or deficient delivery; may state a cap. */
  PENALTY("penalty"),
  /** Liability without a cap. */
  UNLIMITED_LIABILITY("unlimited liability"),
  /** How the customer accepts the delivery (验收). */
  ACCEPTANCE_CRITERIA("acceptance criteria"),
  /** Warranty. */
  WARRANTY("warranty"),
  /** Ownership and licensing of intellectual property. */
  INTELLECTUAL_PROPERTY("intellectual property"),
  /** Termination. */
  TERMINATION("termination"),
  /** Adjustment of prices during the contract. */
  PRICE_ADJUSTMENT("price adjustment"),
  /** Force majeure. */
  FORCE_MAJEURE("force majeure"),
  /** Any other clause. */
  OTHER("other");

  private final String label;

  ClauseType(String label) {
    this.label = label;
  }

  /** {@return the clause type in words, for display, e.g. {@code payment terms}; never null} */
  public String label() {
    return label;
  }
}
