package org.leadtocash.metrics.sales;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.Duration;
import java.util.Objects;

/**
 * The value of a cycle-time KPI such as the {@link DecisionCycle} (DOMAIN D12): how many cycles
 * were measured, their average length and the longest.
 *
 * @param cycles the cycles measured; positive
 * @param average their average length, to the nanosecond (truncated); not null, not negative
 * @param longest the longest; not null, at least {@code average}
 */
public record CycleTime(long cycles, Duration average, Duration longest) {

  /**
   * Checks the parts.
   *
   * @param cycles the cycles measured; positive
   * @param average their average length, to the nanosecond (truncated); not null, not negative
   * @param longest the longest; not null, at least {@code average}
   * @throws IllegalArgumentException if there is no cycle, a length is negative, or the longest is
   *     shorter than the average
   */
  public CycleTime {
    Objects.requireNonNull(average, "average");
    Objects.requireNonNull(longest, "longest");
    checkArgument(cycles > 0, "a cycle time measures at least one cycle, not %s", cycles);
    checkArgument(!average.isNegative(), "an average cycle is not negative: %s", average);
    checkArgument(
        longest.compareTo(average) >= 0,
        "the longest cycle %s is not shorter than the average %s",
        longest,
        average);
  }
}
