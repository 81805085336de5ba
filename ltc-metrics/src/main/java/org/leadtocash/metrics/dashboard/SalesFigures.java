package org.leadtocash.metrics.dashboard;

import java.util.Objects;
import org.leadtocash.metrics.Tally;
import org.leadtocash.metrics.sales.PipelineTally;
import org.leadtocash.metrics.sales.ShareTally;

/**
 * The accumulator of {@link SalesWatch}: the five sales-health KPIs' accumulators side by side
 * (DOMAIN D1.6, D12). An immutable value; {@link #plus} is associative, adding each KPI's
 * accumulator with that KPI's own merge.
 *
 * @param wins the win rate's tally: won of won and lost (see {@link
 *     org.leadtocash.metrics.sales.WinRate}); not null
 * @param funnel the opportunity funnel (see {@link PipelineFunnel}); not null
 * @param timeliness the decision timeliness tally: gate decisions on time of all taken (see {@link
 *     org.leadtocash.metrics.sales.DecisionTimeliness}); not null
 * @param pipeline the pipeline coverage's sums (see {@link
 *     org.leadtocash.metrics.sales.PipelineCoverage}); not null
 * @param shares the market share's sums (see {@link org.leadtocash.metrics.sales.MarketShare}); not
 *     null, in the pipeline's currency
 */
public record SalesFigures(
    Tally wins, Funnel funnel, Tally timeliness, PipelineTally pipeline, ShareTally shares) {

  /**
   * Checks that no part is null.
   *
   * @param wins the win rate's tally: won of won and lost (see {@link
   *     org.leadtocash.metrics.sales.WinRate}); not null
   * @param funnel the opportunity funnel (see {@link PipelineFunnel}); not null
   * @param timeliness the decision timeliness tally: gate decisions on time of all taken (see
   *     {@link org.leadtocash.metrics.sales.DecisionTimeliness}); not null
   * @param pipeline the pipeline coverage's sums (see {@link
   *     org.leadtocash.metrics.sales.PipelineCoverage}); not null
   * @param shares the market share's sums (see {@link org.leadtocash.metrics.sales.MarketShare});
   *     not null, in the pipeline's currency
   */
  public SalesFigures {
    Objects.requireNonNull(wins, "wins");
    Objects.requireNonNull(funnel, "funnel");
    Objects.requireNonNull(timeliness, "timeliness");
    Objects.requireNonNull(pipeline, "pipeline");
    Objects.requireNonNull(shares, "shares");
  }

  /**
   * Adds other figures, part by part.
   *
   * @param other the other figures; not null, in this currency
   * @return the sum, never null
   * @throws IllegalArgumentException if the currency differs
   */
  public SalesFigures plus(SalesFigures other) {
    Objects.requireNonNull(other, "other");
    return new SalesFigures(
        wins.plus(other.wins),
        funnel.plus(other.funnel),
        timeliness.plus(other.timeliness),
        pipeline.plus(other.pipeline),
        shares.plus(other.shares));
  }

  /**
   * Takes out other figures that were added before, part by part.
   *
   * @param other the figures to take out; not null, part of these, in this currency
   * @return the difference, never null
   * @throws IllegalArgumentException if the currency differs or {@code other} is not part of these
   *     figures
   */
  public SalesFigures minus(SalesFigures other) {
    Objects.requireNonNull(other, "other");
    return new SalesFigures(
        wins.minus(other.wins),
        funnel.minus(other.funnel),
        timeliness.minus(other.timeliness),
        pipeline.minus(other.pipeline),
        shares.minus(other.shares));
  }
}
