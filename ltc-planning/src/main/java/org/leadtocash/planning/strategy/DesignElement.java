package org.leadtocash.planning.strategy;

/** The six elements of a business design (DOMAIN D9.2), in the order of DOMAIN. */
public enum DesignElement {
  /** Which customers to serve, and which not. */
  CUSTOMER_SELECTION("customer selection"),
  /** What the chosen customers get that makes them buy from us. */
  VALUE_PROPOSITION("value proposition"),
  /** How we are paid for the value we create: the profit model. */
  VALUE_CAPTURE("value capture"),
  /** Which activities we do ourselves and which partners do. */
  SCOPE_OF_ACTIVITIES("scope of activities"),
  /** What protects the value we capture from competitors. */
  STRATEGIC_CONTROL("strategic control"),
  /** Which risks the design runs and how they are managed. */
  RISK_MANAGEMENT("risk management");

  private final String label;

  DesignElement(String label) {
    this.label = label;
  }

  /** {@return the element in words, e.g. "value proposition"} */
  public String label() {
    return label;
  }
}
