package org.leadtocash.domain.opportunity;

/** Whether an opportunity is still open, or how it ended (DOMAIN D3.5). */
public enum OpportunityStatus {
  /** Still being pursued. */
  OPEN,
  /** Won. */
  WON,
  /** Lost to a competitor. */
  LOST,
  /** Abandoned by us (including a gate rejection that ends it). */
  ABANDONED,
  /** Cancelled by the customer. */
  CANCELLED
}
