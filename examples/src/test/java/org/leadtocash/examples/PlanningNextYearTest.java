package org.leadtocash.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import org.joda.money.Money;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.leadtocash.planning.account.GrowthMatrix;
import org.leadtocash.planning.account.Quadrant;
import org.leadtocash.planning.allocation.Allocation;
import org.leadtocash.planning.allocation.HoursReason;
import org.leadtocash.planning.target.Coverage;
import org.leadtocash.planning.target.CoverageReport;

/**
 * The README's planning fragment is {@link PlanningNextYear}, and its numbers are worked by hand.
 */
@DisplayName("The README's planning fragment compiles, is quoted verbatim and gives its numbers")
class PlanningNextYearTest {

  @Test
  @DisplayName("the README quotes PlanningNextYear.java verbatim")
  void readmeQuotesTheFragment() throws IOException {
    ReadmeQuotes.assertQuoted("PlanningNextYear");
  }

  @Test
  @DisplayName(
      "D9.5: 20 M split 3 : 1; North Mobile's 15 M is covered 9 M × 70 % + 4 M × 40 % = 7.9 M,"
          + " Capital Power's 5 M not at all, so the office, region and area miss 12.1 M")
  void coverage() {
    CoverageReport report = PlanningNextYear.coverage();
    assertEquals(
        Coverage.of(cny(15_000_000), cny(7_900_000)),
        report.customer(PlanningNextYear.NORTH_MOBILE).orElseThrow().coverage());
    assertEquals(
        Coverage.of(cny(5_000_000), cny(0)),
        report.customer(PlanningNextYear.CAPITAL_POWER).orElseThrow().coverage());
    assertEquals(cny(20_000_000), report.total().target());
    assertEquals(cny(7_900_000), report.total().covered());
    assertEquals(cny(12_100_000), report.total().uncovered());
    assertEquals(report.total(), report.unit(PlanningNextYear.BEIJING).coverage());
  }

  @Test
  @DisplayName(
      "D11.3: the mean prize is 21 M, so the ports (30 M at 40 %) are planned for and the"
          + " capacity (12 M at 80 %) is opportunistic")
  void growth() {
    GrowthMatrix matrix = PlanningNextYear.growth();
    assertEquals(
        Quadrant.PLAN_THE_ATTACK,
        matrix.find("private 5G for the two ports").orElseThrow().quadrant());
    assertEquals(
        Quadrant.OPPORTUNISTIC, matrix.find("more core-network capacity").orElseThrow().quadrant());
  }

  @Test
  @DisplayName(
      "D11.6: North Mobile earns 6,000 an hour and gets its 50 useful hours, Capital Power"
          + " (4,000 an hour) the other 20; 380,000 expected, and one more hour is worth 4,000")
  void hours() {
    Allocation allocation = PlanningNextYear.hours();
    assertTrue(allocation.feasible());
    assertEquals(
        new BigDecimal("50.0"),
        allocation.account(PlanningNextYear.NORTH_MOBILE).orElseThrow().hours());
    assertEquals(
        HoursReason.AT_SATURATION,
        allocation.account(PlanningNextYear.NORTH_MOBILE).orElseThrow().reason());
    assertEquals(
        new BigDecimal("20.0"),
        allocation.account(PlanningNextYear.CAPITAL_POWER).orElseThrow().hours());
    assertEquals(cny(380_000), allocation.expectedReturn());
    assertEquals(cny(4_000), allocation.teamHourValue());
  }

  private static Money cny(long amount) {
    return Money.parse("CNY " + amount);
  }
}
