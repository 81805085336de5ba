package org.leadtocash.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.joda.money.Money;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.leadtocash.domain.common.Rate;
import org.leadtocash.domain.contract.AgeingBucket;
import org.leadtocash.domain.customer.TierSummary;
import org.leadtocash.metrics.efficiency.VisitsPerWeek;
import org.leadtocash.testkit.Settings;
import org.leadtocash.testkit.book.BookOfBusiness;

@DisplayName("the operations benchmark's library and streams results")
class OperationsBenchmarkTest {

  /** Large enough for some advances due by 30 June to be paid after it. */
  private static final int SIZE = 2_000;

  private static final OperationsBenchmark BENCHMARK = new OperationsBenchmark();
  private static final BookOfBusiness BOOK = BookOfBusiness.generate(Settings.standard(), 42, SIZE, 10);

  @BeforeAll
  static void prepare() {
    BENCHMARK.size = SIZE;
    BENCHMARK.activitiesPerOpportunity = 10;
    BENCHMARK.prepare(BOOK);
  }

  @Test
  @DisplayName("agree on visits per week and the revenue-generating share of time (D2.2, D11.6)")
  void activities() {
    OperationsBenchmark.ActivityFigures library = BENCHMARK.activitiesLibrary();
    assertEquals(BENCHMARK.activitiesStreams(), library);

    // 24 offices × 5 account managers, 53 ISO weeks in 2026
    assertEquals(120 * 53, library.visits().employeeWeeks());
    long visits =
        BOOK.activities().stream()
            .filter(a -> VisitsPerWeek.CUSTOMER_VISITS.contains(a.type()))
            .count();
    assertTrue(visits > SIZE * 6 && visits < SIZE * 10, "visits " + visits);
    assertEquals(visits, library.visits().visits(), "one staff member per activity, all in 2026");
    assertTrue(library.visits().employeeWeeksOnTarget() < library.visits().employeeWeeks());
    assertBetween(library.revenueGeneratingShare(), "0.3", "0.8");
  }

  @Test
  @DisplayName("agree on orders, revenue, collection rate and the receivables' ageing (D5)")
  void contracts() {
    OperationsBenchmark.ContractFigures library = BENCHMARK.contractsLibrary();
    assertEquals(BENCHMARK.contractsStreams(), library);

    assertTrue(library.orders().isPositive(), library.orders().toString());
    Money signedValues =
        BOOK.contracts().stream().map(c -> c.originalValue()).reduce(Money::plus).orElseThrow();
    assertTrue(
        library
            .orders()
            .isGreaterThan(signedValues.multipliedBy(8).dividedBy(10, RoundingMode.DOWN)),
        "most contracts are signed in 2026 and some are raised: "
            + library.orders()
            + " of "
            + signedValues);
    assertTrue(library.revenue().isPositive());
    Rate collected = library.collectionRate();
    assertBetween(collected, "0.5", "1");
    assertTrue(
        collected.numerator().compareTo(collected.denominator()) < 0,
        "some of the money due by 30 June comes in later: " + collected);
    assertTrue(library.ageing().outstanding().isPositive(), library.ageing().toString());
    assertTrue(library.ageing().outstanding(AgeingBucket.CURRENT).isPositive());
  }

  @Test
  @DisplayName("agree on customer total value, value concentration and the pyramid (D6.4, D6.5)")
  void customers() {
    OperationsBenchmark.CustomerFigures library = BENCHMARK.customersLibrary();
    assertEquals(BENCHMARK.customersStreams(), library);

    assertTrue(library.totalValue().isPositive(), library.totalValue().toString());
    long customers = BOOK.opportunities().stream().map(o -> o.customer()).distinct().count();
    assertEquals(customers, library.concentration().customerShare().denominator().longValueExact());
    assertBetween(library.concentration().valueShare(), "0.2", "1");
    assertEquals(3, library.pyramid().size());
    assertEquals(customers, library.pyramid().stream().mapToLong(TierSummary::customers).sum());
  }

  private static void assertBetween(Rate rate, String low, String high) {
    BigDecimal value = rate.value().orElseThrow();
    assertTrue(
        value.compareTo(new BigDecimal(low)) >= 0 && value.compareTo(new BigDecimal(high)) <= 0,
        rate + " = " + value + " is not in [" + low + ", " + high + "]");
  }
}
