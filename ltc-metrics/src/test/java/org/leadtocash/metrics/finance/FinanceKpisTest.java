package org.leadtocash.metrics.finance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.leadtocash.domain.testing.DomainTesters.CNY;
import static org.leadtocash.metrics.finance.Contracts.date;
import static org.leadtocash.metrics.finance.Mentions.assertMentions;
import static org.leadtocash.metrics.testing.Periods.days;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.leadtocash.metrics.Kpi;
import org.leadtocash.metrics.KpiDefinition;
import org.leadtocash.metrics.ReportingPeriod;
import org.leadtocash.metrics.catalogue.KpiCatalogue;
import org.leadtocash.metrics.testing.Periods;

/** The list of finance KPI definitions (DOMAIN D12). */
class FinanceKpisTest {

  private static final ReportingPeriod PERIOD = days(0, 31);

  private static List<Kpi<?, ?, ?>> kpis() {
    return List.of(
        Orders.in(Periods.ALL, CNY),
        Revenue.in(PERIOD, CNY),
        Profit.in(PERIOD, UnitKind.CUSTOMER, CNY),
        CollectionRate.in(PERIOD, CNY),
        OverdueReceivables.asOf(date(31), CNY));
  }

  @Test
  @DisplayName("the list names the five finance KPIs of D12, each once, as the KPIs define them")
  void definitions() {
    List<KpiDefinition> definitions = FinanceKpis.definitions();
    List<Kpi<?, ?, ?>> kpis = kpis();
    assertEquals(kpis.size(), definitions.size());
    for (int i = 0; i < kpis.size(); i++) {
      KpiDefinition listed = definitions.get(i);
      KpiDefinition own = kpis.get(i).definition();
      assertEquals(own.id(), listed.id());
      assertEquals(own.name(), listed.name());
      assertEquals(own.unit(), listed.unit());
      assertEquals(own.population(), listed.population());
      assertEquals(own.definition(), listed.definition());
      assertEquals(own.empty(), listed.empty());
      assertEquals(own.section(), listed.section());
      assertMentions(listed.period(), "set per calculation");
      assertEquals(Optional.of(listed), KpiCatalogue.standard().definition(listed.id()));
    }
    assertEquals(
        List.of("orders", "revenue", "profit-by-unit", "collection-rate", "overdue-receivables"),
        definitions.stream().map(d -> d.id().value()).toList());
  }
}
