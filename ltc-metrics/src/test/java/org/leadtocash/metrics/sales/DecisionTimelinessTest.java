package org.leadtocash.metrics.sales;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.leadtocash.metrics.testing.Periods.days;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.leadtocash.domain.common.Rate;
import org.leadtocash.domain.opportunity.Gate;
import org.leadtocash.domain.opportunity.Opportunity;
import org.leadtocash.domain.opportunity.SalesPhase;
import org.leadtocash.domain.opportunity.Verdict;
import org.leadtocash.metrics.ReportingPeriod;
import org.leadtocash.metrics.testing.Deals;

/** The sales decision timeliness rate (DOMAIN D12, D3.2), by hand and by law. */
class DecisionTimelinessTest {

  private static final ReportingPeriod QUARTER = days(0, 90);

  @Test
  @DisplayName(
      "8 decisions in the quarter, 4 on or before their planned date: 4/8; deferrals are never"
          + " timely, and the next quarter's decision is not counted (D3.2)")
  void workedExample() {
    Opportunity reworked =
        Deals.open(1, 0, 1_000_000)
            .readyForAti(2)
            .decide(Gate.ATI, Verdict.DEFERRED, 6, 8) // deferred, and late
            .decide(Gate.ATI, Verdict.APPROVED, 10, 12) // late
            .moveTo(SalesPhase.DEVELOP_SOLUTION, 14)
            .estimate(14)
            .decide(Gate.ATB, Verdict.REJECTED, 20, 20) // timely: a rejection is a decision
            .decide(Gate.ATB, Verdict.APPROVED_WITH_CONDITIONS, 28, 30) // late
            .moveTo(SalesPhase.NEGOTIATE, 35)
            .estimate(35)
            .decide(Gate.ATC, Verdict.APPROVED, 40, 40) // timely
            .opportunity();
    Opportunity onPlan = Deals.open(2, 0, 1_000).passAti(10).opportunity(); // timely
    Opportunity early =
        Deals.open(3, 0, 1_000)
            .readyForAti(1)
            .decide(Gate.ATI, Verdict.APPROVED, 15, 13) // timely: two days early
            .opportunity();
    Opportunity deferredOnTime =
        Deals.open(4, 0, 1_000)
            .readyForAti(1)
            .decide(Gate.ATI, Verdict.DEFERRED, 5, 5) // on time, but deferred
            .decide(Gate.ATI, Verdict.APPROVED, 9, 95) // next quarter
            .opportunity();
    Rate rate =
        DecisionTimeliness.in(QUARTER).compute(List.of(reworked, onPlan, early, deferredOnTime));
    assertEquals(Rate.of(4, 8), rate);
  }

  @Test
  @DisplayName("no decision taken in the period: 'no data'")
  void noData() {
    Opportunity undecided = Deals.open(1, 0, 1_000).readyForAti(1).opportunity();
    assertEquals(Rate.NO_DATA, DecisionTimeliness.in(QUARTER).compute(List.of(undecided)));
    assertEquals("sales-decision-timeliness", DecisionTimeliness.ID.value());
  }
}
