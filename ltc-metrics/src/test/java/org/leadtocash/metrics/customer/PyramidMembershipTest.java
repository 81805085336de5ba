package org.leadtocash.metrics.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.leadtocash.domain.testing.DomainTesters.CNY;
import static org.leadtocash.domain.testing.DomainTesters.cny;
import static org.leadtocash.metrics.customer.CustomerMetricsFixtures.Y2026;
import static org.leadtocash.metrics.customer.CustomerMetricsFixtures.value;

import java.util.List;
import java.util.Map;
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
import org.leadtocash.domain.customer.PyramidPolicy;
import org.leadtocash.domain.customer.TierSummary;
import org.leadtocash.domain.customer.ValuePyramid;
import org.leadtocash.domain.customer.ValueTier;
import org.leadtocash.metrics.testing.KpiLaws;

/** Pyramid membership (DOMAIN D6.4, D12), worked by hand and under the KPI laws. */
class PyramidMembershipTest {

  private final PyramidMembership kpi = PyramidMembership.in(Y2026, CNY);

  private static final List<CustomerTotalValue> PORTFOLIO =
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

  @Test
  @DisplayName(
      "D6.4, standard policy: 2 key customers bring 800 of 1000 (80%), 2 important 150 (to 95%),"
          + " 6 general the last 50")
  void workedExample() {
    assertEquals(
        List.of(
            new TierSummary(ValueTier.KEY, 2, Rate.of(2, 10), cny(800), Rate.of(800, 1000)),
            new TierSummary(ValueTier.IMPORTANT, 2, Rate.of(2, 10), cny(150), Rate.of(150, 1000)),
            new TierSummary(ValueTier.GENERAL, 6, Rate.of(6, 10), cny(50), Rate.of(50, 1000))),
        kpi.compute(PORTFOLIO));
  }

  @Test
  @DisplayName("the host's policy cuts the tiers: key to 50%, important to 90%")
  void hostPolicy() {
    List<TierSummary> tiers =
        PyramidMembership.in(Y2026, CNY, PyramidPolicy.byCumulativeValue(50, 90))
            .compute(PORTFOLIO);
    assertEquals(1, tiers.get(0).customers());
    assertEquals(2, tiers.get(1).customers());
    assertEquals(7, tiers.get(2).customers());
  }

  @Test
  @DisplayName("no customer gives three empty tiers: zero customers and value, shares 'no data'")
  void empty() {
    List<TierSummary> tiers = kpi.compute(List.of(value(1, 100, 4)));
    assertEquals(
        List.of(ValueTier.KEY, ValueTier.IMPORTANT, ValueTier.GENERAL),
        tiers.stream().map(TierSummary::tier).toList());
    for (TierSummary tier : tiers) {
      assertEquals(0, tier.customers());
      assertEquals(Money.zero(CNY), tier.value());
      assertEquals(Rate.NO_DATA, tier.customerShare());
      assertEquals(Rate.NO_DATA, tier.valueShare());
    }
  }

  @Property(tries = 100)
  void mergingPartsEqualsTheWhole(
      @ForAll @Size(max = 40) List<@IntRange(min = -200, max = 1_000) Integer> amounts,
      @ForAll @Size(max = 4) List<Integer> cuts,
      @ForAll long seed) {
    KpiLaws.check(kpi, ValueConcentrationTest.values(amounts), cuts, seed);
  }

  @Property(tries = 100)
  void agreesWithThePyramidOfTheNaivePerCustomerSums(
      @ForAll @Size(min = 1, max = 40) List<@IntRange(min = -200, max = 1_000) Integer> amounts) {
    List<CustomerTotalValue> values = ValueConcentrationTest.values(amounts);
    Map<CustomerId, Money> perCustomer = ValueConcentrationTest.naivePerCustomer(values);
    List<TierSummary> tiers = kpi.compute(values);
    if (!perCustomer.isEmpty()) {
      assertEquals(ValuePyramid.classify(perCustomer).summaries(), tiers);
    }
    assertEquals(perCustomer.size(), tiers.stream().mapToInt(TierSummary::customers).sum());
    assertEquals(
        perCustomer.values().stream().reduce(Money.zero(CNY), Money::plus),
        tiers.stream().map(TierSummary::value).reduce(Money.zero(CNY), Money::plus),
        "the tiers share the whole value");
  }
}
