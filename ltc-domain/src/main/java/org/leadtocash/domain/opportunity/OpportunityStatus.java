package org.leadtocash.domain.opportunity;

/** Whether an opportunity is still open, or how it ended (DOMAIN D3.5). */
public enum OpportunityStatus {
  /** Still being pursued. */
  OPEN("open"),
  /** Won. */
  WON("won"),
  /** Lost to a competitor. */
  LOST("lost"),
  /** Abandoned by us (including a gate rejection that ends it). */
  ABANDONED("abandoned"),
  /** Cancelled by the customer. */
  CANCELLED("cancelled");

  private final String label;

  OpportunityStatus(String label) {
    this.label = label;
  }

  /** {@return the opportunity status in words, for display, e.g. {@code open}; never null} */
  public String label() {
    return label;
  }
}
