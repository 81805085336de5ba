package org.leadtocash.planning.account;

/** The four steps of a key-account strategy (DOMAIN D11.2), in the order of DOMAIN. */
public enum StrategyStep {
  /** Identify the main customer groups and their priority. */
  CUSTOMER_GROUPS("customer groups and their priority"),
  /** Set clear targets. */
  TARGETS("targets"),
  /** Develop a competitive value proposition per segment: target, price, advantage. */
  VALUE_PROPOSITIONS("value propositions"),
  /** Define the salesperson's role. */
  SALES_ROLE("the salesperson's role");

  private final String label;

  StrategyStep(String label) {
    this.label = label;
  }

  /** {@return the step in words, e.g. "value propositions"} */
  public String label() {
    return label;
  }
}
