package org.leadtocash.metrics.efficiency;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.leadtocash.domain.common.Rate;

/**
 * Where a team's revenue-generating share of sales time stands against the benchmarks of DOMAIN
 * D11.6: typical teams spend 15–25% of their time generating revenue, good teams 40–50%. The two
 * benchmarks are {@link #TYPICAL} and {@link #GOOD}, both ends included; the other bands are the
 * gaps around them, ends excluded.
 */
public enum TeamBand {
  /** Below typical: under 15%. */
  BELOW_TYPICAL("0", "0.15", false),
  /** Typical (D11.6): 15% to 25%. */
  TYPICAL("0.15", "0.25", true),
  /** Better than typical, not yet good: over 25% and under 40%. */
  ABOVE_TYPICAL("0.25", "0.40", false),
  /** Good (D11.6): 40% to 50%. */
  GOOD("0.40", "0.50", true),
  /** Beyond the good benchmark: over 50%. */
  ABOVE_GOOD("0.50", "1", false);

  private final BigDecimal from;
  private final BigDecimal to;
  private final boolean benchmark;

  TeamBand(String from, String to, boolean benchmark) {
    this.from = new BigDecimal(from);
    this.to = new BigDecimal(to);
    this.benchmark = benchmark;
  }

  /** {@return the lower end of the band's share, e.g. {@code 0.15}; never null} */
  public BigDecimal from() {
    return from;
  }

  /** {@return the upper end of the band's share, e.g. {@code 0.25}; never null} */
  public BigDecimal to() {
    return to;
  }

  /** {@return whether the band is one of the two benchmarks of D11.6 (its ends included)} */
  public boolean isBenchmark() {
    return benchmark;
  }

  /**
   * Returns the band of a revenue-generating share, compared exactly (no rounding).
   *
   * @param share the share, numerator at most denominator; not null
   * @return the band, or empty for "no data"; never null
   */
  public static Optional<TeamBand> of(Rate share) {
    Objects.requireNonNull(share, "share");
    if (!share.isDefined()) {
      return Optional.empty();
    }
    if (below(share, TYPICAL.from)) {
      return Optional.of(BELOW_TYPICAL);
    }
    if (!above(share, TYPICAL.to)) {
      return Optional.of(TYPICAL);
    }
    if (below(share, GOOD.from)) {
      return Optional.of(ABOVE_TYPICAL);
    }
    if (!above(share, GOOD.to)) {
      return Optional.of(GOOD);
    }
    return Optional.of(ABOVE_GOOD);
  }

  private static boolean below(Rate share, BigDecimal bound) {
    return share.numerator().compareTo(share.denominator().multiply(bound)) < 0;
  }

  private static boolean above(Rate share, BigDecimal bound) {
    return share.numerator().compareTo(share.denominator().multiply(bound)) > 0;
  }
}
