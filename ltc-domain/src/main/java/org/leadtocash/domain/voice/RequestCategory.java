package org.leadtocash.domain.voice;

/** Whether a customer request falls within the contract (DOMAIN D8.4). */
public enum RequestCategory {
  /** Within the contract: we deliver it under the contract (合同内). */
  IN_CONTRACT("in the contract"),
  /** Outside the contract: a change or new business, not free delivery (合同外). */
  OUT_OF_CONTRACT("outside the contract");

  private final String label;

  RequestCategory(String label) {
    this.label = label;
  }

  /** {@return the category in words, for display, e.g. {@code in the contract}; never null} */
  public String label() {
    return label;
  }
}
