package org.leadtocash.metrics.sales;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.leadtocash.metrics.testing.Deals.OTHER;
import static org.leadtocash.metrics.testing.Deals.RIVAL;
import static org.leadtocash.metrics.testing.Deals.day;
import static org.leadtocash.metrics.testing.Periods.days;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.leadtocash.domain.common.Rate;
import org.leadtocash.domain.opportunity.Opportunity;
import org.leadtocash.metrics.ReportingPeriod;
import org.leadtocash.metrics.testing.Deals;

/** The opportunity win rate, project success rate (DOMAIN D12, D3.5), by hand and by law. */
class WinRateTest {

  private static final ReportingPeriod JANUARY = days(0, 31);

  private static Opportunity won(int n, int day) {
    return Deals.open(n, day - 3, 1_000_000)
        .passAti(day - 2)
        .passAtb(day - 1)
        .win(day)
        .opportunity();
  }

  private static Opportunity lost(int n, int day) {
    return Deals.open(n, 0, 1_000_000).competitors(0, RIVAL).lose(RIVAL, day).opportunity();
  }

  @Test
  @DisplayName(
      "January: won on days 5 and 20, lost on day 10 — 2/3; abandoned, cancelled, open and"
          + " February's win are not counted (D3.5)")
  void workedExample() {
    List<Opportunity> opportunities =
        List.of(
            won(1, 5),
            won(2, 20),
            lost(3, 10),
            Deals.open(4, 0, 1_000_000).abandon(12).opportunity(),
            Deals.open(5, 0, 1_000_000).cancel(15).opportunity(),
            Deals.open(6, 0, 1_000_000).opportunity(),
            won(7, 40));
    assertEquals(Rate.of(2, 3), WinRate.in(JANUARY).compute(opportunities));
  }

  @Test
  @DisplayName("a loss to any competitor counts; the period is half-open")
  void lossesToAnyCompetitorAndHalfOpenPeriod() {
    Opportunity lostToOther =
        Deals.open(1, 0, 1_000).competitors(0, RIVAL, OTHER).lose(OTHER, 30).opportunity();
    Opportunity wonAtTheEnd = won(2, 31); // day 31 is the period's exclusive end
    Opportunity wonAtTheStart = won(3, 0);
    assertEquals(
        Rate.of(1, 2),
        WinRate.in(JANUARY).compute(List.of(lostToOther, wonAtTheEnd, wonAtTheStart)));
  }

  @Test
  @DisplayName("only abandoned and cancelled opportunities: 'no data', not zero")
  void noDecidedOpportunity() {
    Rate rate =
        WinRate.in(JANUARY)
            .compute(
                List.of(
                    Deals.open(1, 0, 1_000).abandon(3).opportunity(),
                    Deals.open(2, 0, 1_000).cancel(4).opportunity()));
    assertFalse(rate.isDefined());
    assertEquals(Rate.NO_DATA, rate);
    assertEquals("win-rate", WinRate.ID.value());
    assertEquals(WinRate.ID, WinRate.in(JANUARY).definition().id());
  }
}
