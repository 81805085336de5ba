package org.leadtocash.planning.pricing;

/**
 * The questions of the pricing decision tree (DOMAIN D11.8), in the order the tree may ask them;
 * see {@link PricingDecision} for the tree itself.
 */
public enum PricingQuestion {
  /** Can a winning price be offered at the current price minus the maximum discount? */
  WINNING_PRICE_WITHIN_DISCOUNT(
      "can a winning price be offered at the current price minus the maximum discount?"),
  /** Can the customer be moved to a lower-cost network or platform (priced on its LRAIC)? */
  LOWER_COST_PLATFORM("can the customer be moved to a lower-cost platform (priced on its LRAIC)?"),
  /** Do the new platform's savings support the winning price? */
  SAVINGS_SUPPORT_WINNING_PRICE("do the new platform's savings support the winning price?"),
  /** Is the new platform's capacity utilisation low, so that it is under-used? */
  NEW_PLATFORM_UNDER_USED("is the new platform under-used (low capacity utilisation)?"),
  /** Is the current platform's capacity utilisation low, so that it is under-used? */
  CURRENT_PLATFORM_UNDER_USED("is the current platform under-used (low capacity utilisation)?");

  private final String label;

  PricingQuestion(String label) {
    this.label = label;
  }

  /** {@return the question in words; never null} */
  public String label() {
    return label;
  }
}
