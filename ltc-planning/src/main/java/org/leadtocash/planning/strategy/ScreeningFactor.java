package org.leadtocash.planning.strategy;

/** The four factors a market opportunity is screened on (DOMAIN D9.4), in the order of DOMAIN. */
public enum ScreeningFactor {
  /** The market space: how much the market can buy. */
  SPACE("market space"),
  /** The market's growth rate. */
  GROWTH("growth rate"),
  /** The profit level the market allows. */
  PROFIT("profit level"),
  /** The competitive intensity: the more intense, the less attractive. */
  COMPETITION("competitive intensity");

  private final String label;

  ScreeningFactor(String label) {
    this.label = label;
  }

  /** {@return the factor in words, e.g. "market space"} */
  public String label() {
    return label;
  }
}
