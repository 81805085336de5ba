package org.leadtocash.planning.strategy;

import static com.google.common.base.Preconditions.checkArgument;

import java.math.BigDecimal;
import java.util.Objects;
import org.joda.money.Money;
import org.leadtocash.domain.common.FreeText;

/**
 * A market opportunity to screen (DOMAIN D9.4), by the four factors of D9.4.
 *
 * <p>Rates are fractions: {@code 0.12} is 12 %. The growth rate is the market's expected annual
 * growth, from −100 % (the market disappears) up to +1000 %; the profit margin is the expected
 * gross margin on sales in the market, from −100 % to +100 %. Both keep the scale they are given.
 *
 * @param name the opportunity's name, e.g. "provincial smart grids"; not null, not blank
 * @param space the market space: what the market can buy per year; not null, not negative
 * @param growthRate the expected annual growth, as a fraction from −1 to 10; not null
 * @param profitMargin the expected margin, as a fraction from −1 to 1; not null
 * @param intensity the competitive intensity; not null
 */
public record MarketOpportunity(
    String name,
    Money space,
    BigDecimal growthRate,
    BigDecimal profitMargin,
    CompetitiveIntensity intensity) {

  private static final BigDecimal MAX_GROWTH = BigDecimal.TEN;

  /**
   * Checks the factors.
   *
   * @param name the name; not null, not blank
   * @param space the market space; not null, not negative
   * @param growthRate the expected annual growth, as a fraction from −1 to 10; not null
   * @param profitMargin the expected margin, as a fraction from −1 to 1; not null
   * @param intensity the competitive intensity; not null
   * @throws IllegalArgumentException if the name is blank or a factor is out of its range
   */
  public MarketOpportunity {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(space, "space");
    Objects.requireNonNull(growthRate, "growthRate");
    Objects.requireNonNull(profitMargin, "profitMargin");
    Objects.requireNonNull(intensity, "intensity");
    FreeText.line(name, "name");
    checkArgument(!name.isBlank(), "a market opportunity has a name (DOMAIN D9.4)");
    checkArgument(
        !space.isNegative(),
        "the market space of %s is not negative (DOMAIN D9.4): %s",
        name,
        space);
    checkArgument(
        growthRate.compareTo(BigDecimal.ONE.negate()) >= 0 && growthRate.compareTo(MAX_GROWTH) <= 0,
        "the growth rate of %s is a fraction from -1 to 10 (DOMAIN D9.4): %s",
        name,
        growthRate);
    checkArgument(
        profitMargin.compareTo(BigDecimal.ONE.negate()) >= 0
            && profitMargin.compareTo(BigDecimal.ONE) <= 0,
        "the profit margin of %s is a fraction from -1 to 1 (DOMAIN D9.4): %s",
        name,
        profitMargin);
  }
}
