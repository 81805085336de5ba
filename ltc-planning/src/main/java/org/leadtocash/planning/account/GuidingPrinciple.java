package org.leadtocash.planning.account;

/** The seven guiding principles of account planning (DOMAIN D11.1), in the order of DOMAIN. */
public enum GuidingPrinciple implements AccountPrinciple {
  /** Invest in few, truly important accounts. */
  FOCUS("focus: invest in few, truly important accounts"),
  /** Maximise the account's long-term value. */
  TARGET("target: maximise long-term value"),
  /** Offer a competitive value proposition. */
  VALUE_PROPOSITION("value proposition"),
  /** The employees take part in the planning. */
  EMPLOYEE_PARTICIPATION("employee participation"),
  /** Senior management plays its role. */
  SENIOR_MANAGEMENT("senior management role"),
  /** The customer plays its role. */
  CUSTOMER_ROLE("customer role"),
  /** Resources go by opportunity and expected return. */
  RESOURCE_ALLOCATION("resource allocation by opportunity and expected return");

  private final String label;

  GuidingPrinciple(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }

  @Override
  public int number() {
    return Principle.values().length + ordinal() + 1;
  }
}
