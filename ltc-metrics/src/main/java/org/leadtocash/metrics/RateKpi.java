package org.leadtocash.metrics;

import org.leadtocash.domain.common.Rate;

/**
 * A KPI that is a share of a population (DOMAIN D12): it accumulates a {@link Tally}, merges by
 * adding tallies, and results in their {@link Rate} — "no data" for an empty population. A KPI of
 * this kind implements only {@link #definition()} and {@link #add}.
 *
 * @param <R> the records it counts
 */
public interface RateKpi<R> extends Kpi<R, Tally, Rate> {

  @Override
  default Tally empty() {
    return Tally.NONE;
  }

  @Override
  default Tally merge(Tally left, Tally right) {
    return left.plus(right);
  }

  @Override
  default Rate result(Tally accumulator) {
    return accumulator.rate();
  }
}
