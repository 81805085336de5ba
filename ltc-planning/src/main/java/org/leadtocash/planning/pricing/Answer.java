package org.leadtocash.planning.pricing;

/**
 * An answer to a question of the pricing decision tree (DOMAIN D11.8): yes, no, or not known — an
 * unknown answer leaves the case undecided, and an undecided case goes to management.
 */
public enum Answer {
  /** Yes. */
  YES("yes"),
  /** No. */
  NO("no"),
  /** Not known: the case cannot be decided on this question and goes to management. */
  UNKNOWN("unknown");

  private final String label;

  Answer(String label) {
    this.label = label;
  }

  /** {@return the answer in words: "yes", "no" or "unknown"; never null} */
  public String label() {
    return label;
  }

  /**
   * Returns the answer to a yes-or-no question.
   *
   * @param yes whether the answer is yes
   * @return {@link #YES} or {@link #NO}, never null
   */
  public static Answer of(boolean yes) {
    return yes ? YES : NO;
  }
}
