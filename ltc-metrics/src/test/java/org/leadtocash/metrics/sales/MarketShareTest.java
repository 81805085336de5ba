package org.leadtocash.metrics.sales;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leadtocash.domain.testing.DomainTesters.CNY;
import static org.leadtocash.domain.testing.DomainTesters.cny;
import static org.leadtocash.metrics.testing.Deals.OTHER;
import static org.leadtocash.metrics.testing.Deals.RIVAL;
import static org.leadtocash.metrics.testing.Deals.day;
import static org.leadtocash.metrics.testing.Periods.days;

import java.math.BigDecimal;
import java.util.List;
import org.joda.money.Money;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.leadtocash.domain.common.Rate;
import org.leadtocash.domain.opportunity.AwardSplit;
import org.leadtocash.domain.opportunity.Opportunity;
import org.leadtocash.metrics.ReportingPeriod;
import org.leadtocash.metrics.testing.Deals;

/** Market share from the award splits (DOMAIN D12, D3.5), by hand and by law. */
class MarketShareTest {

  static final ReportingPeriod JANUARY = days(0, 31);
  static final ReportingPeriod DAYS_10_TO_70 = days(10, 70);

  static Opportunity wonWith(int n, int day, AwardSplit split) {
    return Deals.open(n, 0, 1_000_000)
        .competitors(0, RIVAL, OTHER)
        .passAti(1)
        .passAtb(2)
        .win(day, split)
        .opportunity();
  }

  static Opportunity lostWith(int n, int day, AwardSplit split) {
    return Deals.open(n, 0, 1_000_000)
        .competitors(0, RIVAL, OTHER)
        .lose(RIVAL, day, split)
        .opportunity();
  }

  static AwardSplit split(long ours, long rival, long other) {
    return AwardSplit.builder()
        .ours(cny(ours))
        .putCompetitor(RIVAL, cny(rival))
        .putCompetitor(OTHER, cny(other))
        .build();
  }

  /** January: we took 6 M of a 10 M tender and 2 M of another 10 M one; 8 M of 20 M awarded. */
  static List<Opportunity> january() {
    return List.of(
        wonWith(1, 5, split(6_000_000, 3_000_000, 1_000_000)),
        lostWith(2, 9, split(2_000_000, 8_000_000, 0)),
        Deals.open(3, 0, 1_000_000).passAti(1).passAtb(2).win(12).opportunity(), // split unknown
        Deals.open(4, 0, 1_000_000).competitors(0, RIVAL).lose(RIVAL, 14).opportunity(),
        Deals.open(5, 0, 1_000_000).abandon(15).opportunity(),
        Deals.open(6, 0, 1_000_000).opportunity(),
        wonWith(7, 40, split(9_000_000, 0, 0))); // February
  }

  @Test
  @DisplayName(
      "8 M of the 20 M awarded in January's tenders with a known split: a share of 2/5 (D12,"
          + " D3.5)")
  void workedExample() {
    Rate share = MarketShare.in(JANUARY, CNY).compute(january());
    assertEquals(Rate.of(new BigDecimal("8000000"), new BigDecimal("20000000")), share);
    assertEquals(0, new BigDecimal("0.4").compareTo(share.value().orElseThrow()));
  }

  @Test
  @DisplayName("no split known in the period: 'no data'")
  void noData() {
    assertEquals(Rate.NO_DATA, MarketShare.in(DAYS_10_TO_70, CNY).compute(List.of()));
    assertEquals("market-share", MarketShare.ID.value());
  }

  @Test
  @DisplayName("a split in another currency is refused, never added silently (DESIGN §2)")
  void anotherCurrencyIsRefused() {
    Opportunity dollars =
        Deals.open(1, 0, Money.parse("USD 1000"))
            .competitors(0, RIVAL)
            .lose(
                RIVAL,
                5,
                AwardSplit.builder()
                    .ours(Money.parse("USD 0"))
                    .putCompetitor(RIVAL, Money.parse("USD 1000"))
                    .build())
            .opportunity();
    MarketShare kpi = MarketShare.in(JANUARY, CNY);
    IllegalArgumentException refused =
        assertThrows(IllegalArgumentException.class, () -> kpi.compute(List.of(dollars)));
    assertTrue(refused.getMessage().contains("DESIGN §2"), refused.getMessage());
  }
}
