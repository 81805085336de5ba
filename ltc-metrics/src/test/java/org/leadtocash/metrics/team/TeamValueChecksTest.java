package org.leadtocash.metrics.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.leadtocash.domain.common.EmployeeId;
import org.leadtocash.domain.common.Rate;
import org.leadtocash.domain.team.CoreRole;
import org.leadtocash.domain.team.RoleKpi;

/**
 * The team KPIs' values at the exact edges of their own checks (DOMAIN D4.2, D4.4, D4.5): the
 * largest valid value is accepted and the nearest invalid one refused with the message; a
 * scorecard's gaps are exactly its unmeasured KPIs.
 */
class TeamValueChecksTest {

  private static final EmployeeId E7 = EmployeeId.of("E-7");
  private static final EmployeeId E8 = EmployeeId.of("E-8");

  private static String refused(Executable construction) {
    return assertThrows(IllegalArgumentException.class, construction).getMessage();
  }

  private static BigDecimal hours(long hours) {
    return BigDecimal.valueOf(hours);
  }

  /** A card of the role with customer relationship at 9 of 10 and every other KPI unmeasured. */
  private static Scorecard card(EmployeeId employee, CoreRole role) {
    Map<RoleKpi, Rate> averages = new EnumMap<>(RoleKpi.class);
    role.kpis().forEach(kpi -> averages.put(kpi, Rate.NO_DATA));
    averages.put(role.kpis().iterator().next(), Rate.of(9, 10));
    return new Scorecard(employee, role, averages);
  }

  @Test
  @DisplayName(
      "DOMAIN D4.4: a pool with every hour assigned and charged is accepted; -1 hour charged is"
          + " refused by name")
  void poolHoursEdges() {
    assertEquals(hours(40), new PoolHours(hours(40), hours(40), hours(40)).charged());
    assertEquals(
        "hours are not negative: 0 available, 0 assigned, -1 charged",
        refused(() -> new PoolHours(hours(0), hours(0), hours(-1))));
    assertEquals(
        "hours assigned (41) and charged (0) are part of the hours available (40) (DOMAIN D4.4)",
        refused(() -> new PoolHours(hours(40), hours(41), hours(0))));
  }

  @Test
  @DisplayName("DOMAIN D4.4: pool usage kept for no level is refused, naming the levels it needs")
  void poolUsageHasEveryPoolLevel() {
    assertEquals(
        "pool usage is kept for the levels " + PoolUsage.POOL_LEVELS + ", not [] (DOMAIN D4.4)",
        refused(() -> new PoolUsage(Map.of())));
  }

  @Test
  @DisplayName(
      "DOMAIN D4.2: a scorecard holds exactly its role's KPIs; its gaps are those not measured")
  void scorecardHoldsTheRolesKpis() {
    Scorecard card = card(E7, CoreRole.AR);
    RoleKpi first = CoreRole.AR.kpis().iterator().next();
    assertEquals(Set.of(first), card.measured());
    assertEquals(
        CoreRole.AR.kpis().stream().filter(k -> k != first).collect(Collectors.toSet()),
        card.unmeasured());
    assertTrue(
        card.toString().startsWith("E-7 as AR: " + first.label() + " " + Rate.of(9, 10) + ", "),
        card.toString());
    assertEquals(
        "the scorecard of E-7 as AR holds the role's KPIs "
            + CoreRole.AR.kpis()
            + ", not [] (DOMAIN D4.2)",
        refused(() -> new Scorecard(E7, CoreRole.AR, Map.of())));
  }

  @Test
  @DisplayName(
      "DOMAIN D4.2: scorecards in order are accepted; a repeated card or one out of order is"
          + " refused, naming both")
  void scorecardsOnePerEmployeeAndRole() {
    Scorecard ar7 = card(E7, CoreRole.AR);
    Scorecard sr7 = card(E7, CoreRole.SR);
    Scorecard ar8 = card(E8, CoreRole.AR);
    assertEquals(List.of(ar7, sr7, ar8), new Scorecards(List.of(ar7, sr7, ar8)).cards());
    assertEquals(
        "scorecards are one per employee and role, by employee id then role: E-7 as AR after E-7"
            + " as AR",
        refused(() -> new Scorecards(List.of(ar7, ar7))));
    assertEquals(
        "scorecards are one per employee and role, by employee id then role: E-7 as AR after E-8"
            + " as AR",
        refused(() -> new Scorecards(List.of(ar8, ar7))));
  }

  @Test
  @DisplayName(
      "DOMAIN D4.5: every holder known and due is accepted; -1 day or more due than known is"
          + " refused")
  void tenureCountsEdges() {
    assertEquals(2, new TenureCounts(2, 2, 2, 0).due());
    assertEquals("tenure counts are not negative", refused(() -> new TenureCounts(0, 0, 0, -1)));
    assertEquals(
        "due (2) ≤ known tenure (1) ≤ holders (2)", refused(() -> new TenureCounts(2, 1, 2, 0)));
    assertEquals(
        "due (0) ≤ known tenure (3) ≤ holders (2)", refused(() -> new TenureCounts(2, 3, 0, 0)));
  }

  @Test
  @DisplayName(
      "DOMAIN D4.5: one holder of unknown tenure out of one is accepted; two out of one are"
          + " refused")
  void tenureFiguresEdges() {
    assertEquals(1, new TenureFigures(1, 1, Rate.NO_DATA, Rate.NO_DATA).unknownTenure());
    assertEquals(
        "0 ≤ unknown tenure (2) ≤ holders (1)",
        refused(() -> new TenureFigures(1, 2, Rate.NO_DATA, Rate.NO_DATA)));
  }
}
