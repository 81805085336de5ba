package org.leadtocash.domain.opportunity;

/** The stages of the customer's buying process, in order (DOMAIN D3.3). */
public enum BuyingStage {
  /** Strategy and business plan formation. */
  STRATEGY_AND_BUSINESS_PLAN("strategy and business plan formation"),
  /** Project formation and initiation. */
  PROJECT_FORMATION("project formation and initiation"),
  /** Tender and decision. */
  TENDER_AND_DECISION("tender and decision"),
  /** Contract. */
  CONTRACT("contract"),
  /** Implementation. */
  IMPLEMENTATION("implementation"),
  /** Operation. */
  OPERATION("operation");

  private final String label;

  BuyingStage(String label) {
    this.label = label;
  }

  /**
   * {@return the buying stage in words, for display, e.g. {@code strategy and business plan
   * formation}; never null}
   */
  public String label() {
    return label;
  }
}
