package org.leadtocash.metrics.efficiency;

import static com.google.common.base.Preconditions.checkArgument;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Objects;
import org.leadtocash.domain.common.Rate;

/**
 * The accumulator of {@link RevenueGeneratingTimeShare} (DOMAIN D11.6): the revenue-generating part
 * of the sales time, and the whole. An immutable value; {@link #plus} is associative and {@link
 * #NONE} its identity.
 *
 * @param revenueGenerating the revenue-generating time; not null, not negative, at most {@code
 *     total}
 * @param total all the sales time recorded; not null, not negative
 */
public record TimeSplit(Duration revenueGenerating, Duration total) {

  /** No time. */
  public static final TimeSplit NONE = new TimeSplit(Duration.ZERO, Duration.ZERO);

  /**
   * Checks the parts.
   *
   * @param revenueGenerating the revenue-generating time; not null, not negative, at most {@code
   *     total}
   * @param total all the sales time recorded; not null, not negative
   * @throws IllegalArgumentException if a duration is negative or the part exceeds the whole
   */
  public TimeSplit {
    Objects.requireNonNull(revenueGenerating, "revenueGenerating");
    Objects.requireNonNull(total, "total");
    checkArgument(!total.isNegative(), "sales time is not negative: %s", total);
    checkArgument(
        !revenueGenerating.isNegative() && revenueGenerating.compareTo(total) <= 0,
        "revenue-generating time is 0 to %s, not %s",
        total,
        revenueGenerating);
  }

  /**
   * Returns the split of one entry.
   *
   * @param entry the entry; not null
   * @return its time, revenue-generating or not, never null
   */
  public static TimeSplit of(SalesTimeEntry entry) {
    Objects.requireNonNull(entry, "entry");
    Duration duration = entry.duration();
    return new TimeSplit(entry.isRevenueGenerating() ? duration : Duration.ZERO, duration);
  }

  /**
   * Adds another split.
   *
   * @param other the other split; not null
   * @return the sum, never null
   */
  public TimeSplit plus(TimeSplit other) {
    Objects.requireNonNull(other, "other");
    return new TimeSplit(revenueGenerating.plus(other.revenueGenerating), total.plus(other.total));
  }

  /** {@return the revenue-generating share of the time; "no data" if no time; never null} */
  public Rate rate() {
    return total.isZero() ? Rate.NO_DATA : Rate.of(seconds(revenueGenerating), seconds(total));
  }

  private static BigDecimal seconds(Duration duration) {
    return BigDecimal.valueOf(duration.getSeconds()).add(BigDecimal.valueOf(duration.getNano(), 9));
  }
}
