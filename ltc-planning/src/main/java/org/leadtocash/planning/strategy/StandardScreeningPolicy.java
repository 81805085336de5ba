package org.leadtocash.planning.strategy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import org.joda.money.Money;
import org.leadtocash.domain.common.Figures;

/** The standard screening policy, documented on {@link ScreeningPolicy#standard()}. */
final class StandardScreeningPolicy implements ScreeningPolicy {

  static final StandardScreeningPolicy INSTANCE = new StandardScreeningPolicy();

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final BigDecimal FULL_GROWTH = new BigDecimal("0.30");
  private static final BigDecimal FULL_MARGIN = new BigDecimal("0.40");

  private StandardScreeningPolicy() {}

  @Override
  public List<FactorScore> score(MarketOpportunity opportunity, List<MarketOpportunity> field) {
    Objects.requireNonNull(opportunity, "opportunity");
    Objects.requireNonNull(field, "field");
    return List.of(
        space(opportunity, field),
        linear(ScreeningFactor.GROWTH, 25, opportunity.growthRate(), FULL_GROWTH, "a year"),
        linear(ScreeningFactor.PROFIT, 25, opportunity.profitMargin(), FULL_MARGIN, "margin"),
        competition(opportunity.intensity()));
  }

  private static FactorScore space(MarketOpportunity opportunity, List<MarketOpportunity> field) {
    Money largest = opportunity.space();
    for (MarketOpportunity other : field) {
      if (other.space().getCurrencyUnit().equals(largest.getCurrencyUnit())
          && other.space().isGreaterThan(largest)) {
        largest = other.space();
      }
    }
    BigDecimal score =
        largest.isZero()
            ? BigDecimal.ZERO
            : opportunity
                .space()
                .getAmount()
                .multiply(HUNDRED)
                .divide(largest.getAmount(), 2, RoundingMode.DOWN);
    return new FactorScore(
        ScreeningFactor.SPACE,
        score,
        30,
        Figures.money(opportunity.space()) + " against the largest " + Figures.money(largest));
  }

  private static FactorScore linear(
      ScreeningFactor factor, int weight, BigDecimal value, BigDecimal full, String unit) {
    BigDecimal clamped = value.max(BigDecimal.ZERO).min(full);
    BigDecimal score = clamped.multiply(HUNDRED).divide(full, 2, RoundingMode.DOWN);
    return new FactorScore(
        factor,
        score,
        weight,
        Figures.percent(value) + " " + unit + ", full marks from " + Figures.percent(full));
  }

  private static FactorScore competition(CompetitiveIntensity intensity) {
    int score =
        switch (intensity) {
          case LOW -> 100;
          case MODERATE -> 65;
          case HIGH -> 35;
          case FIERCE -> 10;
        };
    return new FactorScore(
        ScreeningFactor.COMPETITION,
        BigDecimal.valueOf(score),
        20,
        intensity.label() + " competition");
  }

  @Override
  public String toString() {
    return "ScreeningPolicy.standard()";
  }
}
