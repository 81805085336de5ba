package org.leadtocash.planning.strategy;

/** The two kinds of gap of a business (DOMAIN D9.3), with the action each needs. */
public enum GapKind {
  /** Results fall short of the expectation; closed by execution within the current design. */
  PERFORMANCE("performance gap", "execution"),
  /** A new business design could bring more than the current results; needs that new design. */
  OPPORTUNITY("opportunity gap", "a new business design");

  private final String label;
  private final String action;

  GapKind(String label, String action) {
    this.label = label;
    this.action = action;
  }

  /** {@return the gap in words, e.g. "performance gap"} */
  public String label() {
    return label;
  }

  /** {@return the action that closes it in words: "execution" or "a new business design"} */
  public String action() {
    return action;
  }
}
