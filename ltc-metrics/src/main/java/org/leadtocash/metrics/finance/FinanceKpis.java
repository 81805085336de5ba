package org.leadtocash.metrics.finance;

import java.util.List;
import org.leadtocash.metrics.KpiDefinition;

/**
 * The finance KPIs of DOMAIN D12 — orders, revenue, profit by operating unit, collection rate and
 * overdue receivables — as definitions a host can list, e.g. on a process card (D1.3) or a
 * dashboard legend. Each KPI's own {@code definition()} states its concrete period; these state how
 * the period is set.
 */
public final class FinanceKpis {

  private static final String SET_PER_CALCULATION = "set per calculation: ";

  private static final List<KpiDefinition> DEFINITIONS =
      List.of(
          Orders.definition(
              SET_PER_CALCULATION + "the signature or change instant's date falls in the period"),
          Revenue.definition(SET_PER_CALCULATION + "the invoice's issue date falls in the period"),
          Profit.definition(
              SET_PER_CALCULATION
                  + "the record's booking date falls in the period; by the chosen unit kind"),
          CollectionRate.definition(
              SET_PER_CALCULATION
                  + "the invoice's due date falls in the period; collected by the as-of date"),
          OverdueReceivables.definition(SET_PER_CALCULATION + "a snapshot at the as-of date"));

  private FinanceKpis() {}

  /** {@return the definitions, in the order above; never null} */
  public static List<KpiDefinition> definitions() {
    return DEFINITIONS;
  }
}
