package org.leadtocash.domain.voice;

/** How satisfied the customer is with the handling of an issue (DOMAIN D8.2). */
public enum IssueSatisfaction {
  /** Satisfied with the handling and the resolution. */
  SATISFIED("satisfied"),
  /** Neither satisfied nor dissatisfied. */
  NEUTRAL("neither satisfied nor dissatisfied"),
  /** Dissatisfied: the monthly quality review looks at it. */
  DISSATISFIED("dissatisfied");

  private final String label;

  IssueSatisfaction(String label) {
    this.label = label;
  }

  /** {@return how satisfied, in words, for display, e.g. {@code satisfied}; never null} */
  public String label() {
    return label;
  }
}
