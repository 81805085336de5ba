package org.leadtocash.domain.customer;

/**
 * Where a customer's yearly review of its grade and policy stands on a date (DOMAIN D6.2), and what
 * to do next about it.
 */
public enum ReviewStatus {
  /** The customer is not graded yet: it needs grading, not a review. */
  NOT_GRADED(
      "not graded", "grade the customer: walk the grading steps to grade and set policy (D6.3)"),
  /** Less than a year has passed since the current grading took effect. */
  UP_TO_DATE("up to date", "nothing until the review falls due"),
  /** A year or more has passed since the current grading took effect: review it. */
  OVERDUE("review overdue", "review the grade, category and policy (Customer.reviewGrade)");

  private final String label;

  private final String action;

  ReviewStatus(String label, String action) {
    this.label = label;
    this.action = action;
  }

  /** {@return the review status in words, for display, e.g. {@code review overdue}; never null} */
  public String label() {
    return label;
  }

  /** {@return what to do next about a customer in this state; never null} */
  public String action() {
    return action;
  }
}
