package org.leadtocash.planning.relationship;

/** What a share target is for (DOMAIN D10.1): one product, or a category of products. */
public enum OfferingKind {
  /** One product, e.g. a new product launched in the region. */
  PRODUCT("product"),
  /** A category of products. */
  CATEGORY("category");

  private final String label;

  OfferingKind(String label) {
    this.label = label;
  }

  /** {@return the kind in words; never null} */
  public String label() {
    return label;
  }
}
