package org.leadtocash.domain.common;

import static com.google.common.base.Preconditions.checkArgument;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;
import java.util.Optional;

/**
 * A rate that keeps its numerator and denominator: 7 leads converted out of 20 is {@code 7/20}, not
 * {@code 0.35}.
 *
 * <p>Keeping both parts lets rates be merged exactly ({@link #plus(Rate)} adds numerators and
 * denominators, which is how a region's rate is built from its offices'), and makes an empty
 * population an explicit "no data" ({@link #isDefined()} is false and {@link #value()} is empty)
 * instead of {@code NaN} or a division by zero (DOMAIN D12). Both parts are non-negative. Two rates
 * are equal when their numerators and denominators are numerically equal, so {@code 1/2} and {@code
 * 2/4} are different rates with the same value.
 *
 * @param numerator the count or amount that qualifies; not null, not negative
 * @param denominator the population it is counted in; not null, not negative
 */
public record Rate(BigDecimal numerator, BigDecimal denominator) {

  /** The rate of an empty population: {@code 0/0}, "no data". */
  public static final Rate NO_DATA = new Rate(BigDecimal.ZERO, BigDecimal.ZERO);

  /**
   * Checks the parts and normalises their scale.
   *
   * @param numerator the count or amount that qualifies; not null, not negative
   * @param denominator the population it is counted in; not null, not negative
   * @throws IllegalArgumentException if a part is negative
   */
  public Rate {
    Objects.requireNonNull(numerator, "numerator");
    Objects.requireNonNull(denominator, "denominator");
    checkArgument(numerator.signum() >= 0, "a rate's numerator is not negative: %s", numerator);
    checkArgument(
        denominator.signum() >= 0, "a rate's denominator is not negative: %s", denominator);
    numerator = numerator.stripTrailingZeros();
    denominator = denominator.stripTrailingZeros();
  }

  /**
   * Returns the rate {@code numerator / denominator} of two counts.
   *
   * @param numerator the qualifying count, not negative
   * @param denominator the population, not negative
   * @return the rate, never null
   */
  public static Rate of(long numerator, long denominator) {
    return new Rate(BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator));
  }

  /**
   * Returns the rate {@code numerator / denominator} of two amounts.
   *
   * @param numerator the qualifying amount; not null, not negative
   * @param denominator the population; not null, not negative
   * @return the rate, never null
   */
  public static Rate of(BigDecimal numerator, BigDecimal denominator) {
    return new Rate(numerator, denominator);
  }

  /** {@return whether the population is not empty, i.e. the denominator is not zero} */
  public boolean isDefined() {
    return denominator.signum() != 0;
  }

  /**
   * Returns the rate's value to 16 significant digits, or empty when there is no data.
   *
   * @return {@code numerator / denominator}, or empty if the denominator is zero; never null
   */
  public Optional<BigDecimal> value() {
    return isDefined()
        ? Optional.of(numerator.divide(denominator, MathContext.DECIMAL64))
        : Optional.empty();
  }

  /**
   * Returns the merge of two rates over disjoint populations: numerators and denominators added.
   *
   * @param other the other rate; not null
   * @return the merged rate, never null
   */
  public Rate plus(Rate other) {
    Objects.requireNonNull(other, "other");
    return new Rate(numerator.add(other.numerator), denominator.add(other.denominator));
  }

  /**
   * {@return {@code 35.0% (7 of 20)}, or {@code no data (0 of 0)} for an empty population; see
   * {@link Figures#percent(Rate)}}
   */
  @Override
  public String toString() {
    return Figures.percent(this);
  }
}
