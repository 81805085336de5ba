package org.leadtocash.metrics.sales;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leadtocash.domain.testing.DomainTesters.CNY;
import static org.leadtocash.domain.testing.DomainTesters.cny;
import static org.leadtocash.metrics.testing.Deals.RIVAL;
import static org.leadtocash.metrics.testing.Periods.days;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.leadtocash.domain.common.CustomerId;
import org.leadtocash.domain.common.KpiId;
import org.leadtocash.metrics.Kpi;
import org.leadtocash.metrics.KpiDefinition;
import org.leadtocash.metrics.ReportingPeriod;

/** The catalogue of the sales KPIs (DOMAIN D12). */
class SalesKpisTest {

  private static final ReportingPeriod JANUARY = days(0, 31);
  private static final ReportingPeriod QUARTER = days(0, 90);

  /** One instance of every sales KPI, in the catalogue's order. */
  private static final List<Kpi<?, ?, ?>> INSTANCES =
      List.of(
          LeadConversionRate.in(JANUARY),
          WinRate.in(JANUARY),
          DecisionCycle.in(QUARTER),
          DecisionTimeliness.in(QUARTER),
          PipelineCoverage.in(QUARTER, cny(10_000_000)),
          MarketShare.in(JANUARY, CNY),
          ShareOfWallet.in(QUARTER, CustomerId.of("CU-1"), CNY),
          SuppressionRatio.in(JANUARY, RIVAL, CNY),
          HeadToHead.in(JANUARY, RIVAL));

  @Test
  @DisplayName("the catalogue lists the nine sales KPIs of D12 in order, each id once")
  void listsEveryKpiOnce() {
    List<KpiId> ids = SalesKpis.definitions().stream().map(KpiDefinition::id).toList();
    assertEquals(
        List.of(
            LeadConversionRate.ID,
            WinRate.ID,
            DecisionCycle.ID,
            DecisionTimeliness.ID,
            PipelineCoverage.ID,
            MarketShare.ID,
            ShareOfWallet.ID,
            SuppressionRatio.ID,
            HeadToHead.ID),
        ids);
    Set<KpiId> unique = ids.stream().collect(Collectors.toSet());
    assertEquals(ids.size(), unique.size());
    assertThrows(
        UnsupportedOperationException.class,
        () -> SalesKpis.definitions().add(SalesKpis.definitions().get(0)));
  }

  @Test
  @DisplayName(
      "each catalogue entry is its KPI's own definition with the period, target and competitor in"
          + " words")
  void entriesMatchTheKpis() {
    List<KpiDefinition> catalogue = SalesKpis.definitions();
    for (int i = 0; i < catalogue.size(); i++) {
      KpiDefinition entry = catalogue.get(i);
      KpiDefinition own = INSTANCES.get(i).definition();
      assertEquals(own.id(), entry.id());
      assertEquals(own.name(), entry.name());
      assertEquals(own.unit(), entry.unit());
      assertEquals(own.empty(), entry.empty());
      assertEquals(own.section(), entry.section());
      assertEquals("D12", entry.section());
      assertTrue(entry.period().contains("the period given to the KPI"), entry.period());
      assertFalse(own.period().contains("given to the KPI"), own.period());
      assertFalse(entry.toString().isBlank());
    }
    assertEquals(INSTANCES.get(0).definition().definition(), catalogue.get(0).definition());
    assertTrue(catalogue.get(4).definition().contains("the target given to the KPI"));
    assertTrue(catalogue.get(7).definition().contains("the main competitor given to the KPI"));
  }

  @Test
  @DisplayName("an instance's definition names its period, target and competitor")
  void instancesNameTheirSettings() {
    assertTrue(INSTANCES.get(1).definition().period().contains(JANUARY.toString()));
    assertTrue(INSTANCES.get(2).definition().period().contains(QUARTER + "; phase entries dated"));
    assertTrue(QUARTER.toString().endsWith("[Z]"), "the period names its zone: " + QUARTER);
    assertTrue(INSTANCES.get(4).definition().definition().contains("CNY 10000000.00"));
    assertTrue(INSTANCES.get(6).definition().population().contains("CU-1"));
    assertTrue(INSTANCES.get(7).definition().definition().contains("CO-RIVAL"));
    assertTrue(INSTANCES.get(8).definition().population().contains("CO-RIVAL"));
  }
}
