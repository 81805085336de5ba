package org.leadtocash.domain.architecture.violations;

import java.util.List;

/** Breaks the no-threads rule with a parallel stream (it runs on the common fork-join pool). */
public final class ParallelTotals {

  /** Sums the amounts in parallel. */
  public long total(List<Long> amounts) {
    return amounts.parallelStream().mapToLong(Long::longValue).sum();
  }
}
