package org.leadtocash.metrics.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leadtocash.metrics.testing.Deals.open;
import static org.leadtocash.metrics.testing.Periods.days;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.leadtocash.domain.common.Rate;
import org.leadtocash.domain.opportunity.Opportunity;
import org.leadtocash.metrics.ReportingPeriod;

/** The opportunity funnel of the dashboard (DOMAIN D12, D3.2). */
class PipelineFunnelTest {

  private static final ReportingPeriod FIRST_100_DAYS = days(0, 100);

  @Test
  @DisplayName("4 opened, 3 passed ATI, 2 ATB, 1 won; the deal opened later is not counted")
  void workedExample() {
    List<Opportunity> deals =
        List.of(
            open(1, 1, 5_000_000).opportunity(),
            open(2, 2, 5_000_000).passAti(10).opportunity(),
            open(3, 3, 5_000_000).passAti(10).passAtb(20).opportunity(),
            open(4, 4, 5_000_000).passAti(10).passAtb(20).win(30).opportunity(),
            open(5, 150, 5_000_000).opportunity());
    Funnel funnel = PipelineFunnel.in(FIRST_100_DAYS).compute(deals);
    assertEquals(4, funnel.count(FunnelStage.OPENED));
    assertEquals(3, funnel.count(FunnelStage.ATI_PASSED));
    assertEquals(2, funnel.count(FunnelStage.ATB_PASSED));
    assertEquals(1, funnel.count(FunnelStage.WON));
    assertEquals(Rate.of(2, 3), funnel.conversion(FunnelStage.ATB_PASSED));
    assertEquals(
        "opened 4 → ATI passed 3 (75.0%) → ATB passed 2 (66.7%) → won 1 (50.0%)",
        funnel.toString());
    assertEquals(
        "xychart-beta\n  title \"Opportunity funnel\"\n  x-axis [\"opened\", \"ATI passed\","
            + " \"ATB passed\", \"won\"]\n  y-axis \"opportunities\"\n  bar [4, 3, 2, 1]\n",
        funnel.toMermaid());
  }

  @Test
  @DisplayName("an empty funnel is zero everywhere and its conversions are 'no data'")
  void empty() {
    Funnel funnel = PipelineFunnel.in(FIRST_100_DAYS).compute(List.of());
    assertEquals(Funnel.NONE, funnel);
    assertTrue(!funnel.conversion(FunnelStage.WON).isDefined());
    assertThrows(IllegalArgumentException.class, () -> funnel.conversion(FunnelStage.OPENED));
    assertThrows(IllegalArgumentException.class, () -> new Funnel(new long[] {1, 2, 0, 0}));
  }
}
