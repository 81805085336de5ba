package org.leadtocash.planning.account;

/** The six kinds of growth option for a key account (DOMAIN D11.3), in the order of DOMAIN. */
public enum GrowthOptionKind {
  /** Raise the usage of the products the customer already buys. */
  RAISE_USAGE("raise usage of existing products"),
  /** Sell the customer other products. */
  CROSS_SELL("cross-sell other products"),
  /** Raise the price or improve the mix. */
  PRICE_AND_MIX("raise price or improve the mix"),
  /** Drop unprofitable customers and low-value services. */
  DROP_UNPROFITABLE("drop unprofitable customers and low-value services"),
  /** Win new customers in the core industry. */
  NEW_CORE_CUSTOMERS("new customers in the core industry"),
  /** Win new customers in unrelated industries. */
  NEW_UNRELATED_CUSTOMERS("new customers in unrelated industries");

  private final String label;

  GrowthOptionKind(String label) {
    this.label = label;
  }

  /** {@return the kind in words, e.g. "cross-sell other products"} */
  public String label() {
    return label;
  }
}
