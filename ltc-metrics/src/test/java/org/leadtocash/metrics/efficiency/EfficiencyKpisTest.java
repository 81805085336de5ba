package org.leadtocash.metrics.efficiency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.leadtocash.domain.testing.DomainTesters.CNY;
import static org.leadtocash.metrics.efficiency.Mentions.assertMentions;
import static org.leadtocash.metrics.testing.Periods.days;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.leadtocash.metrics.Kpi;
import org.leadtocash.metrics.KpiDefinition;
import org.leadtocash.metrics.catalogue.KpiCatalogue;

/** The list of efficiency KPI definitions (DOMAIN D12, D11.5, D11.6). */
class EfficiencyKpisTest {

  @Test
  @DisplayName("the list names the three efficiency KPIs, each once, as the KPIs define them")
  void definitions() {
    List<Kpi<?, ?, ?>> kpis =
        List.of(
            VisitsPerWeek.in(Set.of(VisitsPerWeekTest.W02), Set.of(VisitsPerWeekTest.ZHANG)),
            RevenueGeneratingTimeShare.in(days(0, 7)),
            SalesLossWaterfall.of(CNY));
    List<KpiDefinition> definitions = EfficiencyKpis.definitions();
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
        List.of("visits-per-week", "revenue-generating-time-share", "sales-loss-waterfall"),
        definitions.stream().map(d -> d.id().value()).toList());
  }
}
