package org.leadtocash.metrics.sales;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leadtocash.metrics.testing.Deals.day;
import static org.leadtocash.metrics.testing.Periods.days;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.leadtocash.domain.common.RejectedHistoryException;
import org.leadtocash.domain.common.RuleId;
import org.leadtocash.domain.opportunity.Gate;
import org.leadtocash.domain.opportunity.GateDecided;
import org.leadtocash.domain.opportunity.GateDecision;
import org.leadtocash.domain.opportunity.Opportunity;
import org.leadtocash.domain.opportunity.OpportunityEvent;
import org.leadtocash.domain.opportunity.OpportunityOpened;
import org.leadtocash.domain.opportunity.SalesPhase;
import org.leadtocash.domain.opportunity.Verdict;
import org.leadtocash.domain.testing.Opportunities;
import org.leadtocash.metrics.ReportingPeriod;
import org.leadtocash.metrics.testing.Deals;

/** The sales decision cycle (DOMAIN D12, D3.2), by hand and by law. */
class DecisionCycleTest {

  private static final ReportingPeriod QUARTER = days(0, 90);

  /**
   * ATI deferred on day 8 and approved on day 12 (12 days from the opening), which moves the
   * opportunity on to develop the solution; ATB rejected on day 20, eight days later, and approved
   * on day 30 after 10 days of rework, which moves it on to the bid; ATC approved on day 41, eleven
   * days after the bid began (ATC is decided while bidding or negotiating, D3.5).
   */
  private static Opportunity reworked() {
    return Deals.open(1, 0, 1_000_000)
        .readyForAti(2)
        .decide(Gate.ATI, Verdict.DEFERRED, 6, 8)
        .decide(Gate.ATI, Verdict.APPROVED, 10, 12)
        .estimate(14)
        .decide(Gate.ATB, Verdict.REJECTED, 20, 20)
        .decide(Gate.ATB, Verdict.APPROVED_WITH_CONDITIONS, 28, 30)
        .moveTo(SalesPhase.NEGOTIATE, 35)
        .estimate(35)
        .decide(Gate.ATC, Verdict.APPROVED, 40, 41)
        .opportunity();
  }

  @Test
  @DisplayName(
      "cycles of 12, 8, 10, 11 and 7 days in the quarter: 5 decisions, 9.6 days on average, 12 the"
          + " longest; a deferral is no cycle, a rejection starts the rework's (D3.2)")
  void workedExample() {
    Opportunity quick = Deals.open(2, 3, 500_000).passAti(10).opportunity(); // 7 days
    Opportunity nextQuarter = Deals.open(3, 80, 500_000).passAti(95).opportunity();
    Optional<CycleTime> cycle =
        DecisionCycle.in(QUARTER).compute(List.of(reworked(), quick, nextQuarter));
    assertEquals(
        Optional.of(new CycleTime(5, Duration.ofHours(230).plusMinutes(24), Duration.ofDays(12))),
        cycle);
  }

  @Test
  @DisplayName("an uneven total averages to the hour: 12 + 8 + 10 + 11 days = 10 days 6 hours")
  void averageKeepsTheFraction() {
    CycleTime cycle = DecisionCycle.in(QUARTER).compute(List.of(reworked())).orElseThrow();
    assertEquals(4, cycle.cycles());
    assertEquals(Duration.ofDays(10).plusHours(6), cycle.average());
    assertEquals(Duration.ofDays(12), cycle.longest());
  }

  @Test
  @DisplayName("only deferrals, or no decision in the period: 'no data'")
  void noData() {
    Opportunity deferred =
        Deals.open(1, 0, 1_000)
            .readyForAti(1)
            .decide(Gate.ATI, Verdict.DEFERRED, 5, 5)
            .opportunity();
    DecisionCycle kpi = DecisionCycle.in(QUARTER);
    assertEquals(Optional.empty(), kpi.compute(List.of(deferred)));
    assertEquals(Optional.empty(), kpi.compute(List.of()));
    assertEquals("sales-decision-cycle", DecisionCycle.ID.value());
  }

  @Test
  @DisplayName(
      "a decision dated before its phase began in the KPI's zone — the day before an opening at"
          + " 09:00 UTC, still the opening's date at UTC-18:00 (D3.1) — counts zero days")
  void decisionBeforeItsStartCountsZero() {
    Opportunity backdated = Deals.open(1, 10, 1_000).passAti(10).opportunity();
    Opportunity inconsistent =
        Deals.open(2, 10, 1_000)
            .readyForAti(10)
            .decide(Gate.ATI, Verdict.APPROVED, 9, 9)
            .opportunity();
    assertEquals(
        Optional.of(new CycleTime(2, Duration.ZERO, Duration.ZERO)),
        DecisionCycle.in(QUARTER).compute(List.of(backdated, inconsistent)));
  }

  @Test
  @DisplayName("phase entries are dated in the KPI's zone: 09:00 UTC is the day before in Honolulu")
  void zone() {
    Opportunity opportunity = Deals.open(1, 0, 1_000).passAti(10).opportunity();
    assertEquals(
        Duration.ofDays(10),
        DecisionCycle.in(QUARTER).compute(List.of(opportunity)).orElseThrow().longest());
    assertEquals(
        Duration.ofDays(11),
        DecisionCycle.in(ReportingPeriod.of(QUARTER.dates(), ZoneId.of("Pacific/Honolulu")))
            .compute(List.of(opportunity))
            .orElseThrow()
            .longest());
  }

  @Test
  @DisplayName(
      "a history with ATB decided before ATI is refused at replay, naming D3.2, so the KPI never"
          + " reads it")
  void inconsistentHistoryIsRefused() {
    Opportunity opened = Deals.open(1, 0, 1_000).opportunity();
    GateDecision atb = Opportunities.decision(opened.id(), Gate.ATB, Verdict.APPROVED);
    List<OpportunityEvent> history =
        List.of(
            new OpportunityOpened(opened.id(), 1, opened.profile(), day(0)),
            new GateDecided(opened.id(), 2, atb, day(10)));
    RejectedHistoryException refused =
        assertThrows(RejectedHistoryException.class, () -> Opportunity.replay(history));
    assertEquals(RuleId.D3_2, refused.rule(), refused.getMessage());
    assertEquals(2, refused.position(), refused.getMessage());
    assertTrue(refused.getMessage().contains("D3.2"), refused.getMessage());
    assertTrue(refused.getMessage().contains("ATB"), refused.getMessage());
  }
}
