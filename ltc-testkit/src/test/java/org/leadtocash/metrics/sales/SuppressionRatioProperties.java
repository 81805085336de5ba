package org.leadtocash.metrics.sales;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.leadtocash.domain.testing.DomainTesters.CNY;
import static org.leadtocash.metrics.testing.Deals.RIVAL;

import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.leadtocash.domain.common.CompetitorId;
import org.leadtocash.domain.common.Rate;
import org.leadtocash.domain.opportunity.AwardSplit;
import org.leadtocash.domain.opportunity.Opportunity;
import org.leadtocash.metrics.OncePerFact;
import org.leadtocash.metrics.testing.Deals;
import org.leadtocash.metrics.testing.KpiLaws;
import org.leadtocash.testkit.book.BookDeals;

/** The suppression ratio (DOMAIN D12, D10.1) over books of business, against a naive sum. */
class SuppressionRatioProperties implements BookDeals {

  @Property(tries = 100)
  void mergingPartsEqualsTheWhole(
      @ForAll("deals") List<Opportunity> opportunities,
      @ForAll @Size(max = 4) List<Integer> cuts,
      @ForAll long seed) {
    KpiLaws.check(SuppressionRatio.in(PERIOD, RIVAL, CNY), opportunities, cuts, seed);
  }

  @Property(tries = 100)
  void isOurMarketShareOverTheCompetitorsAgainstANaiveSum(
      @ForAll("deals") List<Opportunity> opportunities) {
    for (CompetitorId competitor : Deals.COMPETITORS) {
      List<AwardSplit> splits = MarketShareProperties.splitsInThePeriod(opportunities);
      BigDecimal ours =
          splits.stream().map(s -> s.ours().getAmount()).reduce(BigDecimal.ZERO, BigDecimal::add);
      BigDecimal theirs =
          splits.stream()
              .map(s -> s.shareOf(competitor).numerator())
              .reduce(BigDecimal.ZERO, BigDecimal::add);
      Rate ratio = SuppressionRatio.in(PERIOD, competitor, CNY).compute(opportunities);
      assertEquals(Rate.of(ours, theirs), ratio);
      Rate share = MarketShare.in(PERIOD, CNY).compute(opportunities);
      assertEquals(share.numerator(), ratio.numerator(), "the same 'ours' as the market share");
      assertEquals(theirs.signum() != 0, ratio.isDefined());
    }
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
      SuppressionRatio kpi = SuppressionRatio.in(PERIOD, competitor, CNY);
      OncePerFact<Opportunity, Rate> once = OncePerFact.of(kpi);
      assertEquals(kpi.compute(opportunities), once.compute(delivered), competitor::value);
      assertEquals(once.compute(opportunities), once.compute(delivered), "repeats change nothing");
    }
    KpiLaws.check(OncePerFact.of(SuppressionRatio.in(PERIOD, RIVAL, CNY)), delivered, cuts, seed);
  }
}
