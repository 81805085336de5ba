package org.leadtocash.metrics.sales;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leadtocash.metrics.testing.Deals.RIVAL;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.leadtocash.domain.common.CompetitorId;
import org.leadtocash.domain.common.Rate;
import org.leadtocash.domain.opportunity.Opportunity;
import org.leadtocash.domain.opportunity.OpportunityOutcome;
import org.leadtocash.domain.opportunity.OpportunityStatus;
import org.leadtocash.metrics.OncePerFact;
import org.leadtocash.metrics.Tally;
import org.leadtocash.metrics.testing.Deals;
import org.leadtocash.metrics.testing.KpiLaws;
import org.leadtocash.testkit.book.BookDeals;

/** The head-to-head record (DOMAIN D12, D10.1) over books of business. */
class HeadToHeadProperties implements BookDeals {

  @Property(tries = 100)
  void mergingPartsEqualsTheWhole(
      @ForAll("deals") List<Opportunity> opportunities,
      @ForAll @Size(max = 4) List<Integer> cuts,
      @ForAll long seed) {
    KpiLaws.check(HeadToHead.in(PERIOD, RIVAL), opportunities, cuts, seed);
  }

  @Property(tries = 100)
  void agreesWithANaiveCountWithinTheWinRatesPopulation(
      @ForAll("deals") List<Opportunity> opportunities) {
    long allWins = 0;
    long allLosses = 0;
    for (CompetitorId competitor : Deals.COMPETITORS) {
      List<Opportunity> decided = new ArrayList<>();
      for (Opportunity o : opportunities) {
        if (o.outcome().map(x -> PERIOD.contains(x.at())).orElse(false)) {
          decided.add(o);
        }
      }
      long wins =
          decided.stream()
              .filter(o -> o.status() == OpportunityStatus.WON)
              .filter(o -> o.competitors().contains(competitor))
              .count();
      long losses =
          decided.stream()
              .map(o -> o.outcome().orElseThrow())
              .filter(x -> x instanceof OpportunityOutcome.Lost)
              .filter(x -> ((OpportunityOutcome.Lost) x).winner().equals(competitor))
              .count();
      assertEquals(
          new HeadToHeadScore(wins, losses),
          HeadToHead.in(PERIOD, competitor).compute(opportunities));
      allWins += wins;
      allLosses += losses;
    }
    // each loss has one winner, so the losses to each competitor add up to the losses
    Rate winRate = WinRate.in(PERIOD).compute(opportunities);
    Tally decided =
        new Tally(winRate.numerator().longValueExact(), winRate.denominator().longValueExact());
    assertEquals(decided.population() - decided.hits(), allLosses);
    assertTrue(allWins <= decided.hits() * Deals.COMPETITORS.size());
  }

  /**
   * A host's at-least-once delivery (DOMAIN D12): the deals, each delivered one to three times and
   * shuffled, counted through {@link OncePerFact} give the result over each deal once, for every
   * competitor, and the once-per-fact KPI keeps the merge laws over the repeats.
   */
  @Property(tries = 100)
  void duplicatesThroughOncePerFactChangeNothing(
      @ForAll("deals") List<Opportunity> opportunities,
      @ForAll @Size(max = 4) List<Integer> cuts,
      @ForAll long seed) {
    List<Opportunity> delivered = BookDeals.deliveredAtLeastOnce(opportunities, seed);
    for (CompetitorId competitor : Deals.COMPETITORS) {
      HeadToHead kpi = HeadToHead.in(PERIOD, competitor);
      OncePerFact<Opportunity, HeadToHeadScore> once = OncePerFact.of(kpi);
      assertEquals(kpi.compute(opportunities), once.compute(delivered), competitor::value);
      assertEquals(once.compute(opportunities), once.compute(delivered), "repeats change nothing");
    }
    KpiLaws.check(OncePerFact.of(HeadToHead.in(PERIOD, RIVAL)), delivered, cuts, seed);
  }
}
