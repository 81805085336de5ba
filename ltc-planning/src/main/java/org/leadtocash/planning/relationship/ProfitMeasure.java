package org.leadtocash.planning.relationship;

/** The four profit targets a relationship plan inherits (DOMAIN D10.1), in the order of DOMAIN. */
public enum ProfitMeasure {
  /** Revenue (销售收入). */
  REVENUE("revenue"),
  /** Profit (利润). */
  PROFIT("profit"),
  /** Collection (回款). */
  COLLECTION("collection"),
  /** Orders (订货). */
  ORDERS("orders");

  private final String label;

  ProfitMeasure(String label) {
    this.label = label;
  }

  /** {@return the measure in D10.1's words; never null} */
  public String label() {
    return label;
  }
}
