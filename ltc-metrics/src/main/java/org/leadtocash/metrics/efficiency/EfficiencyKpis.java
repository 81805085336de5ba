package org.leadtocash.metrics.efficiency;

import java.util.List;
import org.leadtocash.metrics.KpiDefinition;

/**
 * The sales-efficiency KPIs of DOMAIN D12 — visits per customer-facing employee per week, the
 * revenue-generating share of sales time (D11.6) and the sales-loss waterfall (D11.5) — as
 * definitions a host can list. Each KPI's own {@code definition()} states its concrete period;
 * these state how the period is set.
 */
public final class EfficiencyKpis {

  private static final String SET_PER_CALCULATION = "set per calculation: ";

  private static final List<KpiDefinition> DEFINITIONS =
      List.of(
          VisitsPerWeek.definition(
              SET_PER_CALCULATION
                  + "the ISO week of the activity's first day is one of the given weeks"),
          RevenueGeneratingTimeShare.definition(
              SET_PER_CALCULATION + "the entry's day falls in the period"),
          SalesLossWaterfall.definition(
              SET_PER_CALCULATION + "the period of the host's market analysis"));

  private EfficiencyKpis() {}

  /** {@return the definitions, in the order above; never null} */
  public static List<KpiDefinition> definitions() {
    return DEFINITIONS;
  }
}
