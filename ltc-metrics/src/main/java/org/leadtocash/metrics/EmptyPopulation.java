package org.leadtocash.metrics;

/**
 * What a KPI returns when its population is empty (DOMAIN D12: a documented treatment of empty
 * denominators). Never {@code NaN}, never an exception.
 */
public enum EmptyPopulation {
  /**
   * An explicit "no data": a {@code Rate} with a zero denominator, or an empty {@code Optional}.
   */
  NO_DATA,
  /** Zero: sums and counts of nothing are zero. */
  ZERO
}
