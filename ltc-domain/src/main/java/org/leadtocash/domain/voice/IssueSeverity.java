package org.leadtocash.domain.voice;

/**
 * How serious a non-technical issue is when it is accepted (DOMAIN D8.2). The rule for major
 * complaints: a {@link #CRITICAL} issue is a major complaint from its acceptance; any other issue
 * becomes one when someone {@link CustomerIssue#markMajor marks it major}, with the reason.
 */
public enum IssueSeverity {
  /** An ordinary issue, handled in the normal course. */
  NORMAL,
  /** A serious issue: it hurts the customer's operations or our relationship. */
  SERIOUS,
  /**
   * A critical issue: it threatens the relationship or a contract, or comes from the customer's top
   * executives; a major complaint from its acceptance.
   */
  CRITICAL
}
