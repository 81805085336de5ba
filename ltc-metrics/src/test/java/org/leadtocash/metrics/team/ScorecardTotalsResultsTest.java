package org.leadtocash.metrics.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.leadtocash.metrics.team.TeamMetricsFixtures.Y2026;
import static org.leadtocash.metrics.team.TeamMetricsFixtures.decimal;
import static org.leadtocash.metrics.team.TeamMetricsFixtures.employee;
import static org.leadtocash.metrics.team.TeamMetricsFixtures.quarter;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.leadtocash.domain.team.CoreRole;
import org.leadtocash.domain.team.RoleKpi;

/**
 * The role scorecard's accumulator read exactly (DOMAIN D4.2): one line per employee, role and KPI,
 * each with the sum of its values over the number of its measurements.
 */
class ScorecardTotalsResultsTest {

  private final RoleScorecard kpi = RoleScorecard.in(Y2026);

  @Test
  @DisplayName(
      "DOMAIN D4.2: the AR's customer relationship 0.8 and 1.0 make one line of 1.8/2; the SR's"
          + " hilltop targets a second line of 1/1")
  void linesAndTheirSums() {
    ScorecardTotals one =
        kpi.add(
            kpi.add(
                kpi.empty(),
                RoleKpiMeasurement.of(
                    employee(1),
                    CoreRole.AR,
                    RoleKpi.CUSTOMER_RELATIONSHIP,
                    decimal("0.8"),
                    quarter(0))),
            RoleKpiMeasurement.of(
                employee(1),
                CoreRole.AR,
                RoleKpi.CUSTOMER_RELATIONSHIP,
                decimal("1.0"),
                quarter(1)));
    assertEquals(1, one.lines());
    assertEquals("1 line: {E-1 AR CUSTOMER_RELATIONSHIP=1.8/2}", one.toString());
    ScorecardTotals two =
        kpi.add(
            one,
            RoleKpiMeasurement.of(
                employee(2), CoreRole.SR, RoleKpi.HILLTOP_TARGETS, decimal("1"), quarter(2)));
    assertEquals(2, two.lines());
    assertEquals(
        "2 lines: {E-1 AR CUSTOMER_RELATIONSHIP=1.8/2, E-2 SR HILLTOP_TARGETS=1/1}",
        two.toString());
    assertEquals(0, kpi.empty().lines());
  }
}
