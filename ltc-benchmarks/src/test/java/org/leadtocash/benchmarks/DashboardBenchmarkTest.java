package org.leadtocash.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.leadtocash.domain.common.Rate;
import org.leadtocash.domain.opportunity.Opportunity;
import org.leadtocash.metrics.dashboard.FunnelStage;
import org.leadtocash.metrics.dashboard.SalesBook;
import org.leadtocash.metrics.dashboard.SalesHealth;
import org.leadtocash.testkit.book.BookOfBusiness;

@DisplayName("the dashboard benchmark's four ways")
class DashboardBenchmarkTest {

  private static final DashboardBenchmark BENCHMARK = new DashboardBenchmark();

  @BeforeAll
  static void setUp() throws IOException, SQLException {
    BENCHMARK.size = 2_000;
    BENCHMARK.activitiesPerOpportunity = 2;
    BENCHMARK.setUp();
  }

  @AfterAll
  static void tearDown() throws IOException, SQLException {
    BENCHMARK.tearDown();
  }

  @Test
  @DisplayName("agree on the five KPIs: one pass, the sales book, streams and DuckDB (D1.6, D12)")
  void agree() throws SQLException {
    SalesHealth health = BENCHMARK.dashboardOnePass();
    assertEquals(health, BENCHMARK.dashboardOverSalesBook());
    List<Object> streams = BENCHMARK.streams();
    assertEquals(double64(health.winRate()), streams.get(0));
    List<Long> funnel =
        List.of(
            health.funnel().count(FunnelStage.OPENED),
            health.funnel().count(FunnelStage.ATI_PASSED),
            health.funnel().count(FunnelStage.ATB_PASSED),
            health.funnel().count(FunnelStage.WON));
    assertEquals(funnel, streams.get(1));
    assertEquals(double64(health.decisionTimeliness()), streams.get(2));
    assertEquals(
        List.of(six(health.coverage().unweighted()), six(health.coverage().weighted())),
        streams.get(3));
    assertEquals(six(health.marketShare()), streams.get(4));

    List<Object> duckDb = BENCHMARK.duckDbResults();
    assertEquals(health.winRate().numerator().toPlainString(), duckDb.get(0));
    assertEquals(health.winRate().denominator().toPlainString(), duckDb.get(1));
    for (int stage = 0; stage < 4; stage++) {
      assertEquals(funnel.get(stage).toString(), duckDb.get(2 + stage), "funnel stage " + stage);
    }
    assertEquals(health.coverage().pipeline().getAmount().toPlainString(), duckDb.get(6));
    assertEquals(health.coverage().weightedPipeline().getAmount().toPlainString(), duckDb.get(7));
    assertEquals(Long.toString(health.coverage().opportunities()), duckDb.get(8));
  }

  @Test
  @DisplayName("roll up to the whole book, and update incrementally by one opportunity (D9.5)")
  void rollUpAndUpdate() {
    assertEquals(32, BENCHMARK.rollUp().size(), "2 areas, 6 regions, 24 offices");
    assertEquals(
        BENCHMARK.dashboardOnePass().funnel().count(FunnelStage.OPENED),
        BENCHMARK.rollUp().values().stream()
                .mapToLong(h -> h.funnel().count(FunnelStage.OPENED))
                .sum()
            / 3,
        "each opportunity counts once per level");
    List<Opportunity> oneMore = new ArrayList<>(BENCHMARK.opportunities);
    oneMore.add(BookOfBusiness.oneMore(BENCHMARK.size));
    assertEquals(
        BENCHMARK.watch.over(SalesBook.of(oneMore)),
        BENCHMARK.incrementalUpdate(),
        "the update equals the book with the newcomer");
    List<Opportunity> changed = new ArrayList<>(BENCHMARK.opportunities);
    changed.set(changed.indexOf(BENCHMARK.changedBefore), BENCHMARK.changedAfter);
    assertEquals(
        BENCHMARK.watch.over(SalesBook.of(changed)),
        BENCHMARK.incrementalChange(),
        "the change equals the book with the re-forecast opportunity");
  }

  private static double double64(Rate rate) {
    return rate.numerator().doubleValue() / rate.denominator().doubleValue();
  }

  private static BigDecimal six(Rate rate) {
    return rate.numerator().divide(rate.denominator(), 6, RoundingMode.HALF_EVEN);
  }
}
