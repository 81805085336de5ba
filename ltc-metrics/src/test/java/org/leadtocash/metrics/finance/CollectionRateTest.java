package org.leadtocash.metrics.finance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leadtocash.domain.testing.DomainTesters.CNY;
import static org.leadtocash.metrics.finance.Contracts.date;
import static org.leadtocash.metrics.finance.Mentions.assertMentions;
import static org.leadtocash.metrics.finance.RevenueTest.contract;
import static org.leadtocash.metrics.testing.Periods.days;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
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
import org.leadtocash.domain.common.Rate;
import org.leadtocash.domain.contract.Contract;
import org.leadtocash.domain.contract.Invoice;
import org.leadtocash.domain.contract.Payment;
import org.leadtocash.metrics.EmptyPopulation;
import org.leadtocash.metrics.ReportingPeriod;
import org.leadtocash.metrics.finance.Contracts.ContractSpec;
import org.leadtocash.metrics.finance.Contracts.InvoiceSpec;
import org.leadtocash.metrics.testing.KpiLaws;
import org.threeten.extra.LocalDateRange;

/** The collection rate (回款率, DOMAIN D12, D5.3), worked by hand and under the KPI laws. */
class CollectionRateTest {

  /** Days 20 to 49. */
  private static final ReportingPeriod PERIOD = days(20, 50);

  private static List<Contract> worked() {
    return List.of(
        contract(
            "A",
            10_000_000,
            new InvoiceSpec(3_000_000, 0, 25, 3_000_000, 15), // due day 25, paid in full day 15
            new InvoiceSpec(2_000_000, 10, 20, 1_000_000, 30), // due day 30, half paid day 40
            new InvoiceSpec(1_000_000, 40, 30, 1_000_000, 5)), // due day 70: not in the period
        contract(
            "B",
            9_000_000,
            new InvoiceSpec(5_000_000, 5, 40, 0, 0), // due day 45, not even confirmed
            new InvoiceSpec(2_000_000, 30, 19, 2_000_000, 30))); // due day 49, paid day 60: late
  }

  @Test
  @DisplayName("of the 12 M due in the period, 4 M came in by its last day: 4/12 (D5.3)")
  void workedExample() {
    Rate rate = CollectionRate.in(PERIOD, CNY).compute(worked());
    assertEquals(Rate.of(4_000_000, 12_000_000), rate);
  }

  @Test
  @DisplayName("by a later date the late payment counts too: 6/12")
  void laterAsOf() {
    Rate rate = CollectionRate.in(PERIOD, date(60), CNY).compute(worked());
    assertEquals(Rate.of(6_000_000, 12_000_000), rate);
  }

  @Test
  @DisplayName("an invoice issued after the as-of date is not yet in the population")
  void notYetIssued() {
    // B's second invoice is issued on day 30: as of day 29 only 10 M is due, 3 M of it paid
    Rate rate = CollectionRate.in(PERIOD, date(29), CNY).compute(worked());
    assertEquals(Rate.of(3_000_000, 10_000_000), rate);
  }

  @Test
  @DisplayName("no invoice due in the period is 'no data', not zero")
  void empty() {
    CollectionRate kpi = CollectionRate.in(PERIOD, CNY);
    Rate rate = kpi.compute(List.of(contract("C", 1_000_000)));
    assertFalse(rate.isDefined());
    assertEquals("collection-rate", CollectionRate.ID.value());
    assertEquals(EmptyPopulation.NO_DATA, kpi.definition().empty());
  }

  @Test
  @DisplayName("a period without an end has no last day to collect by; another currency is refused")
  void refusals() {
    IllegalArgumentException unbounded =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                CollectionRate.in(
                    ReportingPeriod.of(LocalDateRange.ofUnboundedEnd(date(0)), ZoneOffset.UTC),
                    CNY));
    assertMentions(unbounded.getMessage(), "needs a period with an end");
    Contract dollars = Contracts.drafted("U", Money.ofMajor(CurrencyUnit.USD, 1), 0).state();
    IllegalArgumentException refused =
        assertThrows(
            IllegalArgumentException.class,
            () -> CollectionRate.in(PERIOD, CNY).compute(List.of(dollars)));
    assertMentions(refused.getMessage(), "CNY", "USD", "DESIGN §2");
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
    KpiLaws.check(CollectionRate.in(PERIOD, CNY), contracts(specs), cuts, seed);
  }

  @Property(tries = 80)
  @Label(
      "the rate is in [0, 1], agrees with a naive count, and what is collected never falls as the"
          + " as-of date moves")
  void boundsReferenceAndMonotonicity(
      @ForAll @Size(max = 12) List<@From("specs") ContractSpec> specs,
      @ForAll @IntRange(min = 0, max = 200) int from,
      @ForAll @IntRange(min = 1, max = 120) int days,
      @ForAll @IntRange(min = 0, max = 200) int asOf,
      @ForAll @IntRange(min = 0, max = 100) int later) {
    List<Contract> contracts = contracts(specs);
    ReportingPeriod period = days(from, from + days);
    Rate rate = CollectionRate.in(period, date(asOf), CNY).compute(contracts);
    assertEquals(naive(contracts, date(from), date(from + days), date(asOf)), rate);
    rate.value()
        .ifPresent(
            v -> assertTrue(v.signum() >= 0 && v.compareTo(BigDecimal.ONE) <= 0, "in [0, 1]"));
    Rate laterRate = CollectionRate.in(period, date(asOf + later), CNY).compute(contracts);
    // the rate itself may fall later, when invoices due in the period are issued after the
    // as-of date; what has been collected never falls
    assertTrue(
        laterRate.numerator().compareTo(rate.numerator()) >= 0,
        () -> rate + " as of day " + asOf + ", " + laterRate + " later");
  }

  /** Counts invoice by invoice, and payment by payment. */
  private static Rate naive(
      List<Contract> contracts, LocalDate from, LocalDate until, LocalDate asOf) {
    BigDecimal paid = BigDecimal.ZERO;
    BigDecimal due = BigDecimal.ZERO;
    for (Contract contract : contracts) {
      for (Invoice invoice : contract.invoices()) {
        boolean inPopulation =
            invoice.dueOn().compareTo(from) >= 0
                && invoice.dueOn().compareTo(until) < 0
                && invoice.issuedOn().compareTo(asOf) <= 0;
        if (!inPopulation) {
          continue;
        }
        due = due.add(invoice.amount().getAmount());
        for (Payment payment : invoice.payments()) {
          if (payment.receivedOn().compareTo(asOf) <= 0) {
            paid = paid.add(payment.amount().getAmount());
          }
        }
      }
    }
    return due.signum() == 0 ? Rate.NO_DATA : Rate.of(paid, due);
  }
}
