package org.leadtocash.planning.strategy;

import java.util.List;

/**
 * How a market opportunity scores on each factor of DOMAIN D9.4, and how much each factor weighs. A
 * host replaces the {@link #standard() standard} policy with its own by implementing this
 * interface; {@link Screening#of} checks what a policy returns.
 */
public interface ScreeningPolicy {

  /**
   * Scores one opportunity among those screened with it.
   *
   * @param opportunity the opportunity to score; not null, one of {@code field}
   * @param field every opportunity screened together, for factors scored relative to the others;
   *     not null
   * @return one score per {@link ScreeningFactor}, in the factors' order, with weights that add up
   *     to 100; never null
   */
  List<FactorScore> score(MarketOpportunity opportunity, List<MarketOpportunity> field);

  /**
   * Returns the standard policy. Its weights are market space 30 %, growth rate 25 %, profit level
   * 25 % and competitive intensity 20 %, and each factor scores from 0 to 100:
   *
   * <ul>
   *   <li><b>market space</b> relative to the field: {@code 100 × space / largest space screened},
   *       rounded down to 2 decimals (0 when every space is zero);
   *   <li><b>growth rate</b> linearly from 0 at no growth (or shrinking) to 100 at 30 % a year or
   *       more;
   *   <li><b>profit level</b> linearly from 0 at no margin (or a loss) to 100 at a 40 % margin or
   *       more;
   *   <li><b>competitive intensity</b> by its level: low 100, moderate 65, high 35, fierce 10.
   * </ul>
   *
   * <p>Each score is monotone: more space, growth or margin, or less intensity, never scores less.
   *
   * @return the standard policy, never null
   */
  static ScreeningPolicy standard() {
    return StandardScreeningPolicy.INSTANCE;
  }
}
