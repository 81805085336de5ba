package org.leadtocash.metrics.sales;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leadtocash.metrics.testing.Deals.RIVAL;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.leadtocash.domain.common.Rate;
import org.leadtocash.domain.opportunity.Opportunity;
import org.leadtocash.domain.opportunity.OpportunityStatus;
import org.leadtocash.metrics.testing.Deals;
import org.leadtocash.metrics.testing.KpiLaws;
import org.leadtocash.testkit.book.BookDeals;

/** The win rate (DOMAIN D12, D3.5) over books of business: merge laws, a naive count, bounds. */
class WinRateProperties implements BookDeals {

  @Property(tries = 100)
  void mergingPartsEqualsTheWhole(
      @ForAll("deals") List<Opportunity> opportunities,
      @ForAll @Size(max = 4) List<Integer> cuts,
      @ForAll long seed) {
    KpiLaws.check(WinRate.in(PERIOD), opportunities, cuts, seed);
  }

  @Property(tries = 100)
  void agreesWithANaiveCountAndStaysBetweenZeroAndOne(
      @ForAll("deals") List<Opportunity> opportunities) {
    long won = count(opportunities, OpportunityStatus.WON);
    long lost = count(opportunities, OpportunityStatus.LOST);
    Rate rate = WinRate.in(PERIOD).compute(opportunities);
    assertEquals(won + lost == 0 ? Rate.NO_DATA : Rate.of(won, won + lost), rate);
    rate.value()
        .ifPresent(
            value ->
                assertTrue(value.signum() >= 0 && value.compareTo(BigDecimal.ONE) <= 0, "" + rate));
  }

  @Property(tries = 50)
  void aWinNeverLowersTheRateAndALossNeverRaisesIt(
      @ForAll("deals") List<Opportunity> opportunities) {
    WinRate kpi = WinRate.in(PERIOD);
    Optional<BigDecimal> before = kpi.compute(opportunities).value();
    List<Opportunity> withWin = new ArrayList<>(opportunities);
    withWin.add(Deals.open(900, 27, 1_000_000).passAti(28).passAtb(29).win(30).opportunity());
    List<Opportunity> withLoss = new ArrayList<>(opportunities);
    withLoss.add(Deals.open(901, 0, 1_000_000).competitors(0, RIVAL).lose(RIVAL, 30).opportunity());
    BigDecimal afterWin = kpi.compute(withWin).value().orElseThrow();
    BigDecimal afterLoss = kpi.compute(withLoss).value().orElseThrow();
    assertTrue(before.map(b -> afterWin.compareTo(b) >= 0).orElse(true), "a win lowered it");
    assertTrue(before.map(b -> afterLoss.compareTo(b) <= 0).orElse(true), "a loss raised it");
    assertTrue(afterLoss.compareTo(afterWin) < 0, "a loss counts less than a win");
  }

  /** A second count, by status and outcome instant. */
  private static long count(List<Opportunity> opportunities, OpportunityStatus status) {
    return opportunities.stream()
        .filter(o -> o.status() == status)
        .filter(o -> o.outcome().map(x -> PERIOD.contains(x.at())).orElse(false))
        .count();
  }
}
