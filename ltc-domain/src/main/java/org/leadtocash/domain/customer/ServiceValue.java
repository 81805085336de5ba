package org.leadtocash.domain.customer;

/**
 * What a customer values in us, and so what the key-account service strategy offers it (DOMAIN
 * D6.3, fourth step): different customers choose us for different values.
 */
public enum ServiceValue {
  /** Innovation: the innovative capability of our solutions. */
  INNOVATION("innovation"),
  /** Fast response. */
  RESPONSE_SPEED("response speed"),
  /** Customised service. */
  CUSTOMISATION("customisation"),
  /** A low price. */
  LOW_PRICE("low price"),
  /** Financing services. */
  FINANCING("financing"),
  /** Business consulting. */
  CONSULTING("consulting"),
  /** Convenience: easy to buy from and work with. */
  CONVENIENCE("convenience");

  private final String label;

  ServiceValue(String label) {
    this.label = label;
  }

  /** {@return the value in the sources' words; never null} */
  public String label() {
    return label;
  }
}
