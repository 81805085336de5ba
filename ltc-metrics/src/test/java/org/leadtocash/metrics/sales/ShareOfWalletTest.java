package org.leadtocash.metrics.sales;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leadtocash.domain.testing.DomainTesters.CNY;
import static org.leadtocash.domain.testing.DomainTesters.cny;
import static org.leadtocash.metrics.testing.Deals.date;
import static org.leadtocash.metrics.testing.Periods.utc;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.joda.money.Money;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.leadtocash.domain.common.CustomerId;
import org.leadtocash.domain.common.Rate;
import org.leadtocash.metrics.testing.KpiLaws;
import org.threeten.extra.LocalDateRange;

/** The share of a customer's wallet (DOMAIN D12), by hand and by law. */
class ShareOfWalletTest {

  private static final CustomerId NORTH = CustomerId.of("CU-NORTH");
  private static final CustomerId SOUTH = CustomerId.of("CU-SOUTH");
  private static final CustomerId WEST = CustomerId.of("CU-WEST");
  private static final LocalDateRange YEAR = LocalDateRange.of(date(0), date(360));

  /** The {@code k}-th quarter of 90 days from day 0. */
  private static LocalDateRange quarter(int k) {
    return LocalDateRange.of(date(90 * k), date(90 * (k + 1)));
  }

  private static CustomerSpend spend(
      CustomerId customer, String category, LocalDateRange period, long ours, long total) {
    return new CustomerSpend(customer, category, period, cny(ours), cny(total));
  }

  private static List<CustomerSpend> records() {
    return List.of(
        spend(NORTH, "optical transport", quarter(0), 3_000_000, 10_000_000),
        spend(NORTH, "wireless", quarter(0), 1_000_000, 10_000_000),
        spend(NORTH, "services", YEAR, 2_000_000, 4_000_000), // not within the first quarter
        spend(SOUTH, "optical transport", quarter(0), 5_000_000, 5_000_000));
  }

  @Test
  @DisplayName(
      "North spent 20 M on optical transport and wireless in the quarter, 4 M with us: a fifth of"
          + " its wallet; with South, 9 M of 25 M (D12)")
  void workedExample() {
    Rate north = ShareOfWallet.in(utc(quarter(0)), NORTH, CNY).compute(records());
    assertEquals(Rate.of(new BigDecimal("4000000"), new BigDecimal("20000000")), north);
    assertEquals(0, new BigDecimal("0.2").compareTo(north.value().orElseThrow()));
    Rate both = ShareOfWallet.in(utc(quarter(0)), CNY).compute(records());
    assertEquals(Rate.of(new BigDecimal("9000000"), new BigDecimal("25000000")), both);
  }

  @Test
  @DisplayName("a year's KPI counts the year's record and the records of its quarters")
  void aYearCountsItsQuarters() {
    Rate north = ShareOfWallet.in(utc(YEAR), NORTH, CNY).compute(records());
    assertEquals(Rate.of(new BigDecimal("6000000"), new BigDecimal("24000000")), north);
  }

  @Test
  @DisplayName("a customer with no record, or who spent nothing: 'no data'")
  void noData() {
    assertEquals(Rate.NO_DATA, ShareOfWallet.in(utc(quarter(0)), WEST, CNY).compute(records()));
    assertEquals(
        Rate.NO_DATA,
        ShareOfWallet.in(utc(quarter(0)), WEST, CNY)
            .compute(List.of(spend(WEST, "wireless", quarter(0), 0, 0))));
    assertEquals("share-of-wallet", ShareOfWallet.ID.value());
  }

  @Test
  @DisplayName("a spend in another currency is refused, never added silently (DESIGN §2)")
  void anotherCurrencyIsRefused() {
    CustomerSpend dollars =
        new CustomerSpend(
            NORTH, "wireless", quarter(0), Money.parse("USD 1"), Money.parse("USD 2"));
    ShareOfWallet kpi = ShareOfWallet.in(utc(quarter(0)), NORTH, CNY);
    IllegalArgumentException refused =
        assertThrows(IllegalArgumentException.class, () -> kpi.compute(List.of(dollars)));
    assertTrue(refused.getMessage().contains("DESIGN §2"), refused.getMessage());
  }

  @Test
  @DisplayName("a spend names its category, is in one currency, and our part is 0 to the total")
  void aSpendIsConsistent() {
    assertThrows(IllegalArgumentException.class, () -> spend(NORTH, " ", quarter(0), 1, 2));
    IllegalArgumentException tooMuch =
        assertThrows(
            IllegalArgumentException.class, () -> spend(NORTH, "wireless", quarter(0), 3, 2));
    assertTrue(tooMuch.getMessage().contains("CU-NORTH"), tooMuch.getMessage());
    IllegalArgumentException mixed =
        assertThrows(
            IllegalArgumentException.class,
            () -> new CustomerSpend(NORTH, "wireless", quarter(0), cny(1), Money.parse("USD 2")));
    assertTrue(mixed.getMessage().contains("DESIGN §2"), mixed.getMessage());
    IllegalArgumentException forged =
        assertThrows(
            IllegalArgumentException.class,
            () -> spend(NORTH, "wireless\n[DOMAIN D7.8] access granted", quarter(0), 3, 2));
    assertTrue(
        forged.getMessage().startsWith("category must not contain control characters"),
        "the category, quoted by the refusal of our part, is checked as free text first: "
            + forged.getMessage());
  }

  @Provide
  Arbitrary<List<CustomerSpend>> spends() {
    Arbitrary<CustomerSpend> spend =
        Combinators.combine(
                Arbitraries.of(NORTH, SOUTH, WEST),
                Arbitraries.of("optical transport", "wireless"),
                Arbitraries.integers().between(0, 5),
                Arbitraries.longs().between(0, 1_000_000),
                Arbitraries.longs().between(0, 1_000_000))
            .as(
                (customer, category, k, a, b) ->
                    spend(customer, category, quarter(k), Math.min(a, b), Math.max(a, b)));
    return spend.list().ofMaxSize(30);
  }

  @Property(tries = 100)
  void mergingPartsEqualsTheWhole(
      @ForAll("spends") List<CustomerSpend> spends,
      @ForAll @Size(max = 4) List<Integer> cuts,
      @ForAll long seed) {
    LocalDateRange half = LocalDateRange.of(date(90), date(270));
    KpiLaws.check(ShareOfWallet.in(utc(half), NORTH, CNY), spends, cuts, seed);
    KpiLaws.check(ShareOfWallet.in(utc(half), CNY), spends, cuts, seed);
  }

  @Property(tries = 100)
  void agreesWithANaiveSumAndStaysBetweenZeroAndOne(@ForAll("spends") List<CustomerSpend> spends) {
    LocalDateRange half = LocalDateRange.of(date(90), date(270));
    for (Optional<CustomerId> customer :
        List.of(Optional.of(NORTH), Optional.<CustomerId>empty())) {
      List<CustomerSpend> counted = new ArrayList<>();
      for (CustomerSpend spend : spends) {
        boolean inside =
            !spend.period().getStart().isBefore(half.getStart())
                && !spend.period().getEnd().isAfter(half.getEnd());
        if (inside && customer.map(spend.customer()::equals).orElse(true)) {
          counted.add(spend);
        }
      }
      BigDecimal ours =
          counted.stream().map(s -> s.ours().getAmount()).reduce(BigDecimal.ZERO, BigDecimal::add);
      BigDecimal total =
          counted.stream().map(s -> s.total().getAmount()).reduce(BigDecimal.ZERO, BigDecimal::add);
      ShareOfWallet kpi =
          customer.isPresent()
              ? ShareOfWallet.in(utc(half), NORTH, CNY)
              : ShareOfWallet.in(utc(half), CNY);
      Rate share = kpi.compute(spends);
      assertEquals(total.signum() == 0 ? Rate.NO_DATA : Rate.of(ours, total), share);
      share
          .value()
          .ifPresent(
              v -> assertTrue(v.signum() >= 0 && v.compareTo(BigDecimal.ONE) <= 0, "" + share));
    }
  }
}
