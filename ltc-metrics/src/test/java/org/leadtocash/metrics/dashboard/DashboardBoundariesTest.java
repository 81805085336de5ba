package org.leadtocash.metrics.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.leadtocash.domain.testing.DomainTesters.cny;
import static org.leadtocash.metrics.testing.China.BEIJING;
import static org.leadtocash.metrics.testing.China.ORGANISATION;
import static org.leadtocash.metrics.testing.Deals.date;
import static org.leadtocash.metrics.testing.Periods.days;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.leadtocash.domain.common.SalesUnitId;

/**
 * The dashboard's values and builders at the exact edges of their checks (DOMAIN D1.6, D3.2, D12):
 * the funnel never widens and never counts below 0, the goals run over their documented ranges, and
 * each refusal names what is wrong.
 */
class DashboardBoundariesTest {

  private static String refused(Executable construction) {
    return assertThrows(IllegalArgumentException.class, construction).getMessage();
  }

  private static OrganisationDashboard.Builder builder() {
    return OrganisationDashboard.builder(OrganisationDashboardTest.WATCH, ORGANISATION, date(60));
  }

  @Test
  @DisplayName("DOMAIN D3.2: a funnel with equal stages is accepted; one that widens is refused")
  void funnelNeverWidens() {
    assertEquals(2, new Funnel(new long[] {2, 2, 2, 2}).count(FunnelStage.WON));
    assertEquals("a funnel never widens", refused(() -> new Funnel(new long[] {2, 2, 2, 3})));
    assertEquals(
        "a funnel count is not negative", refused(() -> new Funnel(new long[] {-1, -1, -1, -1})));
    assertEquals(
        "a funnel has one count per stage", refused(() -> new Funnel(new long[] {3, 2, 1})));
  }

  @Test
  @DisplayName("DOMAIN D3.2: funnels add and take out stage by stage")
  void funnelsAddStageByStage() {
    Funnel some = new Funnel(new long[] {4, 3, 2, 1});
    Funnel more = some.plus(new Funnel(new long[] {1, 1, 1, 0}));
    assertEquals(new Funnel(new long[] {5, 4, 3, 1}), more);
    assertEquals(some, more.minus(new Funnel(new long[] {1, 1, 1, 0})));
  }

  @Test
  @DisplayName("DOMAIN D1.6: a blank risk is refused; a risk is shown as written")
  void riskSaysWhatItIs() {
    Dashboard.Builder builder = Dashboard.builder("Beijing office", LocalDate.of(2026, 11, 20));
    assertEquals("a risk says what it is", refused(() -> builder.risk(" ")));
    assertEquals(
        java.util.List.of("budget frozen"),
        builder
            .risk("budget frozen")
            .build()
            .section(org.leadtocash.domain.process.Watch.RISKS_AND_LEGACY_ISSUES));
  }

  @Test
  @DisplayName("DOMAIN D1.6: a win-rate goal of 0 or 1 is accepted; -0.01 and 1.01 are refused")
  void winRateGoalEdges() {
    OrganisationDashboard.Builder builder = builder();
    assertSame(builder, builder.winRateGoal(BigDecimal.ZERO));
    assertSame(builder, builder.winRateGoal(BigDecimal.ONE));
    assertEquals(
        "a win-rate goal is 0 to 1, not -0.01",
        refused(() -> builder.winRateGoal(new BigDecimal("-0.01"))));
    assertEquals(
        "a win-rate goal is 0 to 1, not 1.01",
        refused(() -> builder.winRateGoal(new BigDecimal("1.01"))));
  }

  @Test
  @DisplayName("DOMAIN D1.6: a coverage goal of 0.01 is accepted; 0 is refused")
  void coverageGoalEdges() {
    OrganisationDashboard.Builder builder = builder();
    assertSame(builder, builder.coverageGoal(new BigDecimal("0.01")));
    assertEquals(
        "a coverage goal is positive, not 0", refused(() -> builder.coverageGoal(BigDecimal.ZERO)));
  }

  @Test
  @DisplayName("DOMAIN D9.5: the target of a unit outside the organisation is refused by name")
  void unknownUnitHasNoTarget() {
    OrganisationDashboard.Builder builder = builder();
    for (SalesUnitId office : org.leadtocash.metrics.testing.China.OFFICES) {
      builder.office(office, OrganisationDashboardTest.WATCH.empty(), cny(1_000_000));
    }
    OrganisationDashboard dashboards = builder.build();
    assertEquals(cny(1_000_000), dashboards.target(BEIJING));
    assertEquals(
        "NOWHERE is not a unit of the sales organisation",
        refused(() -> dashboards.target(SalesUnitId.of("NOWHERE"))));
  }

  @Test
  @DisplayName("DOMAIN D12: a watch's target of CNY 0.01 is accepted; CNY 0 is refused by amount")
  void watchTargetIsPositive() {
    assertEquals(
        days(0, 60),
        SalesWatch.in(days(0, 60), cny(1).withAmount(new BigDecimal("0.01"))).period());
    assertEquals(
        "a target is positive, not CNY 0.00", refused(() -> SalesWatch.in(days(0, 60), cny(0))));
  }
}
