package org.leadtocash.metrics.sales;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The accumulator of a cycle-time KPI such as the {@link DecisionCycle} (DOMAIN D12): how many
 * cycles were measured, their total length and the longest, in whole days. An immutable value;
 * {@link #plus} is associative and commutative, and {@link #NONE} is its identity. A median is not
 * mergeable, so the tally keeps only what merges exactly: the sum, the count and the maximum.
 *
 * @param cycles the cycles measured; not negative
 * @param totalDays their total length in days; not negative
 * @param longestDays the longest cycle in days; not negative, at most {@code totalDays}, zero when
 *     no cycle was measured
 */
public record CycleTally(long cycles, long totalDays, long longestDays) {

  /** No cycle measured. */
  public static final CycleTally NONE = new CycleTally(0, 0, 0);

  /**
   * Checks the counts.
   *
   * @param cycles the cycles measured; not negative
   * @param totalDays their total length in days; not negative
   * @param longestDays the longest cycle in days; not negative, at most {@code totalDays}, zero
   *     when no cycle was measured
   * @throws IllegalArgumentException if a count is negative, the longest cycle exceeds the total,
   *     or there are days without cycles
   */
  public CycleTally {
    checkArgument(cycles >= 0, "a count of cycles is not negative: %s", cycles);
    checkArgument(totalDays >= 0, "a total of days is not negative: %s", totalDays);
    checkArgument(
        longestDays >= 0 && longestDays <= totalDays,
        "the longest cycle is 0 to %s days, not %s",
        totalDays,
        longestDays);
    checkArgument(cycles > 0 || totalDays == 0, "no cycle lasts no days, not %s", totalDays);
  }

  /**
   * Returns the tally of one cycle.
   *
   * @param days the cycle's length in days; not negative
   * @return the tally, never null
   * @throws IllegalArgumentException if {@code days} is negative
   */
  public static CycleTally of(long days) {
    return new CycleTally(1, days, days);
  }

  /**
   * Adds another tally.
   *
   * @param other the other tally; not null
   * @return the sum, never null
   */
  public CycleTally plus(CycleTally other) {
    Objects.requireNonNull(other, "other");
    return new CycleTally(
        Math.addExact(cycles, other.cycles),
        Math.addExact(totalDays, other.totalDays),
        Math.max(longestDays, other.longestDays));
  }

  /**
   * Returns the cycle time: average and longest; empty ("no data") when no cycle was measured.
   *
   * @return the cycle time, never null
   */
  public Optional<CycleTime> time() {
    if (cycles == 0) {
      return Optional.empty();
    }
    return Optional.of(
        new CycleTime(
            cycles, Duration.ofDays(totalDays).dividedBy(cycles), Duration.ofDays(longestDays)));
  }
}
