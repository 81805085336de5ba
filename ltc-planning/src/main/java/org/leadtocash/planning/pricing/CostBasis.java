package org.leadtocash.planning.pricing;

/**
 * The decisions the pricing decision tree can reach (DOMAIN D11.8): its leaves. LRAIC is the
 * default cost basis; marginal cost is used where capacity utilisation is low.
 */
public enum CostBasis {
  /** Keep today's pricing: the current price less a discount within the maximum wins. */
  CURRENT_PRICE_WITH_DISCOUNT("keep the current price and discounts"),
  /** Move the customer to the lower-cost platform and price on its lower LRAIC. */
  LRAIC("move to the lower-cost platform and price on its long-run average incremental cost"),
  /** Re-cost the product at marginal cost, as its platform is under-used, and price anew. */
  MARGINAL_COST("re-cost at marginal cost on the under-used platform and price anew"),
  /** The tree does not decide the case: management does. */
  MANAGEMENT_DECISION("undecided: management decides");

  private final String label;

  CostBasis(String label) {
    this.label = label;
  }

  /** {@return the decision in words; never null} */
  public String label() {
    return label;
  }
}
