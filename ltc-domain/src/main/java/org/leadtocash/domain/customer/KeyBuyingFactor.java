package org.leadtocash.domain.customer;

/**
 * What makes a customer of a {@link CustomerType} buy (DOMAIN D6.7, 关键购买因素): each type has its own
 * key buying factors.
 */
public enum KeyBuyingFactor {
  /** Cutting-edge technology (尖端技术). */
  CUTTING_EDGE_TECHNOLOGY("cutting-edge technology"),
  /** Customised to the customer's needs (按客户需要定制). */
  CUSTOMISATION("customisation"),
  /** Market leadership (领先市场). */
  MARKET_LEADERSHIP("market leadership"),
  /** Pays a premium for it (支付较高的价格). */
  PAYS_PREMIUM("pays a premium"),
  /** Short delivery times (较短的交货时间). */
  SHORT_DELIVERY_TIME("short delivery times"),
  /** Unstable demand, which the supplier absorbs (需求不稳定). */
  UNSTABLE_DEMAND("unstable demand"),
  /** Meets the specification (达到规格). */
  MEETS_SPECIFICATION("meets specification"),
  /** A competitive price (价格具有竞争力). */
  COMPETITIVE_PRICE("competitive price");

  private final String label;

  KeyBuyingFactor(String label) {
    this.label = label;
  }

  /** {@return the factor in the sources' words; never null} */
  public String label() {
    return label;
  }
}
