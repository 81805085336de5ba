package org.leadtocash.domain.architecture.violations;

/** Breaks the no-static-state rule: a final static field holding an array is still mutable. */
public final class SharedTotals {

  private static final long[] TOTALS = new long[4];

  /** Adds to a quarter's total. */
  public long add(int quarter, long amount) {
    TOTALS[quarter] += amount;
    return TOTALS[quarter];
  }
}
