package org.leadtocash.metrics.sales;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.leadtocash.domain.common.Rate;
import org.leadtocash.domain.opportunity.Opportunity;
import org.leadtocash.domain.opportunity.Verdict;
import org.leadtocash.metrics.testing.Deals;
import org.leadtocash.metrics.testing.KpiLaws;
import org.leadtocash.testkit.book.BookDeals;

/** The decision timeliness (DOMAIN D12, D3.2) over books of business. */
class DecisionTimelinessProperties implements BookDeals {

  @Property(tries = 100)
  void mergingPartsEqualsTheWhole(
      @ForAll("deals") List<Opportunity> opportunities,
      @ForAll @Size(max = 4) List<Integer> cuts,
      @ForAll long seed) {
    KpiLaws.check(DecisionTimeliness.in(PERIOD), opportunities, cuts, seed);
  }

  @Property(tries = 100)
  void agreesWithANaiveCountAndStaysBetweenZeroAndOne(
      @ForAll("deals") List<Opportunity> opportunities) {
    long taken =
        opportunities.stream()
            .flatMap(o -> o.decisions().stream())
            .filter(d -> PERIOD.contains(d.decidedOn()))
            .count();
    long timely =
        opportunities.stream()
            .flatMap(o -> o.decisions().stream())
            .filter(d -> PERIOD.contains(d.decidedOn()))
            .filter(d -> d.verdict() != Verdict.DEFERRED)
            .filter(d -> d.plannedOn().map(p -> d.decidedOn().compareTo(p) <= 0).orElse(true))
            .count();
    Rate rate = DecisionTimeliness.in(PERIOD).compute(opportunities);
    assertEquals(taken == 0 ? Rate.NO_DATA : Rate.of(timely, taken), rate);
    rate.value()
        .ifPresent(v -> assertTrue(v.signum() >= 0 && v.compareTo(BigDecimal.ONE) <= 0, "" + rate));
  }

  @Property(tries = 50)
  void anOnTimeDecisionNeverLowersTheRate(@ForAll("deals") List<Opportunity> opportunities) {
    DecisionTimeliness kpi = DecisionTimeliness.in(PERIOD);
    Optional<BigDecimal> before = kpi.compute(opportunities).value();
    List<Opportunity> more = new ArrayList<>(opportunities);
    more.add(Deals.open(900, 0, 1_000).passAti(20).opportunity());
    BigDecimal after = kpi.compute(more).value().orElseThrow();
    assertTrue(
        before.map(b -> after.compareTo(b) >= 0).orElse(true), "an on-time decision lowered it");
  }
}
