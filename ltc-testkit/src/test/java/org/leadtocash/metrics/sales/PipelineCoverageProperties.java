package org.leadtocash.metrics.sales;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leadtocash.domain.testing.DomainTesters.CNY;
import static org.leadtocash.domain.testing.DomainTesters.cny;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.joda.money.Money;
import org.leadtocash.domain.opportunity.Opportunity;
import org.leadtocash.domain.opportunity.OpportunityStatus;
import org.leadtocash.metrics.testing.Deals;
import org.leadtocash.metrics.testing.KpiLaws;
import org.leadtocash.testkit.book.BookDeals;

/** The pipeline coverage (DOMAIN D12, D9.5) over books of business, against a naive sum. */
class PipelineCoverageProperties implements BookDeals {

  @Property(tries = 100)
  void mergingPartsEqualsTheWhole(
      @ForAll("deals") List<Opportunity> opportunities,
      @ForAll @Size(max = 4) List<Integer> cuts,
      @ForAll long seed) {
    KpiLaws.check(PipelineCoverage.in(PERIOD, cny(1_000_000)), opportunities, cuts, seed);
  }

  @Property(tries = 100)
  void agreesWithANaiveSumAndWeightingNeverAdds(@ForAll("deals") List<Opportunity> opportunities) {
    List<Opportunity> pipeline =
        opportunities.stream()
            .filter(o -> o.status() == OpportunityStatus.OPEN)
            .filter(o -> o.expectedSigning().filter(PERIOD::contains).isPresent())
            .toList();
    Money sum = Money.total(CNY, pipeline.stream().map(Opportunity::amount).toList());
    Money weighted =
        Money.total(CNY, pipeline.stream().map(o -> o.probability().weigh(o.amount())).toList());
    Coverage coverage = PipelineCoverage.in(PERIOD, cny(1_000_000)).compute(opportunities);
    assertEquals(new Coverage(cny(1_000_000), sum, weighted, pipeline.size()), coverage);
    assertTrue(
        coverage
                .weighted()
                .value()
                .orElseThrow()
                .compareTo(coverage.unweighted().value().orElseThrow())
            <= 0);
  }

  @Property(tries = 50)
  void anOpenOpportunityInThePeriodRaisesBothCoverages(
      @ForAll("deals") List<Opportunity> opportunities) {
    PipelineCoverage kpi = PipelineCoverage.in(PERIOD, cny(1_000_000));
    Coverage before = kpi.compute(opportunities);
    List<Opportunity> more = new ArrayList<>(opportunities);
    more.add(Deals.open(900, 0, 50_000).forecast(0, 40, 20).opportunity());
    Coverage after = kpi.compute(more);
    assertEquals(before.pipeline().plus(cny(50_000)), after.pipeline());
    assertEquals(before.weightedPipeline().plus(cny(10_000)), after.weightedPipeline());
    assertEquals(before.opportunities() + 1, after.opportunities());
  }
}
