package org.leadtocash.metrics.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leadtocash.domain.testing.DomainTesters.cny;
import static org.leadtocash.metrics.testing.Deals.date;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.leadtocash.domain.common.SalesUnitId;
import org.leadtocash.domain.opportunity.Gate;
import org.leadtocash.domain.opportunity.Opportunity;
import org.leadtocash.domain.opportunity.TrafficLight;
import org.leadtocash.domain.process.Watch;
import org.leadtocash.metrics.testing.China;

/**
 * The dashboard's hilltop lines read exactly (DOMAIN D3.4, D1.6): worst light first, ties by
 * opportunity id, each with its next gate.
 */
class DashboardRenderingTest {

  @Test
  @DisplayName(
      "DOMAIN D3.4: two red hilltops show by id, each with its next gate, ATI; the dashboard prints"
          + " as it renders")
  void hilltopLines() {
    Opportunity second = OrganisationDashboardTest.hilltop(2, TrafficLight.RED);
    Opportunity first = OrganisationDashboardTest.hilltop(1, TrafficLight.RED);
    Dashboard dashboard =
        Dashboard.builder("Beijing office", LocalDate.of(2026, 11, 20))
            .hilltops(List.of(second, first))
            .build();
    String phase = first.phase().label();
    assertEquals(
        List.of(
            "red: OP-1 deal OP-1, CNY 3,000,000.00, phase: "
                + phase
                + ", next gate ATI ("
                + Gate.ATI.label()
                + ")",
            "red: OP-2 deal OP-2, CNY 3,000,000.00, phase: "
                + phase
                + ", next gate ATI ("
                + Gate.ATI.label()
                + ")"),
        dashboard.section(Watch.HILLTOP_TRAFFIC_LIGHTS));
    assertEquals(dashboard.render(), dashboard.toString());
  }

  @Test
  @DisplayName(
      "DOMAIN D1.6: an office with no decided deal shows its market share as 'no data'; the"
          + " organisation's dashboards print as they render")
  void organisationWithoutData() {
    OrganisationDashboard.Builder builder =
        OrganisationDashboard.builder(
            OrganisationDashboardTest.WATCH, China.ORGANISATION, date(60));
    for (SalesUnitId office : China.OFFICES) {
      builder.office(office, OrganisationDashboardTest.WATCH.empty(), cny(1_000_000));
    }
    OrganisationDashboard dashboards = builder.build();
    assertTrue(
        dashboards
            .dashboard(China.BEIJING)
            .section(Watch.SALES_MANAGEMENT_HEALTH)
            .contains("market share: no data"),
        dashboards.render());
    assertEquals(dashboards.render(), dashboards.toString());
  }
}
