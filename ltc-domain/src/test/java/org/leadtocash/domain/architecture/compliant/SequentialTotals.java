package org.leadtocash.domain.architecture.compliant;

import java.util.List;

/** Sums with a sequential stream. */
public final class SequentialTotals {

  /** Sums the amounts. */
  public long total(List<Long> amounts) {
    return amounts.stream().mapToLong(Long::longValue).sum();
  }
}
