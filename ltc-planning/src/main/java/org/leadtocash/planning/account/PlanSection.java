package org.leadtocash.planning.account;

/** The three sections of an account plan (DOMAIN D11.9), in the order of DOMAIN. */
public enum PlanSection {
  /** What we know of the customer. */
  CUSTOMER_INFORMATION("customer information"),
  /** What we aim for with the customer. */
  CUSTOMER_TARGETS("customer targets"),
  /** How we will get there. */
  CUSTOMER_STRATEGY("customer strategy");

  private final String label;

  PlanSection(String label) {
    this.label = label;
  }

  /** {@return the section in words, e.g. "customer targets"} */
  public String label() {
    return label;
  }
}
