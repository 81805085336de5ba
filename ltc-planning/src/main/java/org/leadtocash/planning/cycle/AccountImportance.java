package org.leadtocash.planning.cycle;

import java.time.Period;

/**
 * How important an account of a {@link PlanningCycle} is, which sets how often its plan is reviewed
 * once implemented (DOMAIN D11.10). The domain's {@code CustomerGrade} has four grades, the
 * source's review cadence three tiers, so the cycle asks the host for the tier of each account
 * rather than deriving it from a grade.
 */
public enum AccountImportance {
  /** A most important account: its plan is reviewed every quarter, and its progress reported. */
  MOST_IMPORTANT("most important", Period.ofMonths(3)),
  /** A secondary account: its plan is reviewed every year. */
  SECONDARY("secondary", Period.ofYears(1)),
  /** An unimportant account: reviewed with the others in one yearly collective review. */
  UNIMPORTANT("unimportant", Period.ofYears(1));

  private final String label;
  private final Period reviewInterval;

  AccountImportance(String label, Period reviewInterval) {
    this.label = label;
    this.reviewInterval = reviewInterval;
  }

  /** {@return the tier in words, e.g. "most important"; never null} */
  public String label() {
    return label;
  }

  /**
   * {@return how often an account of this tier is reviewed: 3 months for the most important, 1 year
   * for the others (for the unimportant ones, collectively) (DOMAIN D11.10); never null}
   */
  public Period reviewInterval() {
    return reviewInterval;
  }
}
