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
import java.util.Optional;
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
import org.leadtocash.domain.common.ContractId;
import org.leadtocash.domain.common.RejectedHistoryException;
import org.leadtocash.domain.common.RuleId;
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
    List<Contract> contracts =
        List.of(
            signed("A", 10_000_000, 3).state(), // signed in January: 10 M
            changed(signed("B", 5_000_000, 10), 6_000_000, 20).state(), // 5 M + a 1 M raise
            signed("C", 8_000_000, 40).state(), // signed in February
            changed(signed("D", 4_000_000, -10), 3_000_000, 15).state(), // December, cut by 1 M
            Contracts.drafted("E", cny(9_000_000), 5).state()); // never signed
    assertEquals(cny(15_000_000), Orders.in(JANUARY, CNY).compute(contracts));
  }

  @Test
  @DisplayName("nothing signed or changed in the period is zero orders")
  void empty() {
    Orders orders = Orders.in(JANUARY, CNY);
    assertEquals(cny(0), orders.compute(List.of(signed("C", 8_000_000, 40).state())));
    assertEquals("orders", Orders.ID.value());
    assertEquals(Orders.ID, orders.definition().id());
    assertEquals(KpiUnit.MONEY, orders.definition().unit());
    assertEquals(EmptyPopulation.ZERO, orders.definition().empty());
    assertMentions(orders.definition().period(), JANUARY.toString());
  }

  @Test
  @DisplayName("a reduction of an earlier order makes the period's orders negative, not hidden")
  void reductionOnly() {
    Contract cut = changed(signed("D", 4_000_000, -10), 3_000_000, 15).state();
    assertEquals(cny(-1_000_000), Orders.in(JANUARY, CNY).compute(List.of(cut)));
  }

  @Test
  @DisplayName("a contract in another currency is refused, even one signed outside the period")
  void otherCurrency() {
    Contract dollars = Contracts.drafted("U", Money.ofMajor(CurrencyUnit.USD, 1_000), 100).state();
    IllegalArgumentException refused =
        assertThrows(
            IllegalArgumentException.class,
            () -> Orders.in(JANUARY, CNY).compute(List.of(dollars)));
    assertMentions(refused.getMessage(), "CNY", "USD", "DESIGN §2");
  }

  @Test
  @DisplayName(
      "a duplicated signature is never counted twice: its history is rejected, and the KPI reads"
          + " each contract once, by its signature instant (D5.1, D12)")
  void duplicatedSignature() {
    List<ContractEvent> events = signed("A", 1_000_000, 3).events();
    List<ContractEvent> duplicated = List.of(events.get(0), events.get(1), events.get(1));
    RejectedHistoryException rejected =
        assertThrows(RejectedHistoryException.class, () -> Contract.replay(duplicated));
    assertEquals(3, rejected.position());
    assertEquals(RuleId.D5_1, rejected.rule());
    assertMentions(rejected.getMessage(), "Contract A", "contract.signed", "version 2");
    ContractSigned renumbered =
        new ContractSigned(
            ContractId.of("A"),
            3,
            ((ContractSigned) events.get(1)).atc(),
            events.get(1).occurredAt());
    RejectedHistoryException twice =
        assertThrows(
            RejectedHistoryException.class,
            () -> Contract.replay(List.of(events.get(0), events.get(1), renumbered)));
    assertMentions(twice.getMessage(), "only a drafted contract is signed");
    Contract contract = Contract.replay(events);
    assertEquals(Optional.of(Contracts.day(3)), contract.signedAt());
    assertEquals(cny(1_000_000), Orders.in(JANUARY, CNY).compute(List.of(contract)));
  }

  // ---------------------------------------------------------------- properties

  @Provide
  Arbitrary<ContractSpec> specs() {
    return Contracts.specs();
  }

  private static List<List<ContractEvent>> histories(List<ContractSpec> specs) {
    return specs.stream().map(s -> Contracts.build(s).events()).toList();
  }

  /** The contracts as their whole histories replay them. */
  private static List<Contract> contracts(List<List<ContractEvent>> histories) {
    return histories.stream().map(Contract::replay).toList();
  }

  @Property(tries = 60)
  void mergingPartsEqualsTheWhole(
      @ForAll @Size(max = 12) List<@From("specs") ContractSpec> specs,
      @ForAll @Size(max = 4) List<Integer> cuts,
      @ForAll long seed) {
    KpiLaws.check(Orders.in(JANUARY, CNY), contracts(histories(specs)), cuts, seed);
  }

  @Property(tries = 60)
  @Label("over all time, orders are the current value of every signed contract")
  void allTimeIsTheCurrentValue(@ForAll @Size(max = 12) List<@From("specs") ContractSpec> specs) {
    List<Contract> contracts = contracts(histories(specs));
    Money expected = contracts.stream().map(Contract::value).reduce(cny(0), Money::plus);
    Money orders = Orders.in(Periods.ALL, CNY).compute(contracts);
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
    assertEquals(expected, Orders.in(period, CNY).compute(contracts(histories)));
  }

  @Property(tries = 60)
  @Label(
      "orders over contracts rebuilt from a snapshot and the events after it equal orders over"
          + " their whole histories replayed")
  void snapshotsCountLikeWholeHistories(
      @ForAll @Size(max = 10) List<@From("specs") ContractSpec> specs,
      @ForAll @Size(min = 10, max = 10) List<@IntRange(min = 1, max = 100) Integer> cuts,
      @ForAll @IntRange(min = 0, max = 150) int from,
      @ForAll @IntRange(min = 0, max = 150) int days) {
    ReportingPeriod period = days(from, from + days);
    List<List<ContractEvent>> histories = histories(specs);
    List<Contract> fromSnapshots = new ArrayList<>();
    for (int i = 0; i < histories.size(); i++) {
      List<ContractEvent> history = histories.get(i);
      int cut = 1 + cuts.get(i) % history.size();
      Contract snapshot = Contract.replay(history.subList(0, cut));
      fromSnapshots.add(Contract.replay(snapshot, history.subList(cut, history.size())));
    }
    List<Contract> replayed = contracts(histories);
    assertEquals(replayed, fromSnapshots);
    assertEquals(
        Orders.in(period, CNY).compute(replayed), Orders.in(period, CNY).compute(fromSnapshots));
  }

  @Property(tries = 60)
  @Label("adjacent periods add up, and without reductions a longer period books no less")
  void adjacentPeriodsAddUp(
      @ForAll @Size(max = 10) List<@From("specs") ContractSpec> specs,
      @ForAll @IntRange(min = 0, max = 150) int first,
      @ForAll @IntRange(min = 0, max = 150) int second) {
    List<Contract> contracts = contracts(histories(specs));
    ReportingPeriod one = days(0, first);
    ReportingPeriod two = days(first, first + second);
    ReportingPeriod both = days(0, first + second);
    Money whole = Orders.in(both, CNY).compute(contracts);
    assertEquals(
        Orders.in(one, CNY).compute(contracts).plus(Orders.in(two, CNY).compute(contracts)), whole);
    List<Contract> raisesOnly = new ArrayList<>();
    for (int i = 0; i < specs.size(); i++) {
      ContractSpec spec = specs.get(i);
      if (spec.finalValue() >= spec.value()) {
        raisesOnly.add(contracts.get(i));
      }
    }
    Money shorter = Orders.in(one, CNY).compute(raisesOnly);
    assertTrue(!shorter.isNegative());
    assertTrue(!shorter.isGreaterThan(Orders.in(both, CNY).compute(raisesOnly)));
  }
}
