package org.leadtocash.metrics.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.leadtocash.domain.testing.DomainTesters.cny;
import static org.leadtocash.metrics.testing.Deals.open;
import static org.leadtocash.metrics.testing.Periods.days;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.leadtocash.domain.common.Rate;
import org.leadtocash.domain.opportunity.AwardSplit;
import org.leadtocash.domain.opportunity.Opportunity;
import org.leadtocash.metrics.testing.Deals;

/**
 * The columnar sales book read exactly (DOMAIN D12, D1.6): its size and decisions, a lost deal's
 * award split, the currencies it keeps, and its limit of 127 currencies.
 */
class SalesBookResultsTest {

  private static final SalesWatch WATCH = SalesWatch.in(days(0, 60), cny(10_000_000));

  @Test
  @DisplayName(
      "DOMAIN D12: five deals with three gate decisions (two of deal 1, one of deal 4) make a book"
          + " of 5 and 3")
  void sizeAndDecisions() {
    SalesBook book = SalesBook.of(SalesWatchTest.quarter());
    assertEquals(5, book.size());
    assertEquals(3, book.decisions());
  }

  @Test
  @DisplayName(
      "DOMAIN D12: a lost deal's award split counts in the market share: 6 M won of 10 plus 1 M"
          + " of 5 lost is 7 M of 15 M")
  void aLostSplitCounts() {
    List<Opportunity> deals = new ArrayList<>(SalesWatchTest.quarter());
    deals.set(
        1,
        open(2, 2, 5_000_000)
            .competitors(2, Deals.RIVAL)
            .lose(
                Deals.RIVAL,
                40,
                AwardSplit.builder()
                    .ours(cny(1_000_000))
                    .putCompetitor(Deals.RIVAL, cny(4_000_000))
                    .build())
            .opportunity());
    SalesHealth health = WATCH.result(WATCH.over(SalesBook.of(deals)));
    // the won deal's split 6 M of 10 M, plus the lost deal's 1 M of 1 M + 4 M
    assertEquals(
        Rate.of(new BigDecimal("7000000.00"), new BigDecimal("15000000.00")), health.marketShare());
    assertEquals(WATCH.compute(deals), health);
  }

  @Test
  @DisplayName(
      "DESIGN §2: a dollar deal signing outside the watch is kept beside yuan deals; one signing"
          + " inside a yuan watch is refused, naming the amount")
  void currenciesAreKeptApart() {
    Opportunity dollarsLater =
        open(9, 5, Money.of(CurrencyUnit.USD, 100_000)).forecast(5, 80, 50).opportunity();
    List<Opportunity> deals = new ArrayList<>(List.of(dollarsLater));
    deals.addAll(SalesWatchTest.quarter());
    assertEquals(WATCH.compute(deals), WATCH.result(WATCH.over(SalesBook.of(deals))));
    Opportunity dollarsNow =
        open(9, 5, Money.of(CurrencyUnit.USD, 100_000)).forecast(5, 20, 50).opportunity();
    IllegalArgumentException refused =
        assertThrows(
            IllegalArgumentException.class, () -> WATCH.over(SalesBook.of(List.of(dollarsNow))));
    assertEquals(
        "a KPI in CNY never adds USD 100000.00 silently (DESIGN §2)", refused.getMessage());
  }

  @Test
  @DisplayName("a book holds deals in 127 currencies; a 128th currency is refused")
  void atMost127Currencies() {
    List<Opportunity> deals = new ArrayList<>();
    for (CurrencyUnit currency : CurrencyUnit.registeredCurrencies()) {
      if (currency.getDecimalPlaces() >= 0 && deals.size() < 128) {
        deals.add(open(deals.size() + 1, 1, Money.ofMajor(currency, 1)).opportunity());
      }
    }
    assertEquals(128, deals.size());
    assertEquals(127, SalesBook.of(deals.subList(0, 127)).size());
    IllegalArgumentException refused =
        assertThrows(IllegalArgumentException.class, () -> SalesBook.of(deals));
    assertEquals("a sales book holds at most 127 currencies", refused.getMessage());
  }
}
