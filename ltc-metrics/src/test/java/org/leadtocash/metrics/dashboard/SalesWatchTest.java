package org.leadtocash.metrics.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leadtocash.domain.testing.DomainTesters.cny;
import static org.leadtocash.metrics.testing.Deals.date;
import static org.leadtocash.metrics.testing.Deals.open;
import static org.leadtocash.metrics.testing.Periods.days;

import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.leadtocash.domain.common.Rate;
import org.leadtocash.domain.opportunity.AwardSplit;
import org.leadtocash.domain.opportunity.Opportunity;
import org.leadtocash.metrics.ReportingPeriod;
import org.leadtocash.metrics.Tally;
import org.leadtocash.metrics.sales.DecisionTimeliness;
import org.leadtocash.metrics.testing.Deals;
import org.threeten.extra.LocalDateRange;

/**
 * The sales-management-health watch (DOMAIN D1.6, D12): five KPIs in one pass, by opportunity or by
 * one scan of a {@link SalesBook}, with equal results.
 */
class SalesWatchTest {

  private static final ReportingPeriod FIRST_60_DAYS = days(0, 60);
  private static final SalesWatch WATCH = SalesWatch.in(FIRST_60_DAYS, cny(10_000_000));

  /**
   * Four deals opened in the first 60 days and one after: one won with a 6 M of 10 M award split,
   * one lost, one open and forecast to sign on day 50 at 40 %, one that only passed ATI.
   */
  static List<Opportunity> quarter() {
    return List.of(
        open(1, 1, 5_000_000)
            .competitors(1, Deals.RIVAL, Deals.OTHER)
            .passAti(10)
            .passAtb(20)
            .win(
                30,
                AwardSplit.builder()
                    .ours(cny(6_000_000))
                    .putCompetitor(Deals.RIVAL, cny(4_000_000))
                    .putCompetitor(Deals.OTHER, cny(0))
                    .build())
            .opportunity(),
        open(2, 2, 5_000_000).competitors(2, Deals.RIVAL).lose(Deals.RIVAL, 40).opportunity(),
        open(3, 3, 2_000_000).forecast(3, 50, 40).opportunity(),
        open(4, 4, 1_000_000).passAti(12).opportunity(),
        open(5, 70, 1_000_000).opportunity());
  }

  @Test
  @DisplayName(
      "one won of two decided, 4 opened → 2 ATI → 1 ATB → 1 won, 2 M (0.8 M weighted) of a 10 M"
          + " target, 6 M of 10 M awarded (D1.6, D12)")
  void workedExample() {
    SalesHealth health = WATCH.compute(quarter());
    assertEquals(Rate.of(1, 2), health.winRate());
    assertEquals(4, health.funnel().count(FunnelStage.OPENED));
    assertEquals(2, health.funnel().count(FunnelStage.ATI_PASSED));
    assertEquals(1, health.funnel().count(FunnelStage.ATB_PASSED));
    assertEquals(1, health.funnel().count(FunnelStage.WON));
    assertEquals(cny(2_000_000), health.coverage().pipeline());
    assertEquals(cny(800_000), health.coverage().weightedPipeline());
    assertEquals(
        Rate.of(new BigDecimal("6000000"), new BigDecimal("10000000")), health.marketShare());
    assertEquals(
        DecisionTimeliness.in(FIRST_60_DAYS).compute(quarter()), health.decisionTimeliness());
    assertTrue(health.decisionTimeliness().isDefined());
    assertEquals(health, WATCH.result(WATCH.over(SalesBook.of(quarter()))));
  }

  @Test
  @DisplayName("an amount in another currency is refused, by opportunity and by book, naming both")
  void anotherCurrencyIsRefused() {
    Money dollars = Money.of(CurrencyUnit.USD, 100_000);
    List<Opportunity> deals = new ArrayList<>(quarter());
    deals.add(open(9, 5, dollars).forecast(5, 20, 50).opportunity());
    IllegalArgumentException byOpportunity =
        assertThrows(IllegalArgumentException.class, () -> WATCH.compute(deals));
    IllegalArgumentException byBook =
        assertThrows(IllegalArgumentException.class, () -> WATCH.over(SalesBook.of(deals)));
    assertEquals(byOpportunity.getMessage(), byBook.getMessage());
    assertTrue(byBook.getMessage().contains("USD 100000.00"), byBook.getMessage());
    // outside the watched dates, the dollars are not counted and so not refused
    SalesWatch later = SalesWatch.in(days(80, 90), cny(1));
    assertEquals(later.compute(deals), later.result(later.over(SalesBook.of(deals))));
  }

  @Test
  @DisplayName("a watch needs bounded dates and a positive target")
  void badWatchesAreRefused() {
    ReportingPeriod unbounded =
        ReportingPeriod.of(LocalDateRange.ofUnboundedEnd(date(0)), ZoneOffset.UTC);
    IllegalArgumentException open =
        assertThrows(IllegalArgumentException.class, () -> SalesWatch.in(unbounded, cny(1)));
    assertEquals("a sales watch covers a bounded period, not " + unbounded, open.getMessage());
    ReportingPeriod unboundedStart =
        ReportingPeriod.of(LocalDateRange.ofUnboundedStart(date(60)), ZoneOffset.UTC);
    assertThrows(IllegalArgumentException.class, () -> SalesWatch.in(unboundedStart, cny(1)));
    IllegalArgumentException nothing =
        assertThrows(IllegalArgumentException.class, () -> SalesWatch.in(FIRST_60_DAYS, cny(0)));
    assertEquals("a target is positive, not CNY 0.00", nothing.getMessage());
    assertEquals(0, SalesBook.of(List.of()).size());
    assertEquals(WATCH.empty(), WATCH.over(SalesBook.of(List.of())));
  }

  /**
   * One opportunity's states as events move it on: opened and forecast, ATI passed, ATB passed,
   * then won or lost, with the days drawn from the seed.
   */
  static List<Opportunity> states(int n, long seed) {
    Random random = new Random(seed);
    int day = random.nextInt(50);
    Deals.Deal deal =
        open(n, day, 100_000L * (1 + random.nextInt(50)))
            .competitors(day, Deals.RIVAL)
            .forecast(day, day + random.nextInt(60), random.nextInt(101));
    List<Opportunity> states = new ArrayList<>(List.of(deal.opportunity()));
    states.add(deal.passAti(day += 1 + random.nextInt(10)).opportunity());
    states.add(deal.passAtb(day += 1 + random.nextInt(10)).opportunity());
    states.add(
        (random.nextBoolean()
                ? deal.win(day + 1 + random.nextInt(10))
                : deal.lose(Deals.RIVAL, day + 1 + random.nextInt(10)))
            .opportunity());
    return states;
  }

  @Test
  @DisplayName(
      "an open deal counted in the figures is won: the update equals counting the won deal"
          + " instead (D12)")
  void updateAsTheDealIsWon() {
    List<Opportunity> states = states(42, 7);
    Opportunity open = states.get(0);
    Opportunity won = states.get(3);
    List<Opportunity> before = new ArrayList<>(quarter());
    before.add(open);
    List<Opportunity> after = new ArrayList<>(quarter());
    after.add(won);
    SalesFigures figures = WATCH.over(SalesBook.of(before));
    assertEquals(WATCH.over(SalesBook.of(after)), WATCH.update(figures, open, won));
    assertEquals(figures, WATCH.update(figures, open, open), "no change, no difference");
  }

  @Test
  @DisplayName(
      "DOMAIN D12: the win of deal 42 is counted, then its earlier ATB change arrives late: the"
          + " stale change, and the same state again, change nothing")
  void aStaleChangeChangesNothing() {
    List<Opportunity> states = states(42, 7);
    Opportunity won = states.get(3);
    List<Opportunity> quarterWithTheWin = new ArrayList<>(quarter());
    quarterWithTheWin.add(won);
    SalesFigures figures = WATCH.over(SalesBook.of(quarterWithTheWin));
    assertSame(figures, WATCH.update(figures, won, states.get(2)), "the ATB state is older");
    assertSame(figures, WATCH.update(figures, won, states.get(0)), "the opened state is older");
    assertSame(figures, WATCH.update(figures, won, won), "the same state");
  }

  @Test
  @DisplayName(
      "DOMAIN D12: two different states of deal 42 at one version cannot both be facts: refused")
  void twoStatesAtOneVersionAreRefused() {
    Opportunity one = states(42, 7).get(0);
    Opportunity other = states(42, 8).get(0);
    assertEquals(one.version(), other.version());
    assertNotEquals(one, other);
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> WATCH.update(WATCH.add(WATCH.empty(), one), one, other));
    assertEquals(
        "two different states of OP-42 at version "
            + one.version()
            + ": the figures count one fact once, never either silently (DESIGN §2)",
        e.getMessage());
  }

  @Test
  @DisplayName("an update of two opportunities, or of one never counted, is refused by name")
  void badUpdatesAreRefused() {
    List<Opportunity> states = states(42, 7);
    Opportunity other = quarter().get(0);
    IllegalArgumentException two =
        assertThrows(
            IllegalArgumentException.class,
            () -> WATCH.update(WATCH.empty(), other, states.get(1)));
    assertTrue(two.getMessage().contains("OP-1") && two.getMessage().contains("OP-42"));
    IllegalArgumentException uncounted =
        assertThrows(
            IllegalArgumentException.class,
            () -> WATCH.update(WATCH.empty(), states.get(0), states.get(3)));
    assertTrue(uncounted.getMessage().contains("OP-42"), uncounted.getMessage());
    assertThrows(IllegalArgumentException.class, () -> new Tally(1, 2).minus(new Tally(2, 2)));
    assertEquals(new Tally(2, 3), new Tally(3, 5).minus(new Tally(1, 2)));
  }
}
