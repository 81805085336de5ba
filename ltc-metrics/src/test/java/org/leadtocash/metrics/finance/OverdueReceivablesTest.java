package org.leadtocash.metrics.finance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.leadtocash.domain.testing.DomainTesters.CNY;
import static org.leadtocash.domain.testing.DomainTesters.cny;
import static org.leadtocash.metrics.finance.Contracts.date;
import static org.leadtocash.metrics.finance.Mentions.assertMentions;
import static org.leadtocash.metrics.finance.RevenueTest.contract;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
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
import org.leadtocash.domain.common.Rate;
import org.leadtocash.domain.contract.AgeingBucket;
import org.leadtocash.domain.contract.Contract;
import org.leadtocash.domain.contract.Invoice;
import org.leadtocash.domain.contract.Payment;
import org.leadtocash.metrics.finance.Contracts.ContractSpec;
import org.leadtocash.metrics.finance.Contracts.InvoiceSpec;
import org.leadtocash.metrics.testing.KpiLaws;

/** Overdue receivables and their ageing (DOMAIN D12, D5.3), by hand and under the KPI laws. */
class OverdueReceivablesTest {

  private static final LocalDate AS_OF = date(100);

  @Test
  @DisplayName("as of day 100, 5.5 M of the 6.5 M outstanding is overdue, aged into its buckets")
  void workedExample() {
    List<Contract> contracts =
        List.of(
            contract(
                "A",
                10_000_000,
                new InvoiceSpec(3_000_000, 60, 30, 0, 0), // due day 90: 10 days overdue
                new InvoiceSpec(2_000_000, 0, 30, 500_000, 10), // due day 30: 70 days, 1.5 M left
                new InvoiceSpec(1_000_000, 90, 30, 0, 0)), // due day 120: current
            contract(
                "B",
                9_000_000,
                new InvoiceSpec(2_000_000, 0, 5, 2_000_000, 10), // settled
                new InvoiceSpec(1_000_000, 0, 0, 0, 0), // due day 0: 100 days overdue
                new InvoiceSpec(2_000_000, 101, 0, 0, 0))); // issued after the date
    ReceivablesAgeing ageing = OverdueReceivables.asOf(AS_OF, CNY).compute(contracts);
    assertEquals(cny(1_000_000), ageing.outstanding(AgeingBucket.CURRENT));
    assertEquals(cny(3_000_000), ageing.outstanding(AgeingBucket.DAYS_1_30));
    assertEquals(cny(0), ageing.outstanding(AgeingBucket.DAYS_31_60));
    assertEquals(cny(1_500_000), ageing.outstanding(AgeingBucket.DAYS_61_90));
    assertEquals(cny(1_000_000), ageing.outstanding(AgeingBucket.OVER_90));
    assertEquals(cny(5_500_000), ageing.overdue());
    assertEquals(cny(6_500_000), ageing.outstanding());
    assertEquals(Rate.of(5_500_000, 6_500_000), ageing.overdueShare());
    assertEquals(List.of(AgeingBucket.values()), List.copyOf(ageing.byBucket().keySet()));
  }

  @Test
  @DisplayName("nothing outstanding is zero in every bucket and 'no data' as an overdue share")
  void empty() {
    OverdueReceivables kpi = OverdueReceivables.asOf(AS_OF, CNY);
    ReceivablesAgeing ageing = kpi.compute(List.of(contract("C", 1_000_000)));
    assertEquals(ReceivablesAgeing.zero(AS_OF, CNY), ageing);
    assertEquals(cny(0), ageing.overdue());
    assertFalse(ageing.overdueShare().isDefined());
    assertEquals("overdue-receivables", OverdueReceivables.ID.value());
  }

  @Test
  @DisplayName("ageings at two dates or in two currencies are not added; other currencies refused")
  void refusals() {
    ReceivablesAgeing day100 = ReceivablesAgeing.zero(AS_OF, CNY);
    IllegalArgumentException dates =
        assertThrows(
            IllegalArgumentException.class,
            () -> day100.plus(ReceivablesAgeing.zero(date(101), CNY)));
    assertMentions(dates.getMessage(), AS_OF.toString(), date(101).toString());
    assertThrows(
        IllegalArgumentException.class,
        () -> day100.plus(ReceivablesAgeing.zero(AS_OF, CurrencyUnit.USD)));
    Contract dollars = Contracts.drafted("U", Money.ofMajor(CurrencyUnit.USD, 1), 0).state();
    IllegalArgumentException refused =
        assertThrows(
            IllegalArgumentException.class,
            () -> OverdueReceivables.asOf(AS_OF, CNY).compute(List.of(dollars)));
    assertMentions(refused.getMessage(), "CNY", "USD", "DESIGN §2");
    Map<AgeingBucket, Money> missing = new EnumMap<>(AgeingBucket.class);
    missing.put(AgeingBucket.CURRENT, cny(1));
    assertThrows(IllegalArgumentException.class, () -> new ReceivablesAgeing(AS_OF, CNY, missing));
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
    KpiLaws.check(OverdueReceivables.asOf(AS_OF, CNY), contracts(specs), cuts, seed);
  }

  @Property(tries = 80)
  @Label("the ageing agrees with a naive one, invoice by invoice; overdue is within outstanding")
  void agreesWithNaiveAgeing(
      @ForAll @Size(max = 12) List<@From("specs") ContractSpec> specs,
      @ForAll @IntRange(min = 0, max = 300) int day) {
    LocalDate asOf = date(day);
    List<Contract> contracts = contracts(specs);
    Map<AgeingBucket, Money> expected = new EnumMap<>(AgeingBucket.class);
    for (AgeingBucket bucket : AgeingBucket.values()) {
      expected.put(bucket, cny(0));
    }
    for (Contract contract : contracts) {
      for (Invoice invoice : contract.invoices()) {
        if (invoice.issuedOn().isAfter(asOf)) {
          continue;
        }
        Money left = invoice.amount();
        for (Payment payment : invoice.payments()) {
          if (!payment.receivedOn().isAfter(asOf)) {
            left = left.minus(payment.amount());
          }
        }
        long late = Math.max(0, ChronoUnit.DAYS.between(invoice.dueOn(), asOf));
        AgeingBucket bucket =
            left.isZero() || late == 0
                ? AgeingBucket.CURRENT
                : late <= 30
                    ? AgeingBucket.DAYS_1_30
                    : late <= 60
                        ? AgeingBucket.DAYS_31_60
                        : late <= 90 ? AgeingBucket.DAYS_61_90 : AgeingBucket.OVER_90;
        expected.merge(bucket, left, Money::plus);
      }
    }
    ReceivablesAgeing ageing = OverdueReceivables.asOf(asOf, CNY).compute(contracts);
    assertEquals(expected, ageing.byBucket());
    assertFalse(ageing.overdue().isNegative());
    assertFalse(ageing.overdue().isGreaterThan(ageing.outstanding()));
    Money outstandingNow =
        contracts.stream().map(Contract::outstanding).reduce(cny(0), Money::plus);
    // every invoice and payment of the generated contracts lies before day 400
    assertEquals(
        outstandingNow, OverdueReceivables.asOf(date(400), CNY).compute(contracts).outstanding());
  }
}
