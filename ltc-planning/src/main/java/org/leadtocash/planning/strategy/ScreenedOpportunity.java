package org.leadtocash.planning.strategy;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One market opportunity of a {@link Screening} (DOMAIN D9.4): its rank, and its score explained
 * factor by factor.
 *
 * @param rank its rank, 1 for the most attractive
 * @param opportunity the opportunity; not null
 * @param factors one score per {@link ScreeningFactor}, in the factors' order, with weights that
 *     add up to 100; not null
 */
public record ScreenedOpportunity(
    int rank, MarketOpportunity opportunity, List<FactorScore> factors) {

  /**
   * Checks the rank and the factor scores.
   *
   * @param rank its rank, from 1
   * @param opportunity the opportunity; not null
   * @param factors one score per factor, in order, with weights adding up to 100; not null
   * @throws IllegalArgumentException if the rank is below 1, a factor is missing, repeated or out
   *     of order, or the weights do not add up to 100
   */
  public ScreenedOpportunity {
    Objects.requireNonNull(factors, "factors");
    Objects.requireNonNull(opportunity, "opportunity");
    factors = ImmutableList.copyOf(factors);
    checkArgument(rank >= 1, "a screened opportunity ranks from 1 (DOMAIN D9.4): %s", rank);
    ScreeningFactor[] expected = ScreeningFactor.values();
    checkArgument(
        factors.size() == expected.length,
        "%s is scored on all %s factors of DOMAIN D9.4, not %s",
        opportunity.name(),
        expected.length,
        factors.size());
    int weights = 0;
    for (int i = 0; i < expected.length; i++) {
      checkArgument(
          factors.get(i).factor() == expected[i],
          "%s is scored on the factors in the order of DOMAIN D9.4; expected %s at %s, not %s",
          opportunity.name(),
          expected[i],
          i + 1,
          factors.get(i).factor());
      weights += factors.get(i).weight();
    }
    checkArgument(
        weights == 100,
        "the factor weights scoring %s add up to 100 percent (DOMAIN D9.4), not %s",
        opportunity.name(),
        weights);
  }

  /** {@return the score, from 0 to 100: the sum of the factors' weighted scores} */
  public BigDecimal score() {
    return factors.stream().map(FactorScore::weighted).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /**
   * {@return the score in words, e.g. "1. coastal data centres, 71.5 of 100: market space: ..."}
   */
  public String explanation() {
    return rank
        + ". "
        + opportunity.name()
        + ", "
        + score().stripTrailingZeros().toPlainString()
        + " of 100: "
        + String.join("; ", factors.stream().map(FactorScore::explanation).toList());
  }
}
