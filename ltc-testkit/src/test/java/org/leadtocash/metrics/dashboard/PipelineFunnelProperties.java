package org.leadtocash.metrics.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.leadtocash.domain.opportunity.Opportunity;
import org.leadtocash.metrics.testing.KpiLaws;
import org.leadtocash.testkit.book.BookDeals;

/** The opportunity funnel (DOMAIN D12, D1.6) over books of business, against a naive count. */
class PipelineFunnelProperties implements BookDeals {

  @Property(tries = 50)
  void mergingPartsEqualsTheWholeAndANaiveCountAgrees(
      @ForAll("deals") List<Opportunity> deals,
      @ForAll @Size(max = 4) List<Integer> cuts,
      @ForAll long seed) {
    PipelineFunnel kpi = PipelineFunnel.in(PERIOD);
    KpiLaws.check(kpi, deals, cuts, seed);
    Funnel funnel = kpi.compute(deals);
    List<Opportunity> opened = new ArrayList<>();
    deals.stream().filter(d -> PERIOD.contains(d.openedAt())).forEach(opened::add);
    for (FunnelStage stage : FunnelStage.values()) {
      assertEquals(
          opened.stream().filter(stage::reachedBy).count(),
          funnel.count(stage),
          "a naive count agrees at " + stage);
    }
  }
}
