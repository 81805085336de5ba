package org.leadtocash.metrics.customer;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The times to close of a set of closed issues (DOMAIN D8.2): how many, their total and the longest
 * — both the accumulator and the result of {@link IssueClosureTime}. An immutable value; {@link
 * #plus} is associative and commutative, and {@link #NONE} is its identity.
 *
 * @param issues how many closed issues, not negative
 * @param total their times to close added up; not null, not negative, zero without issues
 * @param longest the longest of them; not null, not negative, zero without issues
 */
public record ClosureTimes(long issues, Duration total, Duration longest) {

  /** No closed issue. */
  public static final ClosureTimes NONE = new ClosureTimes(0, Duration.ZERO, Duration.ZERO);

  /**
   * Checks the parts.
   *
   * @param issues how many closed issues, not negative
   * @param total their times to close added up; not null, not negative, zero without issues
   * @param longest the longest of them; not null, not negative, zero without issues
   * @throws IllegalArgumentException if a part is negative, or the longest exceeds the total
   */
  public ClosureTimes {
    Objects.requireNonNull(total, "total");
    Objects.requireNonNull(longest, "longest");
    checkArgument(issues >= 0, "a count of issues is not negative: %s", issues);
    checkArgument(!total.isNegative() && !longest.isNegative(), "times to close are not negative");
    checkArgument(
        longest.compareTo(total) <= 0,
        "the longest time to close (%s) is within the total (%s)",
        longest,
        total);
    checkArgument(issues > 0 || total.isZero(), "no issue has no time to close, not %s", total);
  }

  /**
   * Returns the times of one closed issue.
   *
   * @param timeToClose its time from acceptance to closure; not null, not negative
   * @return the times, never null
   */
  public static ClosureTimes of(Duration timeToClose) {
    Objects.requireNonNull(timeToClose, "timeToClose");
    return new ClosureTimes(1, timeToClose, timeToClose);
  }

  /**
   * Adds other times.
   *
   * @param other the other times; not null
   * @return the sum, never null
   */
  public ClosureTimes plus(ClosureTimes other) {
    Objects.requireNonNull(other, "other");
    return new ClosureTimes(
        Math.addExact(issues, other.issues),
        total.plus(other.total),
        longest.compareTo(other.longest) >= 0 ? longest : other.longest);
  }

  /**
   * Returns the average time to close: the total over the count, truncated to the nanosecond.
   *
   * @return the average, or empty without issues ("no data"); never null
   */
  public Optional<Duration> average() {
    return issues == 0 ? Optional.empty() : Optional.of(total.dividedBy(issues));
  }

  /**
   * Returns the longest time to close.
   *
   * @return the longest, or empty without issues ("no data"); never null
   */
  public Optional<Duration> maximum() {
    return issues == 0 ? Optional.empty() : Optional.of(longest);
  }

  /** {@return e.g. {@code 3 issues closed, average PT52H, longest PT120H}} */
  @Override
  public String toString() {
    return issues == 0
        ? "no issue closed"
        : issues
            + (issues == 1 ? " issue closed" : " issues closed")
            + ", average "
            + average().orElseThrow()
            + ", longest "
            + longest;
  }
}
