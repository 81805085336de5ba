package org.leadtocash.metrics.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leadtocash.domain.testing.DomainTesters.CNY;
import static org.leadtocash.domain.testing.DomainTesters.cny;
import static org.leadtocash.metrics.customer.CustomerMetricsFixtures.Y2026;
import static org.leadtocash.metrics.customer.CustomerMetricsFixtures.YEAR;
import static org.leadtocash.metrics.customer.CustomerMetricsFixtures.customer;
import static org.leadtocash.metrics.customer.CustomerMetricsFixtures.value;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.leadtocash.domain.customer.CustomerTotalValue;
import org.leadtocash.domain.customer.IntangibleScores;
import org.leadtocash.domain.customer.IntangibleValuePolicy;
import org.leadtocash.domain.customer.ServingCosts;
import org.leadtocash.metrics.EmptyPopulation;
import org.leadtocash.metrics.ReportingPeriod;
import org.leadtocash.metrics.testing.KpiLaws;

/** Customer total value (DOMAIN D6.5, D12), worked by hand and under the KPI laws. */
class CustomerTotalValueSumTest {

  private final CustomerTotalValueSum kpi = CustomerTotalValueSum.in(Y2026, CNY);

  @Test
  @DisplayName(
      "D6.5: 900 profit − 100 sales − 50 service − 30 relationship + 4 × 10 × 2 points intangible"
          + " = 800; plus a loss of 150 and two quarters of 100 = 850; next year's value is not"
          + " counted")
  void workedExample() {
    CustomerTotalValue rich =
        CustomerTotalValue.calculate(
            customer(1),
            YEAR,
            cny(900),
            ServingCosts.of(cny(100), cny(50), cny(30)),
            IntangibleScores.of(2, 2, 2, 2),
            IntangibleValuePolicy.standard(cny(10)));
    assertEquals(cny(800), rich.total());
    List<CustomerTotalValue> values =
        List.of(rich, value(2, -150), value(3, 100, 0), value(3, 100, 3), value(3, 1_000, 4));

    assertEquals(cny(850), kpi.compute(values));
  }

  @Test
  @DisplayName("no value in the period sums to zero, as the definition says")
  void empty() {
    assertEquals(Money.zero(CNY), kpi.compute(List.of(value(1, 500, 5))));
    assertEquals(EmptyPopulation.ZERO, kpi.definition().empty());
    assertEquals(CustomerTotalValueSum.ID, kpi.definition().id());
    assertEquals("D6.5", kpi.definition().section());
  }

  @Test
  @DisplayName("a value in another currency is refused, never converted (DESIGN §2)")
  void otherCurrency() {
    CustomerTotalValue dollars = value(customer(1), Money.ofMajor(CurrencyUnit.USD, 100), YEAR);
    IllegalArgumentException refused =
        assertThrows(IllegalArgumentException.class, () -> kpi.compute(List.of(dollars)));
    assertTrue(refused.getMessage().contains("never adds"), refused.getMessage());
    assertTrue(refused.getMessage().contains("DESIGN §2"), refused.getMessage());
  }

  @Property(tries = 100)
  void mergingPartsEqualsTheWhole(
      @ForAll @Size(max = 30) List<@IntRange(min = -200, max = 1_000) Integer> amounts,
      @ForAll @Size(max = 4) List<Integer> cuts,
      @ForAll long seed) {
    KpiLaws.check(kpi, values(amounts), cuts, seed);
  }

  @Property(tries = 100)
  void agreesWithAPlainSumOverTheYear(
      @ForAll @Size(max = 30) List<@IntRange(min = -200, max = 1_000) Integer> amounts) {
    List<CustomerTotalValue> values = values(amounts);
    Money expected =
        values.stream()
            .filter(v -> !v.period().getStart().isBefore(YEAR.getStart()))
            .filter(v -> v.period().getEnd().compareTo(YEAR.getEnd()) <= 0)
            .map(CustomerTotalValue::total)
            .reduce(Money.zero(CNY), Money::plus);
    assertEquals(expected, kpi.compute(values));
  }

  @Property(tries = 100)
  void valuesInTheYearRollUpFromTheirQuarters(
      @ForAll @Size(max = 30) List<@IntRange(min = -200, max = 1_000) Integer> amounts) {
    List<CustomerTotalValue> values = values(amounts);
    Money quarters = Money.zero(CNY);
    for (int q = 0; q < 4; q++) {
      quarters =
          quarters.plus(
              CustomerTotalValueSum.in(
                      ReportingPeriod.of(CustomerMetricsFixtures.quarter(q), ZoneOffset.UTC), CNY)
                  .compute(values));
    }
    assertEquals(quarters, kpi.compute(values), "the year is the sum of its quarters");
  }

  /** Values of customer i mod 5 in quarter i mod 6 (quarters 4 and 5 are outside the year). */
  static List<CustomerTotalValue> values(List<Integer> amounts) {
    List<CustomerTotalValue> values = new ArrayList<>();
    for (int i = 0; i < amounts.size(); i++) {
      values.add(value(i % 5, amounts.get(i), i % 6));
    }
    return values;
  }

  @Test
  @DisplayName("the definition reads as the catalogue's, with the KPI's own period")
  void definitionNamesThePeriod() {
    assertTrue(kpi.definition().period().contains(YEAR.toString()));
    assertEquals(CustomerTotalValueSum.ID, CustomerKpis.definitions().get(0).id());
    assertEquals(
        kpi.definition().definition(),
        CustomerKpis.definitions().get(0).definition().replace("the KPI's currency", "CNY"));
  }
}
