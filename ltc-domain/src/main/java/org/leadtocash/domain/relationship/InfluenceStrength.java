package org.leadtocash.domain.relationship;

/**
 * How strongly one key person influences another's decision (DOMAIN D7.2, the customer's influence
 * analysis 客户影响力分析), weakest first.
 */
public enum InfluenceStrength {
  /** Weak: is heard, rarely followed. */
  WEAK("weak"),
  /** Medium: is usually taken into account. */
  MEDIUM("medium"),
  /** Strong: is usually followed. */
  STRONG("strong");

  private final String label;

  InfluenceStrength(String label) {
    this.label = label;
  }

  /** {@return the strength in words, e.g. {@code strong}; never null} */
  public String label() {
    return label;
  }
}
