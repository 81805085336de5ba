package org.leadtocash.planning.strategy;

import static com.google.common.base.Preconditions.checkArgument;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * How one factor of a market opportunity scored under a {@link ScreeningPolicy} (DOMAIN D9.4).
 *
 * @param factor the factor; not null
 * @param score the factor's score, from 0 (least attractive) to 100 (most); not null
 * @param weight the factor's weight in percent, from 0 to 100; the weights of a policy add up to
 *     100
 * @param reason why it scored so, in words; not null, not blank
 */
public record FactorScore(ScreeningFactor factor, BigDecimal score, int weight, String reason) {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /**
   * Checks the score and weight.
   *
   * @param factor the factor; not null
   * @param score the score, from 0 to 100; not null
   * @param weight the weight in percent, from 0 to 100
   * @param reason why it scored so; not null, not blank
   * @throws IllegalArgumentException if the score or weight is out of range or the reason blank
   */
  public FactorScore {
    Objects.requireNonNull(factor, "factor");
    Objects.requireNonNull(score, "score");
    Objects.requireNonNull(reason, "reason");
    checkArgument(
        score.signum() >= 0 && score.compareTo(HUNDRED) <= 0,
        "a factor scores from 0 to 100 (DOMAIN D9.4): %s scored %s",
        factor.label(),
        score);
    checkArgument(
        weight >= 0 && weight <= 100,
        "a factor weighs from 0 to 100 percent (DOMAIN D9.4): %s weighs %s",
        factor.label(),
        weight);
    checkArgument(!reason.isBlank(), "a factor score says why (DOMAIN D9.4): %s", factor.label());
  }

  /** {@return the score's part of the total: {@code score × weight / 100}, to 4 decimals} */
  public BigDecimal weighted() {
    return score.multiply(BigDecimal.valueOf(weight)).divide(HUNDRED, 4, RoundingMode.HALF_EVEN);
  }

  /** {@return the score in words, e.g. "market space: 80 of 100 × 30 % (the largest space)"} */
  public String explanation() {
    return factor.label()
        + ": "
        + score.stripTrailingZeros().toPlainString()
        + " of 100 × "
        + weight
        + " % ("
        + reason
        + ")";
  }
}
