package org.leadtocash.domain.opportunity;

/**
 * The four factors of sales success (DOMAIN D3.6): a good customer relationship, a competitive
 * solution, competitive commercial terms and high-quality delivery.
 */
public enum WinFactor {
  /** A good customer relationship. */
  CUSTOMER_RELATIONSHIP("customer relationship"),
  /** A competitive solution. */
  SOLUTION("competitive solution"),
  /** Competitive commercial terms. */
  COMMERCIAL_TERMS("competitive commercial terms"),
  /** High-quality delivery. */
  DELIVERY("high-quality delivery");

  private final String label;

  WinFactor(String label) {
    this.label = label;
  }

  /**
   * {@return the win factor in words, for display, e.g. {@code customer relationship}; never null}
   */
  public String label() {
    return label;
  }
}
