package org.leadtocash.domain.customer;

/**
 * The five forces of the customer's external environment, read in customer insight (DOMAIN D6.1).
 */
public enum CompetitiveForce {
  /** Barriers to entering the customer's market. */
  ENTRY_BARRIERS("entry barriers"),
  /** Substitutes for the customer's products. */
  SUBSTITUTES("substitutes"),
  /** The bargaining power of the customer's buyers. */
  BUYER_POWER("bargaining power of buyers"),
  /** The bargaining power of the customer's suppliers. */
  SUPPLIER_POWER("bargaining power of suppliers"),
  /** Rivalry among the customer's competitors. */
  RIVALRY("rivalry");

  private final String label;

  CompetitiveForce(String label) {
    this.label = label;
  }

  /** {@return the force in words; never null} */
  public String label() {
    return label;
  }
}
