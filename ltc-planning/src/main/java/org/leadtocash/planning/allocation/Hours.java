package org.leadtocash.planning.allocation;

import static com.google.common.base.Preconditions.checkArgument;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/** Hours as the allocation plans them (DOMAIN D11.6): non-negative, in tenths of an hour. */
final class Hours {

  /** The most hours one value may hold: a year of a large team, with room to spare. */
  static final BigDecimal MAX = BigDecimal.valueOf(1_000_000);

  private Hours() {}

  /**
   * Checks hours and brings them to one decimal, so that equal hours are equal values.
   *
   * @param hours the hours; not null
   * @param what what the hours are, for the message
   * @return the hours with scale 1
   * @throws IllegalArgumentException if the hours are negative, above {@link #MAX} or finer than a
   *     tenth of an hour
   */
  static BigDecimal of(BigDecimal hours, String what) {
    Objects.requireNonNull(hours, what);
    checkArgument(
        hours.signum() >= 0,
        "%s is never negative (DOMAIN D11.6): %s h",
        what,
        hours.toPlainString());
    checkArgument(
        hours.compareTo(MAX) <= 0,
        "%s is at most %s h (DOMAIN D11.6): %s h",
        what,
        MAX.toPlainString(),
        hours.toPlainString());
    checkArgument(
        hours.stripTrailingZeros().scale() <= 1,
        "%s is planned in tenths of an hour (DOMAIN D11.6): %s h",
        what,
        hours.toPlainString());
    return hours.setScale(1, RoundingMode.UNNECESSARY);
  }

  /** {@return the hours as a whole number of tenths of an hour} */
  static long tenths(BigDecimal hours) {
    return hours.movePointRight(1).longValueExact();
  }

  /** {@return a whole number of tenths of an hour as hours with scale 1} */
  static BigDecimal ofTenths(long tenths) {
    return BigDecimal.valueOf(tenths, 1);
  }

  /** {@return the hours in words, e.g. "12.5 h" or "8.0 h"} */
  static String text(BigDecimal hours) {
    return hours.setScale(1, RoundingMode.UNNECESSARY).toPlainString() + " h";
  }
}
