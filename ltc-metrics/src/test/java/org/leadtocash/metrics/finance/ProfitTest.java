package org.leadtocash.metrics.finance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.leadtocash.domain.testing.DomainTesters.CNY;
import static org.leadtocash.domain.testing.DomainTesters.cny;
import static org.leadtocash.metrics.finance.Contracts.date;
import static org.leadtocash.metrics.finance.Mentions.assertMentions;
import static org.leadtocash.metrics.testing.Periods.days;

import com.google.common.collect.Lists;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.leadtocash.domain.common.CustomerId;
import org.leadtocash.metrics.EmptyPopulation;
import org.leadtocash.metrics.KpiUnit;
import org.leadtocash.metrics.ReportingPeriod;
import org.leadtocash.metrics.testing.KpiLaws;

/** Profit by operating unit (DOMAIN D9.6, D12), worked by hand and under the KPI laws. */
class ProfitTest {

  private static final ReportingPeriod PERIOD = days(0, 31);

  static final OperatingUnit CU_A = OperatingUnit.customer(CustomerId.of("CU-A"));
  static final OperatingUnit CU_B = OperatingUnit.customer(CustomerId.of("CU-B"));
  static final OperatingUnit RAN = OperatingUnit.of(UnitKind.PRODUCT, "5G-RAN");
  static final OperatingUnit OPTICAL = OperatingUnit.of(UnitKind.PRODUCT, "OPTICAL");
  static final OperatingUnit NORTH = OperatingUnit.of(UnitKind.REGION, "R-NORTH");

  private static OperatingUnit project(int n) {
    return OperatingUnit.of(UnitKind.PROJECT, "DP-" + n);
  }

  private static List<ProfitRecord> worked() {
    return List.of(
        ProfitRecord.of(date(3), cny(10_000_000), cny(6_000_000), CU_A, RAN, project(1), NORTH),
        ProfitRecord.of(date(9), cny(3_000_000), cny(4_000_000), CU_A, OPTICAL, project(2), NORTH),
        ProfitRecord.of(date(20), cny(6_000_000), cny(2_000_000), CU_B, RAN, project(3), NORTH),
        ProfitRecord.of(date(30), cny(0), cny(1_000_000), NORTH), // regional overhead
        ProfitRecord.of(date(31), cny(99_000_000), cny(0), CU_B, RAN, project(4), NORTH));
  }

  @Test
  @DisplayName("the same records give profit by customer, by product and by region (D9.6)")
  void workedExample() {
    ProfitByUnit byCustomer = Profit.in(PERIOD, UnitKind.CUSTOMER, CNY).compute(worked());
    assertEquals(List.of(CU_B, CU_A), byCustomer.ranking(), "the unit that earns more first");
    assertEquals(cny(4_000_000), byCustomer.profitOf(CU_B));
    assertEquals(cny(3_000_000), byCustomer.profitOf(CU_A));
    assertEquals(cny(-1_000_000), byCustomer.unassigned(), "the overhead names no customer");

    ProfitByUnit byProduct = Profit.in(PERIOD, UnitKind.PRODUCT, CNY).compute(worked());
    assertEquals(List.of(RAN, OPTICAL), byProduct.ranking());
    assertEquals(cny(8_000_000), byProduct.profitOf(RAN));
    assertEquals(cny(-1_000_000), byProduct.profitOf(OPTICAL), "a product that loses money");

    ProfitByUnit byRegion = Profit.in(PERIOD, UnitKind.REGION, CNY).compute(worked());
    assertEquals(Map.of(NORTH, cny(6_000_000)), byRegion.byUnit());
    assertEquals(cny(0), byRegion.unassigned());

    ProfitByUnit byProject = Profit.in(PERIOD, UnitKind.PROJECT, CNY).compute(worked());
    assertEquals(3, byProject.byUnit().size(), "project 4 is booked after the period");
    for (ProfitByUnit view : List.of(byCustomer, byProduct, byRegion, byProject)) {
      assertEquals(cny(6_000_000), view.total(), "every view adds up to the same profit");
    }
    assertEquals(cny(0), byCustomer.profitOf(OperatingUnit.customer(CustomerId.of("CU-Z"))));
  }

  @Test
  @DisplayName("no record is an empty ranking and zero profit")
  void empty() {
    Profit kpi = Profit.in(PERIOD, UnitKind.REGION, CNY);
    ProfitByUnit none = kpi.compute(List.of());
    assertEquals(List.of(), none.ranking());
    assertEquals(cny(0), none.total());
    assertEquals("profit-by-unit", Profit.ID.value());
    assertEquals(KpiUnit.BREAKDOWN, kpi.definition().unit());
    assertEquals(EmptyPopulation.ZERO, kpi.definition().empty());
    assertEquals("D9.6", kpi.definition().section());
  }

  @Test
  @DisplayName("a record names one unit per kind, keeps one currency, and books no negative amount")
  void recordRules() {
    IllegalArgumentException twoCustomers =
        assertThrows(
            IllegalArgumentException.class,
            () -> ProfitRecord.of(date(0), cny(1), cny(1), CU_A, CU_B));
    assertMentions(twoCustomers.getMessage(), "CUSTOMER", "D9.6");
    assertThrows(
        IllegalArgumentException.class,
        () -> ProfitRecord.of(date(0), cny(1), Money.ofMajor(CurrencyUnit.USD, 1), CU_A));
    assertThrows(
        IllegalArgumentException.class, () -> ProfitRecord.of(date(0), cny(-1), cny(1), CU_A));
    assertThrows(
        IllegalArgumentException.class, () -> ProfitRecord.of(date(0), cny(1), cny(-1), CU_A));
    assertThrows(IllegalArgumentException.class, () -> OperatingUnit.of(UnitKind.REGION, " "));
    assertNotEquals(
        OperatingUnit.of(UnitKind.REGION, "X"), OperatingUnit.of(UnitKind.PRODUCT, "X"));
    assertEquals("customer CU-A", CU_A.toString());
  }

  @Test
  @DisplayName("a record in another currency is refused, as is a ledger of another kind")
  void refusals() {
    ProfitRecord dollars =
        ProfitRecord.of(
            date(1), Money.ofMajor(CurrencyUnit.USD, 5), Money.ofMajor(CurrencyUnit.USD, 1), CU_A);
    IllegalArgumentException refused =
        assertThrows(
            IllegalArgumentException.class,
            () -> Profit.in(PERIOD, UnitKind.CUSTOMER, CNY).compute(List.of(dollars)));
    assertMentions(refused.getMessage(), "CNY", "USD", "DESIGN §2");
    ProfitRecord lateDollars =
        ProfitRecord.of(
            date(40), Money.ofMajor(CurrencyUnit.USD, 5), Money.ofMajor(CurrencyUnit.USD, 1), CU_A);
    IllegalArgumentException refusedOutside =
        assertThrows(
            IllegalArgumentException.class,
            () -> Profit.in(PERIOD, UnitKind.CUSTOMER, CNY).compute(List.of(lateDollars)),
            "the currency is checked before the period: a record in another currency is never"
                + " left out silently");
    assertMentions(refusedOutside.getMessage(), "CNY", "USD", "DESIGN §2");
    assertThrows(
        IllegalArgumentException.class,
        () ->
            ProfitLedger.zero(UnitKind.CUSTOMER, CNY)
                .plus(ProfitLedger.zero(UnitKind.REGION, CNY)));
    assertThrows(
        IllegalArgumentException.class,
        () -> new ProfitByUnit(UnitKind.REGION, CNY, Map.of(CU_A, cny(1)), cny(0)));
  }

  @Test
  @DisplayName("a ledger is a value: the same sums are equal however they were added")
  void ledgerIsAValue() {
    List<ProfitRecord> records = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      records.add(ProfitRecord.of(date(i % 31), cny(i), cny(i % 7), project(i % 50)));
    }
    Profit kpi = Profit.in(PERIOD, UnitKind.PROJECT, CNY);
    ProfitLedger forward = kpi.empty();
    for (ProfitRecord record : records) {
      forward = kpi.add(forward, record);
    }
    ProfitLedger backward = kpi.empty();
    for (ProfitRecord record : Lists.reverse(records)) {
      backward = kpi.add(backward, record);
    }
    assertEquals(forward, backward);
    assertEquals(forward.hashCode(), backward.hashCode());
    assertEquals(kpi.result(forward), kpi.result(backward));
    assertNotEquals(forward, kpi.add(forward, records.get(10)), "one more record of profit 7");
    assertEquals(50, kpi.result(forward).byUnit().size());
  }

  // ---------------------------------------------------------------- properties

  @Provide
  Arbitrary<ProfitRecord> records() {
    Arbitrary<Optional<OperatingUnit>> customer =
        Arbitraries.integers()
            .between(1, 5)
            .map(n -> OperatingUnit.of(UnitKind.CUSTOMER, "CU-" + n))
            .optional(0.9);
    Arbitrary<Optional<OperatingUnit>> product =
        Arbitraries.integers()
            .between(1, 3)
            .map(n -> OperatingUnit.of(UnitKind.PRODUCT, "P-" + n))
            .optional(0.9);
    Arbitrary<Optional<OperatingUnit>> project =
        Arbitraries.integers().between(1, 40).map(ProfitTest::project).optional(0.8);
    Arbitrary<Optional<OperatingUnit>> region =
        Arbitraries.integers()
            .between(1, 2)
            .map(n -> OperatingUnit.of(UnitKind.REGION, "R-" + n))
            .optional(0.95);
    Arbitrary<Integer> amount = Arbitraries.integers().between(0, 1_000);
    Arbitrary<Integer> day = Arbitraries.integers().between(-10, 40);
    return Combinators.combine(customer, product, project, region, amount, amount, day)
        .as(
            (c, p, j, r, revenue, cost, d) -> {
              List<OperatingUnit> units = new ArrayList<>();
              c.ifPresent(units::add);
              p.ifPresent(units::add);
              j.ifPresent(units::add);
              r.ifPresent(units::add);
              return ProfitRecord.of(
                  date(d), cny(revenue), cny(cost), units.toArray(new OperatingUnit[0]));
            });
  }

  @Property(tries = 50)
  void mergingPartsEqualsTheWhole(
      @ForAll @Size(max = 120) List<@From("records") ProfitRecord> records,
      @ForAll @Size(max = 4) List<Integer> cuts,
      @ForAll long seed) {
    for (UnitKind kind : UnitKind.values()) {
      KpiLaws.check(Profit.in(PERIOD, kind, CNY), records, cuts, seed);
    }
  }

  @Property(tries = 80)
  @Label("every kind of unit agrees with a naive grouping and adds up to the same total")
  void agreesWithNaiveGrouping(
      @ForAll @Size(max = 120) List<@From("records") ProfitRecord> records) {
    Money total = null;
    for (UnitKind kind : UnitKind.values()) {
      Map<OperatingUnit, Money> expected = new HashMap<>();
      Money unassigned = cny(0);
      Money all = cny(0);
      for (ProfitRecord record : records) {
        if (!PERIOD.contains(record.bookedOn())) {
          continue;
        }
        Money profit = record.revenue().minus(record.cost());
        all = all.plus(profit);
        Optional<OperatingUnit> unit =
            record.units().stream().filter(u -> u.kind() == kind).findAny();
        if (unit.isPresent()) {
          expected.merge(unit.orElseThrow(), profit, Money::plus);
        } else {
          unassigned = unassigned.plus(profit);
        }
      }
      ProfitByUnit result = Profit.in(PERIOD, kind, CNY).compute(records);
      assertEquals(expected, result.byUnit());
      assertEquals(unassigned, result.unassigned());
      assertEquals(all, result.total());
      if (total != null) {
        assertEquals(total, result.total(), "every view adds up to the same profit (D9.6)");
      }
      total = result.total();
      List<Money> ranked = result.ranking().stream().map(result::profitOf).toList();
      for (int i = 1; i < ranked.size(); i++) {
        assertEquals(
            false, ranked.get(i).isGreaterThan(ranked.get(i - 1)), "most profitable first");
      }
    }
  }
}
