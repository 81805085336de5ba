package org.leadtocash.domain.lead;

/**
 * The classification of a lead by the customer's budget (DOMAIN D2.3). Sales tend to chase only
 * mature leads; the library keeps both visible.
 */
public enum LeadMaturity {
  /** The customer has a budget: a mature opportunity, already in competition. */
  MATURE("mature"),
  /** No budget yet: an early opportunity, with weak competition and less certainty. */
  EARLY("early");

  private final String label;

  LeadMaturity(String label) {
    this.label = label;
  }

  /** {@return the lead maturity in words, for display, e.g. {@code mature}; never null} */
  public String label() {
    return label;
  }
}
