package org.leadtocash.planning.strategy;

/** The five looks of a marketing strategy (五看, DOMAIN D9.1), in the order of DOMAIN. */
public enum Look {
  /** The macro environment: economy, policy, technology, society. */
  MACRO("the macro environment"),
  /** The industry and its trends. */
  INDUSTRY("the industry"),
  /** The customers and their needs. */
  CUSTOMER("the customers"),
  /** The competitors. */
  COMPETITION("the competition"),
  /** Ourselves: our strengths, weaknesses and results. */
  OURSELVES("ourselves");

  private final String label;

  Look(String label) {
    this.label = label;
  }

  /** {@return the look in words, e.g. "the macro environment"} */
  public String label() {
    return label;
  }
}
