package org.leadtocash.planning.relationship;

/** What a relationship plan covers (DOMAIN D10.1): one customer, or the customers of a region. */
public enum ScopeKind {
  /** One customer: share targets per customer. */
  CUSTOMER("customer"),
  /** A region and its customers: share targets regional or per customer. */
  REGION("region");

  private final String label;

  ScopeKind(String label) {
    this.label = label;
  }

  /** {@return the kind in words; never null} */
  public String label() {
    return label;
  }
}
