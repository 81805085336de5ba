package org.leadtocash.metrics.sales;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leadtocash.domain.testing.DomainTesters.CNY;
import static org.leadtocash.domain.testing.DomainTesters.cny;
import static org.leadtocash.metrics.testing.Periods.days;

import java.math.BigDecimal;
import java.util.List;
import org.joda.money.Money;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.leadtocash.domain.common.Rate;
import org.leadtocash.domain.opportunity.Opportunity;
import org.leadtocash.metrics.ReportingPeriod;
import org.leadtocash.metrics.testing.Deals;

/** The pipeline coverage of the target (DOMAIN D12, D9.5), by hand and by law. */
class PipelineCoverageTest {

  private static final ReportingPeriod QUARTER = days(0, 90);

  private static Opportunity open(int n, long amount, int signingDay, int percent) {
    return Deals.open(n, 0, amount).forecast(0, signingDay, percent).opportunity();
  }

  @Test
  @DisplayName(
      "a 10 M target, 15 M of open pipeline signing in the quarter: covered 1.5 times, 0.43"
          + " weighted; later, undated and won opportunities are not pipeline (D12, D9.5)")
  void workedExample() {
    List<Opportunity> opportunities =
        List.of(
            open(1, 4_000_000, 30, 50), // weighted 2.0 M
            open(2, 6_000_000, 60, 30), // weighted 1.8 M
            open(3, 5_000_000, 80, 10), // weighted 0.5 M
            open(4, 9_000_000, 120, 90), // signs next quarter
            Deals.open(5, 0, 9_000_000).opportunity(), // no expected signing yet
            Deals.open(6, 0, 1_000_000)
                .forecast(0, 40, 90)
                .passAti(1)
                .passAtb(2)
                .win(3)
                .opportunity());
    Coverage coverage = PipelineCoverage.in(QUARTER, cny(10_000_000)).compute(opportunities);
    assertEquals(new Coverage(cny(10_000_000), cny(15_000_000), cny(4_300_000), 3), coverage);
    assertEquals(0, new BigDecimal("1.5").compareTo(coverage.unweighted().value().orElseThrow()));
    assertEquals(0, new BigDecimal("0.43").compareTo(coverage.weighted().value().orElseThrow()));
  }

  @Test
  @DisplayName("an empty pipeline covers zero of the target, not 'no data'")
  void emptyPipelineIsZero() {
    Coverage coverage = PipelineCoverage.in(QUARTER, cny(10)).compute(List.of());
    assertEquals(Rate.of(0, 10), coverage.unweighted());
    assertEquals(Rate.of(0, 10), coverage.weighted());
    assertEquals(0, coverage.opportunities());
    assertEquals("pipeline-coverage", PipelineCoverage.ID.value());
  }

  @Test
  @DisplayName("an opportunity in another currency is refused, never added silently (DESIGN §2)")
  void anotherCurrencyIsRefused() {
    Opportunity dollars =
        Deals.open(1, 0, Money.parse("USD 1000")).forecast(0, 30, 50).opportunity();
    PipelineCoverage kpi = PipelineCoverage.in(QUARTER, cny(10));
    IllegalArgumentException refused =
        assertThrows(IllegalArgumentException.class, () -> kpi.compute(List.of(dollars)));
    assertTrue(refused.getMessage().contains("USD"), refused.getMessage());
    assertTrue(refused.getMessage().contains("DESIGN §2"), refused.getMessage());
  }

  @Test
  @DisplayName("a target is positive")
  void targetIsPositive() {
    IllegalArgumentException refused =
        assertThrows(
            IllegalArgumentException.class, () -> PipelineCoverage.in(QUARTER, Money.zero(CNY)));
    assertTrue(refused.getMessage().contains("target"), refused.getMessage());
  }
}
