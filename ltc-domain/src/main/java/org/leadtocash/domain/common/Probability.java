package org.leadtocash.domain.common;

import static com.google.common.base.Preconditions.checkArgument;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import org.joda.money.Money;

/**
 * A probability in whole percent, from 0 to 100: the win probability of an opportunity (DOMAIN
 * D3.5), which weights the pipeline (D12).
 *
 * @param percent the probability in percent, 0 to 100
 */
public record Probability(int percent) implements Comparable<Probability> {

  /** Certainty that it will not happen. */
  public static final Probability NONE = new Probability(0);

  /** Certainty that it will happen. */
  public static final Probability CERTAIN = new Probability(100);

  /**
   * Checks the range.
   *
   * @param percent the probability in percent, 0 to 100
   * @throws IllegalArgumentException if {@code percent} is outside 0..100
   */
  public Probability {
    checkArgument(
        percent >= 0 && percent <= 100,
        "a probability is between 0 and 100 percent, not %s",
        percent);
  }

  /**
   * Returns the probability of the given percent.
   *
   * @param percent 0 to 100
   * @return the probability, never null
   */
  public static Probability ofPercent(int percent) {
    return new Probability(percent);
  }

  /** {@return the probability as a fraction between 0 and 1, e.g. {@code 0.35}; never null} */
  public BigDecimal fraction() {
    return BigDecimal.valueOf(percent, 2);
  }

  /**
   * Returns the amount weighted by this probability, rounded half-even to the currency's scale.
   *
   * @param amount the amount to weight; not null
   * @return {@code amount × percent / 100}, never null
   */
  public Money weigh(Money amount) {
    Objects.requireNonNull(amount, "amount");
    return amount.multipliedBy(fraction(), RoundingMode.HALF_EVEN);
  }

  @Override
  public int compareTo(Probability other) {
    return Integer.compare(percent, other.percent);
  }

  @Override
  public String toString() {
    return percent + "%";
  }
}
