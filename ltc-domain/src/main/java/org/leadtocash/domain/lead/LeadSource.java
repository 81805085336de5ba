package org.leadtocash.domain.lead;

/** Who or what generated a lead (DOMAIN D2.2); recorded on every lead. */
public enum LeadSource {
  /** Customer-facing sales staff, who each visit at least 6 customers a week. */
  CUSTOMER_FACING_SALES("customer-facing sales staff"),
  /** The customer's next-year investment budget table, obtained by sales at year end. */
  CUSTOMER_BUDGET_TABLE("the customer's investment budget table"),
  /**
   * Technical staff: "look at the network, talk about the network" — proposals from the customer's
   * point of view (technology, performance, architecture, cost, evolution).
   */
  TECHNICAL_STAFF("technical staff"),
  /**
   * Delivery staff during existing-install operations (also a source of competitor intelligence).
   */
  DELIVERY_STAFF("delivery staff"),
  /** Headquarters marketing, from macro analysis. */
  HEADQUARTERS_MARKETING("headquarters marketing"),
  /** A marketing campaign (market to lead, MTL). */
  MARKETING_CAMPAIGN("a marketing campaign");

  private final String label;

  LeadSource(String label) {
    this.label = label;
  }

  /**
   * {@return the lead source in words, for display, e.g. {@code customer-facing sales staff}; never
   * null}
   */
  public String label() {
    return label;
  }
}
