package org.leadtocash.domain.voice;

/**
 * How serious a non-technical issue is when it is accepted (DOMAIN D8.2). The rule for major
 * complaints: a {@link #CRITICAL} issue is a major complaint from its acceptance; any other issue
 * becomes one when someone {@link CustomerIssue#markMajor marks it major}, with the reason.
 */
public enum IssueSeverity {
  /** An ordinary issue, handled in the normal course. */
  NORMAL("normal"),
  /** A serious issue: it hurts the customer's operations or our relationship. */
  SERIOUS("serious"),
  /**
   * A critical issue: it threatens the relationship or a contract, or comes from the customer's top
   * executives; a major complaint from its acceptance.
   */
  CRITICAL("critical");

  private final String label;

  IssueSeverity(String label) {
    this.label = label;
  }

  /** {@return the severity in words, for display, e.g. {@code serious}; never null} */
  public String label() {
    return label;
  }
}
