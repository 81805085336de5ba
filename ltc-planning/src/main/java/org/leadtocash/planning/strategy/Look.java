package org.leadtocash.planning.strategy;

/** The five looks of a marketing strategy (五看, DOMAIN D9.1), in the order of DOMAIN. */
public enum Look {
  /** The macro environment: economy, policy, technology, society. */
  MACRO("macro environment"),
  /** The industry and its trends. */
  INDUSTRY("industry"),
  /** The customers and their needs. */
  CUSTOMER("customers"),
  /** The competitors. */
  COMPETITION("competition"),
  /** Ourselves: our strengths, weaknesses and results. */
  OURSELVES("ourselves");

  private final String label;

  Look(String label) {
    this.label = label;
  }

  /** {@return the look in words, e.g. "macro environment"} */
  public String label() {
    return label;
  }
}
