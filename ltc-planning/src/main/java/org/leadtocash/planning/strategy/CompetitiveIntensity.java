package org.leadtocash.planning.strategy;

/** How intensely a market is contested (DOMAIN D9.4), from least to most intense. */
public enum CompetitiveIntensity {
  /** Few competitors, none strong: prices hold. */
  LOW("low"),
  /** Several competitors, none dominant. */
  MODERATE("moderate"),
  /** Strong competitors fight for every deal. */
  HIGH("high"),
  /** A price war or a dominant incumbent. */
  FIERCE("fierce");

  private final String label;

  CompetitiveIntensity(String label) {
    this.label = label;
  }

  /** {@return the intensity in words, e.g. "moderate"} */
  public String label() {
    return label;
  }
}
