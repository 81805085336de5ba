package org.leadtocash.domain.customer;

/** Where a customer's yearly review of its grade and policy stands on a date (DOMAIN D6.2). */
public enum ReviewStatus {
  /** The customer is not graded yet: it needs grading, not a review. */
  NOT_GRADED,
  /** Less than a year has passed since the current grading took effect. */
  UP_TO_DATE,
  /** A year or more has passed since the current grading took effect: review it. */
  OVERDUE
}
