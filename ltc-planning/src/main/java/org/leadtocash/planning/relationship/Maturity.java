package org.leadtocash.planning.relationship;

/**
 * How mature our relationships with a customer are, one of the two things a customer's staffing
 * follows (DOMAIN D10.1, step 5: people per customer by grade and maturity), least mature first.
 */
public enum Maturity {
  /** New: the relationships are still to be built. */
  NEW("new"),
  /** Developing: some relationships stand, others are being built. */
  DEVELOPING("developing"),
  /** Mature: the relationships stand and are maintained. */
  MATURE("mature");

  private final String label;

  Maturity(String label) {
    this.label = label;
  }

  /** {@return the maturity in words; never null} */
  public String label() {
    return label;
  }
}
