package org.leadtocash.domain.customer;

/** What tracking and monitoring a graded customer watches (DOMAIN D6.3, fifth step). */
public enum MonitoringFocus {
  /** Changes at the customer. */
  CUSTOMER_CHANGES("customer changes"),
  /** The voice of the customer: its feedback (D8.1). */
  VOICE_OF_THE_CUSTOMER("voice of the customer"),
  /** Whether the customer's issues are closed (D8.2). */
  ISSUE_CLOSURE("issue closure"),
  /** What the customer returns to us: the value-return curve (D6.6). */
  CUSTOMER_RETURNS("customer returns");

  private final String label;

  MonitoringFocus(String label) {
    this.label = label;
  }

  /** {@return the focus in the sources' words; never null} */
  public String label() {
    return label;
  }
}
