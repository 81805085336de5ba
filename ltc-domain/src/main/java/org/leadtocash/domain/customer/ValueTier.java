package org.leadtocash.domain.customer;

/** The tiers of the customer value pyramid, top first (DOMAIN D6.4, 客户价值金字塔). */
public enum ValueTier {
  /** Key customers: critical to our success by their current or potential economic value. */
  KEY("key", "critical to our success by current or potential economic value"),
  /** Important customers: important to our success by their current or potential economic value. */
  IMPORTANT("important", "important to our success by current or potential economic value"),
  /** General customers: individually no material effect on our profit. */
  GENERAL("general", "individually no material effect on profit");

  private final String label;
  private final String definition;

  ValueTier(String label, String definition) {
    this.label = label;
    this.definition = definition;
  }

  /** {@return the tier's name in the sources' words; never null} */
  public String label() {
    return label;
  }

  /** {@return the tier's definition (D6.4); never null} */
  public String definition() {
    return definition;
  }
}
