package org.leadtocash.metrics.finance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.leadtocash.domain.testing.DomainTesters.CNY;
import static org.leadtocash.domain.testing.DomainTesters.cny;
import static org.leadtocash.metrics.finance.Contracts.date;
import static org.leadtocash.metrics.finance.Mentions.assertMentions;
import static org.leadtocash.metrics.testing.Periods.days;

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
import org.leadtocash.domain.contract.Contract;
import org.leadtocash.domain.contract.Invoice;
import org.leadtocash.metrics.EmptyPopulation;
import org.leadtocash.metrics.ReportingPeriod;
import org.leadtocash.metrics.finance.Contracts.ContractSpec;
import org.leadtocash.metrics.finance.Contracts.InvoiceSpec;
import org.leadtocash.metrics.testing.KpiLaws;

/** Revenue as invoiced (DOMAIN D12, D5.3), worked by hand and under the KPI laws. */
class RevenueTest {

  private static final ReportingPeriod PERIOD = days(0, 31);

  static Contract contract(String id, long value, InvoiceSpec... invoices) {
    return Contracts.build(new ContractSpec(id, value, 0, Optional.empty(), 0, List.of(invoices)))
        .state();
  }

  @Test
  @DisplayName("revenue is what was invoiced in the period, paid or not (D5.3)")
  void workedExample() {
    List<Contract> contracts =
        List.of(
            contract(
                "A",
                10_000_000,
                new InvoiceSpec(3_000_000, 10, 30, 3_000_000, 5), // day 10: in
                new InvoiceSpec(2_000_000, 36, 30, 0, 0)), // day 36: after the period
            contract("B", 4_000_000, new InvoiceSpec(1_000_000, 30, 30, 0, 0)), // last day: in
            contract("C", 7_000_000)); // nothing invoiced
    assertEquals(cny(4_000_000), Revenue.in(PERIOD, CNY).compute(contracts));
  }

  @Test
  @DisplayName("nothing invoiced is zero revenue; the definition says revenue is invoicing")
  void empty() {
    Revenue revenue = Revenue.in(PERIOD, CNY);
    assertEquals(cny(0), revenue.compute(List.of(contract("C", 7_000_000))));
    assertEquals("revenue", Revenue.ID.value());
    assertEquals(EmptyPopulation.ZERO, revenue.definition().empty());
    assertMentions(revenue.definition().definition(), "invoices issued", "proxy");
  }

  @Test
  @DisplayName("a contract in another currency is refused")
  void otherCurrency() {
    Contract dollars = Contracts.drafted("U", Money.ofMajor(CurrencyUnit.USD, 1_000), 0).state();
    IllegalArgumentException refused =
        assertThrows(
            IllegalArgumentException.class,
            () -> Revenue.in(PERIOD, CNY).compute(List.of(dollars)));
    assertMentions(refused.getMessage(), "CNY", "USD", "contract U", "DESIGN §2");
  }

  // ---------------------------------------------------------------- properties

  @Provide
  Arbitrary<ContractSpec> specs() {
    return Contracts.specs();
  }

  private static List<Contract> contracts(List<ContractSpec> specs) {
    return specs.stream().map(s -> Contracts.build(s).state()).toList();
  }

  @Property(tries = 60)
  void mergingPartsEqualsTheWhole(
      @ForAll @Size(max = 12) List<@From("specs") ContractSpec> specs,
      @ForAll @Size(max = 4) List<Integer> cuts,
      @ForAll long seed) {
    KpiLaws.check(Revenue.in(PERIOD, CNY), contracts(specs), cuts, seed);
  }

  @Property(tries = 60)
  @Label(
      "revenue agrees with a naive sum of the invoices, is not negative, and never exceeds value")
  void agreesWithNaiveSum(
      @ForAll @Size(max = 12) List<@From("specs") ContractSpec> specs,
      @ForAll @IntRange(min = 0, max = 200) int from,
      @ForAll @IntRange(min = 0, max = 200) int days) {
    ReportingPeriod period = days(from, from + days + 1);
    List<Contract> contracts = contracts(specs);
    Money expected =
        contracts.stream()
            .flatMap(c -> c.invoices().stream())
            .filter(
                i -> !i.issuedOn().isBefore(date(from)) && !i.issuedOn().isAfter(date(from + days)))
            .map(Invoice::amount)
            .reduce(cny(0), Money::plus);
    Money revenue = Revenue.in(period, CNY).compute(contracts);
    assertEquals(expected, revenue);
    assertFalse(revenue.isNegative());
    Money value = contracts.stream().map(Contract::value).reduce(cny(0), Money::plus);
    assertFalse(revenue.isGreaterThan(value), "invoiced never exceeds the contract value (D5.3)");
  }

  @Property(tries = 60)
  @Label("revenue of adjacent periods adds up to the revenue of both")
  void adjacentPeriodsAddUp(
      @ForAll @Size(max = 12) List<@From("specs") ContractSpec> specs,
      @ForAll @IntRange(min = 0, max = 200) int first,
      @ForAll @IntRange(min = 0, max = 200) int second) {
    List<Contract> contracts = contracts(specs);
    ReportingPeriod one = days(0, first);
    ReportingPeriod two = days(first, first + second);
    ReportingPeriod both = days(0, first + second);
    assertEquals(
        Revenue.in(both, CNY).compute(contracts),
        Revenue.in(one, CNY).compute(contracts).plus(Revenue.in(two, CNY).compute(contracts)));
  }
}
