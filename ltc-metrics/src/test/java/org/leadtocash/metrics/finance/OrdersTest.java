package org.leadtocash.metrics.finance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leadtocash.domain.testing.DomainTesters.CNY;
import static org.leadtocash.domain.testing.DomainTesters.D0;
import static org.leadtocash.domain.testing.DomainTesters.cny;
import static org.leadtocash.metrics.finance.Contracts.changed;
import static org.leadtocash.metrics.finance.Contracts.signed;
import static org.leadtocash.metrics.finance.Mentions.assertMentions;
import static org.leadtocash.metrics.testing.Periods.days;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.leadtocash.domain.contract.Contract;
import org.leadtocash.domain.contract.ContractChanged;
import org.leadtocash.domain.contract.ContractEvent;
import org.leadtocash.domain.contract.ContractSigned;
import org.leadtocash.metrics.EmptyPopulation;
import org.leadtocash.metrics.KpiUnit;
import org.leadtocash.metrics.ReportingPeriod;
import org.leadtocash.metrics.finance.Contracts.ContractSpec;
import org.leadtocash.metrics.testing.KpiLaws;
import org.leadtocash.metrics.testing.Periods;

/** Orders (DOMAIN D12, D5.1, D5.2), worked by hand and under the KPI laws. */
class OrdersTest {

  private static final ReportingPeriod JANUARY = days(0, 31);

  @Test
  @DisplayName(
      "January books the contracts signed in it and the value changes recorded in it (D5.1, D5.2)")
  void workedExample() {
    List<List<ContractEvent>> histories =
        List.of(
            signed("A", 10_000_000, 3).events(), // signed in January: 10 M
            changed(signed("B", 5_000_000, 10), 6_000_000, 20).events(), // 5 M + a 1 M raise
            signed("C", 8_000_000, 40).events(), // signed in February
            changed(signed("D", 4_000_000, -10), 3_000_000, 15).events(), // December, cut by 1 M
            Contracts.drafted("E", cny(9_000_000), 5).events()); // never signed
    assertEquals(cny(15_000_000), Orders.in(JANUARY, CNY).compute(histories));
  }

  @Test
  @DisplayName("nothing signed or changed in the period is zero orders")
  void empty() {
    Orders orders = Orders.in(JANUARY, CNY);
    assertEquals(cny(0), orders.compute(List.of(signed("C", 8_000_000, 40).events())));
    assertEquals("orders", Orders.ID.value());
    assertEquals(Orders.ID, orders.definition().id());
    assertEquals(KpiUnit.MONEY, orders.definition().unit());
    assertEquals(EmptyPopulation.ZERO, orders.definition().empty());
    assertMentions(orders.definition().period(), JANUARY.toString());
  }

  @Test
  @DisplayName("a reduction of an earlier order makes the period's orders negative, not hidden")
  void reductionOnly() {
    List<ContractEvent> cut = changed(signed("D", 4_000_000, -10), 3_000_000, 15).events();
    assertEquals(cny(-1_000_000), Orders.in(JANUARY, CNY).compute(List.of(cut)));
  }

  @Test
  @DisplayName("a contract in another currency is refused, even one signed outside the period")
  void otherCurrency() {
    List<ContractEvent> dollars =
        Contracts.drafted("U", Money.ofMajor(CurrencyUnit.USD, 1_000), 100).events();
    IllegalArgumentException refused =
        assertThrows(
            IllegalArgumentException.class,
            () -> Orders.in(JANUARY, CNY).compute(List.of(dollars)));
    assertMentions(refused.getMessage(), "CNY", "USD", "DESIGN §2");
  }

  @Test
  @DisplayName("a history that does not start with the draft, or mixes contracts, is refused")
  void malformedHistories() {
    Orders orders = Orders.in(JANUARY, CNY);
    List<ContractEvent> a = signed("A", 1_000, 1).events();
    List<ContractEvent> b = signed("B", 1_000, 1).events();
    assertThrows(IllegalArgumentException.class, () -> orders.add(orders.empty(), List.of()));
    assertThrows(IllegalArgumentException.class, () -> orders.add(orders.empty(), a.subList(1, 2)));
    List<ContractEvent> mixed = List.of(a.get(0), b.get(1));
    IllegalArgumentException refused =
        assertThrows(IllegalArgumentException.class, () -> orders.add(orders.empty(), mixed));
    assertMentions(refused.getMessage(), "contract A", "contract B");
  }

  // ---------------------------------------------------------------- properties

  @Provide
  Arbitrary<ContractSpec> specs() {
    return Contracts.specs();
  }

  private static List<List<ContractEvent>> histories(List<ContractSpec> specs) {
    return specs.stream().map(s -> Contracts.build(s).events()).toList();
  }

  @Property(tries = 60)
  void mergingPartsEqualsTheWhole(
      @ForAll @Size(max = 12) List<@From("specs") ContractSpec> specs,
      @ForAll @Size(max = 4) List<Integer> cuts,
      @ForAll long seed) {
    KpiLaws.check(Orders.in(JANUARY, CNY), histories(specs), cuts, seed);
  }

  @Property(tries = 60)
  @Label("over all time, orders are the current value of every signed contract")
  void allTimeIsTheCurrentValue(@ForAll @Size(max = 12) List<@From("specs") ContractSpec> specs) {
    List<List<ContractEvent>> histories = histories(specs);
    Money expected =
        histories.stream().map(Contract::replay).map(Contract::value).reduce(cny(0), Money::plus);
    Money orders = Orders.in(Periods.ALL, CNY).compute(histories);
    assertEquals(expected, orders);
    assertTrue(!orders.isNegative(), "orders over all time are not negative");
  }

  @Property(tries = 60)
  @Label("orders agree with a naive count that replays each event's contract")
  void agreesWithAReplayingReference(
      @ForAll @Size(max = 10) List<@From("specs") ContractSpec> specs,
      @ForAll @IntRange(min = 0, max = 150) int from,
      @ForAll @IntRange(min = 0, max = 150) int days) {
    ReportingPeriod period = days(from, from + days);
    List<List<ContractEvent>> histories = histories(specs);
    Money expected = cny(0);
    for (List<ContractEvent> history : histories) {
      for (int i = 0; i < history.size(); i++) {
        ContractEvent event = history.get(i);
        LocalDate on = LocalDate.ofInstant(event.occurredAt(), ZoneOffset.UTC);
        if (on.isBefore(D0.plusDays(from)) || !on.isBefore(D0.plusDays(from + days))) {
          continue;
        }
        Money after = Contract.replay(history.subList(0, i + 1)).value();
        if (event instanceof ContractSigned) {
          expected = expected.plus(after);
        } else if (event instanceof ContractChanged) {
          expected = expected.plus(after).minus(Contract.replay(history.subList(0, i)).value());
        }
      }
    }
    assertEquals(expected, Orders.in(period, CNY).compute(histories));
  }

  @Property(tries = 60)
  @Label("adjacent periods add up, and without reductions a longer period books no less")
  void adjacentPeriodsAddUp(
      @ForAll @Size(max = 10) List<@From("specs") ContractSpec> specs,
      @ForAll @IntRange(min = 0, max = 150) int first,
      @ForAll @IntRange(min = 0, max = 150) int second) {
    List<List<ContractEvent>> histories = histories(specs);
    ReportingPeriod one = days(0, first);
    ReportingPeriod two = days(first, first + second);
    ReportingPeriod both = days(0, first + second);
    Money whole = Orders.in(both, CNY).compute(histories);
    assertEquals(
        Orders.in(one, CNY).compute(histories).plus(Orders.in(two, CNY).compute(histories)), whole);
    List<List<ContractEvent>> raisesOnly = new ArrayList<>();
    for (int i = 0; i < specs.size(); i++) {
      ContractSpec spec = specs.get(i);
      if (spec.finalValue() >= spec.value()) {
        raisesOnly.add(histories.get(i));
      }
    }
    Money shorter = Orders.in(one, CNY).compute(raisesOnly);
    assertTrue(!shorter.isNegative());
    assertTrue(!shorter.isGreaterThan(Orders.in(both, CNY).compute(raisesOnly)));
  }
}
