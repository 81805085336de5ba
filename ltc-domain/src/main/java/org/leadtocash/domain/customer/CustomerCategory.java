package org.leadtocash.domain.customer;

/**
 * The category a customer is graded into, beside its {@link CustomerGrade} (DOMAIN D6.2).
 *
 * <p>Categories describe the kind of relationship, not revenue: a customer we do no business with
 * yet may still be strategic, because having no business is not the same as having no value.
 */
public enum CustomerCategory {
  /** Strategic (战略客户): a symbiotic relationship, each side depending on the other about as much. */
  STRATEGIC("strategic", "symbiotic: mutual dependence of similar size"),
  /** Partner (伙伴客户): a partnership short of symbiosis. */
  PARTNER("partner", "a partnership, short of mutual dependence"),
  /** Commercial (商业客户): a larger value per customer, and fewer of them. */
  COMMERCIAL("commercial", "larger single value, fewer customers"),
  /** General (一般客户): small, low potential, many, each of low single value. */
  GENERAL("general", "small, low development potential, many, low single value");

  private final String label;
  private final String definition;

  CustomerCategory(String label, String definition) {
    this.label = label;
    this.definition = definition;
  }

  /** {@return the category's name in the sources' words; never null} */
  public String label() {
    return label;
  }

  /** {@return the category's definition (D6.2); never null} */
  public String definition() {
    return definition;
  }
}
