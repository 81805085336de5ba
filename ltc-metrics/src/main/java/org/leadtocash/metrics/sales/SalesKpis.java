package org.leadtocash.metrics.sales;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.leadtocash.metrics.KpiDefinition;

/**
 * The sales KPIs of this package (DOMAIN D12), for a catalogue: what each means, independently of
 * the period, target or competitor a host gives it. A KPI instance's own {@link
 * org.leadtocash.metrics.Kpi#definition()} names those.
 */
public final class SalesKpis {

  private static final String PERIOD = "the period given to the KPI";
  private static final String COMPETITOR = "the main competitor given to the KPI";

  private static final ImmutableList<KpiDefinition> DEFINITIONS =
      ImmutableList.of(
          LeadConversionRate.definition(PERIOD),
          WinRate.definition(PERIOD),
          DecisionCycle.definition(PERIOD),
          DecisionTimeliness.definition(PERIOD),
          PipelineCoverage.definition(PERIOD, "the target given to the KPI"),
          MarketShare.definition(PERIOD),
          ShareOfWallet.definition(
              "the customer given to the KPI (or of every customer given, for their combined"
                  + " wallet)",
              PERIOD),
          SuppressionRatio.definition(COMPETITOR, PERIOD),
          HeadToHead.definition(COMPETITOR, PERIOD));

  private SalesKpis() {}

  /**
   * Returns the definitions of the sales KPIs, in the order of DOMAIN D12: lead conversion rate,
   * win rate, decision cycle, decision timeliness, pipeline coverage, market share, share of
   * wallet, suppression ratio and head-to-head.
   *
   * @return the definitions, immutable, never null
   */
  public static List<KpiDefinition> definitions() {
    return DEFINITIONS;
  }
}
