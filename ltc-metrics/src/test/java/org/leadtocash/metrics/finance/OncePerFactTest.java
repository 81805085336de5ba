package org.leadtocash.metrics.finance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.leadtocash.domain.testing.DomainTesters.CNY;
import static org.leadtocash.domain.testing.DomainTesters.cny;
import static org.leadtocash.metrics.finance.Contracts.changed;
import static org.leadtocash.metrics.finance.Contracts.signed;
import static org.leadtocash.metrics.finance.Mentions.assertMentions;
import static org.leadtocash.metrics.testing.Periods.days;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.joda.money.Money;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.leadtocash.domain.contract.Contract;
import org.leadtocash.domain.contract.ContractEvent;
import org.leadtocash.metrics.OncePerFact;
import org.leadtocash.metrics.ReportingPeriod;
import org.leadtocash.metrics.finance.Contracts.ContractSpec;
import org.leadtocash.metrics.testing.KpiLaws;

/**
 * Orders and revenue count each fact once under a host's at-least-once delivery (DOMAIN D12, D5.1,
 * D5.2): the same contract state twice, or an older state after a newer one, counts once, at the
 * latest version.
 */
class OncePerFactTest {

  private static final ReportingPeriod JANUARY = days(0, 31);

  @Test
  @DisplayName(
      "a CNY 100 contract delivered twice is CNY 100 of orders, not 200, once counted once per"
          + " fact (DOMAIN D12)")
  void theSameContractTwiceCountsOnce() {
    Contract contract = signed("A", 100, 3).state();
    List<Contract> delivered = List.of(contract, contract);
    // Orders counts every state it is given: the duplicate is the host's to remove ...
    assertEquals(cny(200), Orders.in(JANUARY, CNY).compute(delivered));
    // ... or, delivered at least once, each contract counts once
    assertEquals(cny(100), OncePerFact.of(Orders.in(JANUARY, CNY)).compute(delivered));
  }

  @Test
  @DisplayName(
      "the signature replayed after a raise counts the contract at its latest version: 100 signed"
          + " + 20 raised, not 100 + 20 + 100 (DOMAIN D5.2, D12)")
  void anOlderStateAfterANewerOneIsIgnored() {
    Contract signedOnly = signed("B", 100, 3).state();
    Contract raised = changed(signed("B", 100, 3), 120, 10).state();
    OncePerFact<Contract, Money> orders = OncePerFact.of(Orders.in(JANUARY, CNY));
    assertEquals(cny(120), orders.compute(List.of(signedOnly, raised, signedOnly, raised)));
    assertEquals(cny(120), orders.compute(List.of(raised, signedOnly)));
    assertEquals(cny(220), Orders.in(JANUARY, CNY).compute(List.of(raised, signedOnly)));
  }

  @Test
  @DisplayName(
      "two different states of one contract at one version are refused, naming the contract and"
          + " the version (DESIGN §2)")
  void contradictoryStatesAreRefused() {
    Contract one = signed("C", 100, 3).state();
    Contract other = signed("C", 300, 3).state();
    OncePerFact<Contract, Money> orders = OncePerFact.of(Orders.in(JANUARY, CNY));
    IllegalArgumentException refused =
        assertThrows(IllegalArgumentException.class, () -> orders.compute(List.of(one, other)));
    assertMentions(refused.getMessage(), "C", "version " + one.version(), "two different states");
  }

  @Test
  @DisplayName("counting once keeps the wrapped KPI's definition (DOMAIN D12)")
  void keepsTheDefinition() {
    Orders orders = Orders.in(JANUARY, CNY);
    assertEquals(orders.definition(), OncePerFact.of(orders).definition());
    assertEquals(orders, OncePerFact.of(orders).counted());
    assertThrows(NullPointerException.class, () -> OncePerFact.of(null));
  }

  // ---------------------------------------------------------------- properties

  @Provide
  Arbitrary<ContractSpec> specs() {
    return Contracts.specs();
  }

  /** Every state each contract went through: its history's prefixes replayed. */
  private static List<Contract> everyState(List<ContractSpec> specs) {
    List<Contract> states = new ArrayList<>();
    for (ContractSpec spec : specs) {
      List<ContractEvent> events = Contracts.build(spec).events();
      for (int n = 1; n <= events.size(); n++) {
        states.add(Contract.replay(events.subList(0, n)));
      }
    }
    return states;
  }

  private static List<Contract> latest(List<ContractSpec> specs) {
    return specs.stream().map(s -> Contract.replay(Contracts.build(s).events())).toList();
  }

  /** The states, each repeated up to three times, shuffled: duplicates and stale versions. */
  private static List<Contract> atLeastOnce(List<Contract> states, long seed) {
    Random random = new Random(seed);
    List<Contract> delivered = new ArrayList<>();
    for (Contract state : states) {
      int times = 1 + random.nextInt(3);
      for (int i = 0; i < times; i++) {
        delivered.add(state);
      }
    }
    Collections.shuffle(delivered, random);
    return delivered;
  }

  @Property(tries = 60)
  @Label(
      "orders over any at-least-once delivery, duplicates and stale versions shuffled in, equal"
          + " orders over each contract's latest state once")
  void ordersCountEachContractOnce(
      @ForAll @Size(max = 8) List<@From("specs") ContractSpec> generated,
      @ForAll long seed,
      @ForAll @IntRange(min = 0, max = 150) int from,
      @ForAll @IntRange(min = 0, max = 150) int days) {
    ReportingPeriod period = days(from, from + days);
    List<ContractSpec> specs = unique(generated);
    List<Contract> delivered = atLeastOnce(everyState(specs), seed);
    assertEquals(
        Orders.in(period, CNY).compute(latest(specs)),
        OncePerFact.of(Orders.in(period, CNY)).compute(delivered));
    assertEquals(
        Revenue.in(period, CNY).compute(latest(specs)),
        OncePerFact.of(Revenue.in(period, CNY)).compute(delivered));
  }

  @Property(tries = 40)
  @Label("counting once is a KPI: any split of a delivery, merged in any order, gives the whole")
  void mergingPartsEqualsTheWhole(
      @ForAll @Size(max = 6) List<@From("specs") ContractSpec> specs,
      @ForAll @Size(max = 4) List<Integer> cuts,
      @ForAll long seed) {
    KpiLaws.check(
        OncePerFact.of(Orders.in(JANUARY, CNY)),
        atLeastOnce(everyState(unique(specs)), seed),
        cuts,
        seed);
  }

  /** Keeps the first spec of each contract id: generated ids may repeat. */
  private static List<ContractSpec> unique(List<ContractSpec> specs) {
    java.util.Map<String, ContractSpec> first = new java.util.LinkedHashMap<>();
    specs.forEach(spec -> first.putIfAbsent(spec.id(), spec));
    return List.copyOf(first.values());
  }
}
