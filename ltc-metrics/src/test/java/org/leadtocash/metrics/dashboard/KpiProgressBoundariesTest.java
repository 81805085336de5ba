package org.leadtocash.metrics.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.leadtocash.metrics.KpiDefinition;
import org.leadtocash.metrics.sales.SalesKpis;

/**
 * A KPI's progress against its target at the exact edge (DOMAIN D1.6 "KPI progress and gap", D9.3
 * the performance gap): a KPI exactly at its target is on track in either direction, one step to
 * the worse side is off track, one step to the better side is ahead.
 */
class KpiProgressBoundariesTest {

  private static final KpiDefinition WIN_RATE = SalesKpis.definitions().get(1);
  private static final KpiDefinition DECISION_CYCLE = SalesKpis.definitions().get(2);

  private static KpiProgress winRate(String actual, String target) {
    return new KpiProgress(WIN_RATE, new BigDecimal(actual), new BigDecimal(target), true);
  }

  private static KpiProgress cycle(String actual, String target) {
    return new KpiProgress(DECISION_CYCLE, new BigDecimal(actual), new BigDecimal(target), false);
  }

  @Test
  @DisplayName("DOMAIN D1.6: a win rate exactly at its 50% target is on track, at target")
  void higherIsBetterAtTheTarget() {
    KpiProgress at = winRate("0.50", "0.50");
    assertTrue(at.isOnTrack());
    assertEquals(0, at.gap().signum());
    assertEquals(
        "opportunity win rate (project success rate) 50.0% against a target of 50.0%: on target,"
            + " on track",
        at.toString());
  }

  @Test
  @DisplayName("DOMAIN D9.3: a win rate 0.1 point under its target is short; 0.1 above is ahead")
  void higherIsBetterOneStepAway() {
    KpiProgress below = winRate("0.499", "0.500");
    assertFalse(below.isOnTrack());
    assertEquals(new BigDecimal("-0.001"), below.gap());
    assertEquals(
        "opportunity win rate (project success rate) 49.9% against a target of 50.0%: 0.1 points"
            + " short, off track",
        below.toString());
    KpiProgress above = winRate("0.501", "0.500");
    assertTrue(above.isOnTrack());
    assertEquals(new BigDecimal("0.001"), above.gap());
    assertEquals(
        "opportunity win rate (project success rate) 50.1% against a target of 50.0%: 0.1 points"
            + " ahead, on track",
        above.toString());
  }

  @Test
  @DisplayName("DOMAIN D1.6: a decision cycle exactly at its 30-day target is on track, at target")
  void lowerIsBetterAtTheTarget() {
    KpiProgress at = cycle("30", "30");
    assertTrue(at.isOnTrack());
    assertEquals(
        "sales decision cycle 30 against a target of 30: on target, on track", at.toString());
  }

  @Test
  @DisplayName("DOMAIN D9.3: a cycle 0.01 day over its target is over; 0.01 under is ahead")
  void lowerIsBetterOneStepAway() {
    KpiProgress over = cycle("30.01", "30");
    assertFalse(over.isOnTrack());
    assertEquals(
        "sales decision cycle 30.01 against a target of 30: 0.01 over, off track", over.toString());
    KpiProgress under = cycle("29.99", "30");
    assertTrue(under.isOnTrack());
    assertEquals(new BigDecimal("-0.01"), under.gap());
    assertEquals(
        "sales decision cycle 29.99 against a target of 30: 0.01 ahead, on track",
        under.toString());
  }
}
