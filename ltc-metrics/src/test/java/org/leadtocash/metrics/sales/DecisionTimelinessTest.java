package org.leadtocash.metrics.sales;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leadtocash.metrics.testing.Periods.days;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.leadtocash.domain.common.Rate;
import org.leadtocash.domain.opportunity.Gate;
import org.leadtocash.domain.opportunity.Opportunity;
import org.leadtocash.domain.opportunity.SalesPhase;
import org.leadtocash.domain.opportunity.Verdict;
import org.leadtocash.metrics.ReportingPeriod;
import org.leadtocash.metrics.testing.Deals;
import org.leadtocash.metrics.testing.KpiLaws;

/** The sales decision timeliness rate (DOMAIN D12, D3.2), by hand and by law. */
class DecisionTimelinessTest {

  private static final ReportingPeriod QUARTER = days(0, 90);
  private static final ReportingPeriod DAYS_10_TO_70 = days(10, 70);

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

  @Provide
  Arbitrary<List<Opportunity>> deals() {
    return Deals.randomDeals();
  }

  @Property(tries = 100)
  void mergingPartsEqualsTheWhole(
      @ForAll("deals") List<Opportunity> opportunities,
      @ForAll @Size(max = 4) List<Integer> cuts,
      @ForAll long seed) {
    KpiLaws.check(DecisionTimeliness.in(DAYS_10_TO_70), opportunities, cuts, seed);
  }

  @Property(tries = 100)
  void agreesWithANaiveCountAndStaysBetweenZeroAndOne(
      @ForAll("deals") List<Opportunity> opportunities) {
    long taken =
        opportunities.stream()
            .flatMap(o -> o.decisions().stream())
            .filter(d -> DAYS_10_TO_70.contains(d.decidedOn()))
            .count();
    long timely =
        opportunities.stream()
            .flatMap(o -> o.decisions().stream())
            .filter(d -> DAYS_10_TO_70.contains(d.decidedOn()))
            .filter(d -> d.verdict() != Verdict.DEFERRED)
            .filter(d -> d.plannedOn().map(p -> d.decidedOn().compareTo(p) <= 0).orElse(true))
            .count();
    Rate rate = DecisionTimeliness.in(DAYS_10_TO_70).compute(opportunities);
    assertEquals(taken == 0 ? Rate.NO_DATA : Rate.of(timely, taken), rate);
    rate.value()
        .ifPresent(v -> assertTrue(v.signum() >= 0 && v.compareTo(BigDecimal.ONE) <= 0, "" + rate));
  }

  @Property(tries = 50)
  void anOnTimeDecisionNeverLowersTheRate(@ForAll("deals") List<Opportunity> opportunities) {
    DecisionTimeliness kpi = DecisionTimeliness.in(DAYS_10_TO_70);
    Optional<BigDecimal> before = kpi.compute(opportunities).value();
    List<Opportunity> more = new ArrayList<>(opportunities);
    more.add(Deals.open(900, 0, 1_000).passAti(20).opportunity());
    BigDecimal after = kpi.compute(more).value().orElseThrow();
    assertTrue(
        before.map(b -> after.compareTo(b) >= 0).orElse(true), "an on-time decision lowered it");
  }
}
