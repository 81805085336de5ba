package org.leadtocash.metrics.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leadtocash.metrics.testing.Deals.open;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.leadtocash.domain.opportunity.Opportunity;
import org.leadtocash.domain.opportunity.TrafficLight;
import org.leadtocash.domain.process.Watch;
import org.leadtocash.metrics.sales.SalesKpis;
import org.leadtocash.metrics.testing.Deals;

/** The "four things watched" dashboard (DOMAIN D1.6). */
class DashboardTest {

  private static Opportunity hilltop(int n, TrafficLight light) {
    Opportunity opportunity = open(n, 1, 5_000_000).opportunity();
    return opportunity.markHilltop(light, Deals.day(2)).state();
  }

  @Test
  @DisplayName("four sections in the order of D1.6; hilltops red first; an empty section says so")
  void rendersTheFourWatches() {
    Opportunity red = hilltop(1, TrafficLight.RED);
    Opportunity green = hilltop(2, TrafficLight.GREEN);
    Opportunity plain = open(3, 1, 5_000_000).opportunity();
    Dashboard dashboard =
        Dashboard.builder("Beijing office", LocalDate.of(2026, 11, 20))
            .health("funnel", "opened 4 → won 1")
            .progress(
                new KpiProgress(
                    SalesKpis.definitions().get(1),
                    new BigDecimal("0.40"),
                    new BigDecimal("0.50"),
                    true))
            .hilltops(List.of(green, plain, red))
            .build();
    assertEquals(2, dashboard.section(Watch.HILLTOP_TRAFFIC_LIGHTS).size());
    assertTrue(dashboard.section(Watch.HILLTOP_TRAFFIC_LIGHTS).get(0).startsWith("red: "));
    String text = dashboard.render();
    assertTrue(text.startsWith("Beijing office — 2026-11-20\n  sales management health\n"), text);
    assertTrue(
        text.contains(
            "opportunity win rate (project success rate) 40.0% against a target of 50.0%: 10.0"
                + " points short, off track"),
        text);
    assertTrue(text.endsWith("  risks and open legacy issues\n    (nothing to report)\n"), text);
    assertThrows(IllegalArgumentException.class, () -> Dashboard.builder(" ", LocalDate.MIN));
  }

  @Test
  @DisplayName(
      "a hilltop won and still awaiting ATC stays watched; an ended one leaves (D3.4, D3.5)")
  void hilltopsUntilTheyEnd() {
    Opportunity awaiting =
        open(4, 1, 5_000_000)
            .passAti(2)
            .passAtb(3)
            .opportunity()
            .markHilltop(TrafficLight.YELLOW, Deals.day(4))
            .then(o -> o.win(Deals.day(5)))
            .state();
    Opportunity lost =
        hilltop(5, TrafficLight.RED)
            .addCompetitor(Deals.RIVAL, Deals.day(3))
            .then(o -> o.lose(Deals.RIVAL, "price", Deals.day(4)))
            .state();
    Dashboard dashboard =
        Dashboard.builder("Beijing office", LocalDate.of(2026, 11, 20))
            .hilltops(List.of(awaiting, lost))
            .build();
    assertEquals(1, dashboard.section(Watch.HILLTOP_TRAFFIC_LIGHTS).size());
    assertTrue(
        dashboard.section(Watch.HILLTOP_TRAFFIC_LIGHTS).get(0).contains("OP-4"), dashboard::render);
  }

  @Test
  @DisplayName("a KPI below target is on track only when lower is better")
  void progressDirection() {
    KpiProgress cycle =
        new KpiProgress(
            SalesKpis.definitions().get(2), new BigDecimal("20"), new BigDecimal("30"), false);
    assertTrue(cycle.isOnTrack());
    assertEquals(new BigDecimal("-10"), cycle.gap());
    assertEquals(
        "sales decision cycle 20 against a target of 30: 10 ahead, on track", cycle.toString());
    KpiProgress slow =
        new KpiProgress(
            SalesKpis.definitions().get(2), new BigDecimal("35"), new BigDecimal("30"), false);
    assertEquals(
        "sales decision cycle 35 against a target of 30: 5 over, off track", slow.toString());
  }
}
