package org.leadtocash.metrics.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leadtocash.domain.testing.DomainTesters.cny;
import static org.leadtocash.metrics.testing.China.BEIJING;
import static org.leadtocash.metrics.testing.China.CHINA;
import static org.leadtocash.metrics.testing.China.GUANGZHOU;
import static org.leadtocash.metrics.testing.China.NORTH;
import static org.leadtocash.metrics.testing.China.OFFICES;
import static org.leadtocash.metrics.testing.China.ORGANISATION;
import static org.leadtocash.metrics.testing.China.SOUTH;
import static org.leadtocash.metrics.testing.China.TIANJIN;
import static org.leadtocash.metrics.testing.Deals.date;
import static org.leadtocash.metrics.testing.Deals.open;

import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.leadtocash.domain.common.Rate;
import org.leadtocash.domain.common.SalesOrganisation;
import org.leadtocash.domain.common.SalesUnitId;
import org.leadtocash.domain.opportunity.Opportunity;
import org.leadtocash.domain.opportunity.TrafficLight;
import org.leadtocash.domain.process.Watch;
import org.leadtocash.metrics.ReportingPeriod;
import org.leadtocash.metrics.testing.Deals;
import org.threeten.extra.LocalDateRange;

/** The four-watches dashboard rolled up office → region → area (DOMAIN D1.6, D9.5). */
class OrganisationDashboardTest {

  static final SalesWatch WATCH =
      SalesWatch.in(
          ReportingPeriod.of(LocalDateRange.of(date(0), date(60)), ZoneOffset.UTC), cny(1));

  private static OrganisationDashboard.Builder builder(Map<SalesUnitId, List<Opportunity>> deals) {
    OrganisationDashboard.Builder builder =
        OrganisationDashboard.builder(WATCH, ORGANISATION, date(60));
    long target = 1_000_000;
    for (SalesUnitId office : OFFICES) {
      List<Opportunity> own = deals.getOrDefault(office, List.of());
      builder.office(office, WATCH.over(SalesBook.of(own)), cny(target)).hilltops(office, own);
      target += 1_000_000;
    }
    return builder;
  }

  /** An open deal of CNY 3 M, forecast to sign on day 40, marked a hilltop with the light. */
  static Opportunity hilltop(int n, TrafficLight light) {
    return open(n, 1, 3_000_000)
        .forecast(1, 40, 50)
        .opportunity()
        .markHilltop(light, Deals.day(2))
        .state();
  }

  @Test
  @DisplayName(
      "Beijing's red hilltop and Guangzhou's risk show at their office, their region and the area;"
          + " targets add up the tree (D1.6, D9.5)")
  void workedExample() {
    Opportunity red = hilltop(1, TrafficLight.RED);
    Opportunity won = open(2, 1, 2_000_000).passAti(5).passAtb(10).win(20).opportunity();
    Opportunity lost =
        open(3, 1, 2_000_000).competitors(1, Deals.RIVAL).lose(Deals.RIVAL, 30).opportunity();
    OrganisationDashboard dashboards =
        builder(Map.of(BEIJING, List.of(red, won), GUANGZHOU, List.of(lost)))
            .winRateGoal(new BigDecimal("0.6"))
            .risk(GUANGZHOU, "key customer's budget frozen")
            .build();

    assertEquals(cny(3_000_000), dashboards.target(NORTH)); // 1 M + 2 M
    assertEquals(cny(6_000_000), dashboards.target(CHINA));
    assertEquals(Rate.of(1, 1), dashboards.health(NORTH).winRate());
    assertEquals(Rate.of(0, 1), dashboards.health(SOUTH).winRate());
    assertEquals(Rate.of(1, 2), dashboards.health(CHINA).winRate());
    assertEquals(cny(3_000_000), dashboards.health(CHINA).coverage().pipeline());
    assertEquals(
        Rate.of(new BigDecimal("3000000.00"), new BigDecimal("6000000.00")),
        dashboards.health(CHINA).coverage().unweighted());

    Dashboard china = dashboards.dashboard(CHINA);
    assertTrue(china.title().startsWith("AREA-CHINA (area)"), china.title());
    assertEquals(1, china.section(Watch.HILLTOP_TRAFFIC_LIGHTS).size());
    assertTrue(china.section(Watch.HILLTOP_TRAFFIC_LIGHTS).get(0).startsWith("red: "));
    assertEquals(
        List.of("OFFICE-GUANGZHOU: key customer's budget frozen"),
        china.section(Watch.RISKS_AND_LEGACY_ISSUES));
    assertTrue(
        china.section(Watch.KPI_PROGRESS_AND_GAP).stream()
            .anyMatch(line -> line.contains("win rate") && line.contains("off track")),
        china.render());
    assertTrue(dashboards.dashboard(SOUTH).section(Watch.HILLTOP_TRAFFIC_LIGHTS).isEmpty());
    assertTrue(dashboards.dashboard(NORTH).section(Watch.RISKS_AND_LEGACY_ISSUES).isEmpty());
    assertEquals(1, dashboards.dashboard(GUANGZHOU).section(Watch.RISKS_AND_LEGACY_ISSUES).size());
    String all = dashboards.render();
    assertTrue(
        all.indexOf("AREA-CHINA") < all.indexOf("REGION-NORTH")
            && all.indexOf("REGION-SOUTH") < all.indexOf("OFFICE-BEIJING"),
        all);
  }

  @Test
  @DisplayName("missing, repeated or unknown offices, bad targets and empty regions are refused")
  void badInputIsRefused() {
    OrganisationDashboard.Builder partial =
        OrganisationDashboard.builder(WATCH, ORGANISATION, date(60))
            .office(BEIJING, WATCH.empty(), cny(1));
    IllegalArgumentException missing = assertThrows(IllegalArgumentException.class, partial::build);
    assertTrue(missing.getMessage().contains("OFFICE-GUANGZHOU"), missing.getMessage());
    assertThrows(
        IllegalArgumentException.class, () -> partial.office(BEIJING, WATCH.empty(), cny(1)));
    assertThrows(
        IllegalArgumentException.class, () -> partial.office(NORTH, WATCH.empty(), cny(1)));
    assertThrows(
        IllegalArgumentException.class, () -> partial.office(TIANJIN, WATCH.empty(), cny(0)));
    assertThrows(
        IllegalArgumentException.class,
        () -> partial.office(TIANJIN, WATCH.empty(), Money.of(CurrencyUnit.USD, 1)));
    assertThrows(IllegalArgumentException.class, () -> partial.risk(BEIJING, " "));
    assertThrows(
        IllegalArgumentException.class, () -> partial.risk(SalesUnitId.of("NOWHERE"), "x"));
    assertThrows(IllegalArgumentException.class, () -> partial.winRateGoal(BigDecimal.TEN));
    assertThrows(IllegalArgumentException.class, () -> partial.coverageGoal(BigDecimal.ZERO));
    SalesOrganisation withEmptyRegion =
        SalesOrganisation.builder()
            .area(CHINA)
            .region(NORTH, CHINA)
            .region(SOUTH, CHINA)
            .office(BEIJING, NORTH)
            .build();
    OrganisationDashboard.Builder empty =
        OrganisationDashboard.builder(WATCH, withEmptyRegion, date(60))
            .office(BEIJING, WATCH.empty(), cny(1));
    IllegalArgumentException noOffice = assertThrows(IllegalArgumentException.class, empty::build);
    assertTrue(noOffice.getMessage().contains("REGION-SOUTH"), noOffice.getMessage());
    assertFalse(builder(Map.of()).build().render().isBlank());
  }
}
