package org.leadtocash.metrics.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leadtocash.domain.testing.DomainTesters.CNY;
import static org.leadtocash.metrics.customer.CustomerMetricsFixtures.Y2026;
import static org.leadtocash.metrics.customer.CustomerMetricsFixtures.YEAR;
import static org.leadtocash.metrics.customer.CustomerMetricsFixtures.value;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.joda.money.Money;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.leadtocash.domain.common.CustomerId;
import org.leadtocash.domain.common.Rate;
import org.leadtocash.domain.customer.CustomerTotalValue;
import org.leadtocash.domain.customer.ParetoShare;
import org.leadtocash.domain.customer.ValuePyramid;
import org.leadtocash.metrics.testing.KpiLaws;

/** Value concentration (DOMAIN D12, D6.4), worked by hand and under the KPI laws. */
class ValueConcentrationTest {

  private final ValueConcentration kpi = ValueConcentration.in(Y2026, CNY);

  @Test
  @DisplayName(
      "D12: of 10 customers worth 1000 in all, the top 2 (20%) bring 500 + 300 = 800, i.e. 4/5")
  void workedExample() {
    List<CustomerTotalValue> values =
        List.of(
            value(1, 500),
            value(2, 300),
            value(3, 100),
            value(4, 50),
            value(5, 20),
            value(6, 10),
            value(7, 10),
            value(8, 5),
            value(9, 5),
            value(10, 0));

    Concentration concentration = kpi.compute(values);

    assertEquals(Rate.of(2, 10), concentration.customerShare());
    assertEquals(Rate.of(800, 1000), concentration.valueShare());
    assertEquals(
        "the top 2 of 10 customers (20%) bring 80% of the value", concentration.toString());
  }

  @Test
  @DisplayName(
      "a customer's quarters add up before ranking, and a loss-making customer ranks at zero"
          + " (D6.4)")
  void sumsPerCustomerBeforeRanking() {
    List<CustomerTotalValue> values =
        List.of(
            value(1, 300, 0),
            value(2, 400, 1),
            value(1, 300, 2),
            value(3, -900, 0),
            value(4, 100, 3),
            value(5, 200, 5));

    Concentration concentration = kpi.compute(values);

    // customers 1 (600), 2 (400), 4 (100), 3 (loss, 0); customer 5 is outside the year: n = 4,
    // top = 4 − ⌊3.2⌋ = 1
    assertEquals(Rate.of(1, 4), concentration.customerShare());
    assertEquals(Rate.of(600, 1100), concentration.valueShare());
  }

  @Test
  @DisplayName("no customer, or customers worth nothing, is 'no data' — never NaN")
  void empty() {
    assertEquals(Concentration.NO_DATA, kpi.compute(List.of()));
    assertEquals("no customers", Concentration.NO_DATA.toString());
    Concentration worthless = kpi.compute(List.of(value(1, 0), value(2, -5)));
    assertEquals(Rate.of(1, 2), worthless.customerShare());
    assertTrue(!worthless.valueShare().isDefined());
  }

  @Property(tries = 100)
  void mergingPartsEqualsTheWhole(
      @ForAll @Size(max = 40) List<@IntRange(min = -200, max = 1_000) Integer> amounts,
      @ForAll @Size(max = 4) List<Integer> cuts,
      @ForAll long seed) {
    KpiLaws.check(kpi, values(amounts), cuts, seed);
  }

  @Property(tries = 100)
  void agreesWithTheComplementOfThePyramidsParetoShare(
      @ForAll @Size(min = 1, max = 40) List<@IntRange(min = -200, max = 1_000) Integer> amounts) {
    List<CustomerTotalValue> values = values(amounts);
    Map<CustomerId, Money> perCustomer = naivePerCustomer(values);
    Concentration concentration = kpi.compute(values);
    if (perCustomer.isEmpty()) {
      assertEquals(Concentration.NO_DATA, concentration);
      return;
    }
    ParetoShare lowest = ValuePyramid.classify(perCustomer).paretoShare();
    BigDecimal n = lowest.customerShare().denominator();
    assertEquals(
        Rate.of(n.subtract(lowest.customerShare().numerator()), n), concentration.customerShare());
    BigDecimal total = lowest.valueShare().denominator();
    assertEquals(
        Rate.of(total.subtract(lowest.valueShare().numerator()), total),
        concentration.valueShare());
  }

  @Property(tries = 100)
  void agreesWithANaiveRanking(
      @ForAll @Size(max = 40) List<@IntRange(min = -200, max = 1_000) Integer> amounts) {
    List<CustomerTotalValue> values = values(amounts);
    List<BigDecimal> ranked = new ArrayList<>();
    naivePerCustomer(values).values().forEach(m -> ranked.add(m.getAmount()));
    ranked.sort(Comparator.reverseOrder());
    int n = ranked.size();
    int top = (int) Math.ceil(n * 0.2);
    BigDecimal topValue = ranked.stream().limit(top).reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal total = ranked.stream().reduce(BigDecimal.ZERO, BigDecimal::add);

    Concentration concentration = kpi.compute(values);

    assertEquals(n == 0 ? Rate.NO_DATA : Rate.of(top, n), concentration.customerShare());
    assertEquals(Rate.of(topValue, total), concentration.valueShare());
  }

  @Property(tries = 100)
  void theTopBringAtLeastTheirShareOfCustomersAndAtMostAll(
      @ForAll @Size(max = 40) List<@IntRange(min = -200, max = 1_000) Integer> amounts) {
    Concentration concentration = kpi.compute(values(amounts));
    concentration
        .valueShare()
        .value()
        .ifPresent(
            share -> {
              assertTrue(share.compareTo(BigDecimal.ONE) <= 0, "at most all the value");
              assertTrue(
                  share.compareTo(concentration.customerShare().value().orElseThrow()) >= 0,
                  "the most valuable customers bring at least their share of the customers");
            });
  }

  /** Customer i mod 12 in quarter i mod 6 (4 and 5 outside the year). */
  static List<CustomerTotalValue> values(List<Integer> amounts) {
    List<CustomerTotalValue> values = new ArrayList<>();
    for (int i = 0; i < amounts.size(); i++) {
      values.add(value(i % 12, amounts.get(i), i % 6));
    }
    return values;
  }

  /** Sums the values within the year per customer, negatives as zero, with plain collections. */
  static Map<CustomerId, Money> naivePerCustomer(List<CustomerTotalValue> values) {
    Map<String, Money> sums = new TreeMap<>();
    for (CustomerTotalValue v : values) {
      if (YEAR.encloses(v.period())) {
        sums.merge(v.customer().value(), v.total(), Money::plus);
      }
    }
    Map<CustomerId, Money> clamped = new TreeMap<>(Comparator.comparing(CustomerId::value));
    sums.forEach(
        (id, money) ->
            clamped.put(CustomerId.of(id), money.isNegative() ? Money.zero(CNY) : money));
    return clamped;
  }
}
