package org.leadtocash.domain.contract;

/**
 * The kind of a contract clause (DOMAIN D5.4). The {@link ContractRiskPolicy risk policy} reads the
 * kind, and a clause's structured terms, to flag the known "buried mines".
 */
public enum ClauseType {
  /** Payment terms: how and when the customer pays; may state the payment term in days. */
  PAYMENT_TERMS,
  /** Penalties (liquidated damages) for late or deficient delivery; may state a cap. */
  PENALTY,
  /** Liability without a cap. */
  UNLIMITED_LIABILITY,
  /** How the customer accepts the delivery (验收). */
  ACCEPTANCE_CRITERIA,
  /** Warranty. */
  WARRANTY,
  /** Ownership and licensing of intellectual property. */
  INTELLECTUAL_PROPERTY,
  /** Termination. */
  TERMINATION,
  /** Adjustment of prices during the contract. */
  PRICE_ADJUSTMENT,
  /** Force majeure. */
  FORCE_MAJEURE,
  /** Any other clause. */
  OTHER
}
