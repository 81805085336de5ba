package org.leadtocash.metrics.dashboard;

import java.util.Objects;
import org.leadtocash.domain.common.Rate;
import org.leadtocash.metrics.sales.Coverage;

/**
 * The result of {@link SalesWatch}: the sales-management health of a unit (DOMAIN D1.6, D12).
 *
 * @param winRate the opportunity win rate; "no data" when nothing was won or lost; not null
 * @param funnel the opportunity funnel; not null
 * @param decisionTimeliness the share of gate decisions taken on time; not null
 * @param coverage the pipeline's coverage of the target, unweighted and weighted; not null
 * @param marketShare our share of the awards decided; not null
 */
public record SalesHealth(
    Rate winRate, Funnel funnel, Rate decisionTimeliness, Coverage coverage, Rate marketShare) {

  /**
   * Checks that no part is null.
   *
   * @param winRate the opportunity win rate; "no data" when nothing was won or lost; not null
   * @param funnel the opportunity funnel; not null
   * @param decisionTimeliness the share of gate decisions taken on time; not null
   * @param coverage the pipeline's coverage of the target, unweighted and weighted; not null
   * @param marketShare our share of the awards decided; not null
   */
  public SalesHealth {
    Objects.requireNonNull(winRate, "winRate");
    Objects.requireNonNull(funnel, "funnel");
    Objects.requireNonNull(decisionTimeliness, "decisionTimeliness");
    Objects.requireNonNull(coverage, "coverage");
    Objects.requireNonNull(marketShare, "marketShare");
  }
}
