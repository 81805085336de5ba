package org.leadtocash.planning.strategy;

/** The three decisions of a marketing strategy (三定, DOMAIN D9.1), in the order of DOMAIN. */
public enum Decision {
  /** The targets to reach. */
  TARGETS("targets"),
  /** The strategies that reach them. */
  STRATEGIES("strategies"),
  /** The strategic control points to hold. */
  CONTROL_POINTS("strategic control points");

  private final String label;

  Decision(String label) {
    this.label = label;
  }

  /** {@return the decision in words, e.g. "strategic control points"} */
  public String label() {
    return label;
  }
}
