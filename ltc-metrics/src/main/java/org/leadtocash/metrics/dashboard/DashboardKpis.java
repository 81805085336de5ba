package org.leadtocash.metrics.dashboard;

import java.util.List;
import org.leadtocash.metrics.KpiDefinition;

/**
 * The KPIs of the dashboard package that the catalogue lists (DOMAIN D12): the opportunity funnel.
 * Its definition here describes the period in general terms; the definition of a funnel built for a
 * period ({@link PipelineFunnel#in}) names its own. The {@link SalesWatch} runs KPIs listed
 * elsewhere and is no KPI of its own in the catalogue.
 */
public final class DashboardKpis {

  private static final List<KpiDefinition> DEFINITIONS =
      List.of(PipelineFunnel.definition("the KPI's period"));

  private DashboardKpis() {}

  /**
   * Returns the definitions of the dashboard KPIs.
   *
   * @return an immutable list; never null
   */
  public static List<KpiDefinition> definitions() {
    return DEFINITIONS;
  }
}
