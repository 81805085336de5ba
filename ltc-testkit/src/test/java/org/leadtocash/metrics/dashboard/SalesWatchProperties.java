package org.leadtocash.metrics.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.leadtocash.domain.testing.DomainTesters.cny;
import static org.leadtocash.metrics.testing.Periods.days;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.leadtocash.domain.opportunity.Opportunity;
import org.leadtocash.domain.opportunity.OpportunityEvent;
import org.leadtocash.metrics.testing.KpiLaws;
import org.leadtocash.testkit.CommandLog;
import org.leadtocash.testkit.book.BookDeals;

/**
 * The sales watch (DOMAIN D1.6, D12) over books of business: each part is its own KPI's result,
 * merging parts equals the whole, a sales book's scan equals adding every opportunity, and an
 * update equals counting the new state of an opportunity instead of the old one.
 */
class SalesWatchProperties implements BookDeals {

  private static final SalesWatch WATCH = SalesWatch.in(PERIOD, cny(10_000_000));

  @Property(tries = 60)
  void eachPartIsItsOwnKpisResult(@ForAll("deals") List<Opportunity> deals) {
    SalesHealth health = WATCH.compute(deals);
    assertEquals(WATCH.winRate().compute(deals), health.winRate());
    assertEquals(WATCH.funnel().compute(deals), health.funnel());
    assertEquals(WATCH.timeliness().compute(deals), health.decisionTimeliness());
    assertEquals(WATCH.coverage().compute(deals), health.coverage());
    assertEquals(WATCH.share().compute(deals), health.marketShare());
  }

  @Property(tries = 60)
  void mergingPartsEqualsTheWhole(
      @ForAll("deals") List<Opportunity> deals,
      @ForAll @Size(max = 4) List<Integer> cuts,
      @ForAll long seed) {
    KpiLaws.check(WATCH, deals, cuts, seed);
  }

  @Property(tries = 100)
  void oneScanOfTheBookEqualsAddingEveryOpportunity(
      @ForAll("deals") List<Opportunity> deals, @ForAll @IntRange(max = 25) int cut) {
    SalesFigures added = WATCH.empty();
    for (Opportunity deal : deals) {
      added = WATCH.add(added, deal);
    }
    assertEquals(added, WATCH.over(SalesBook.of(deals)));
    int at = Math.min(cut, deals.size());
    SalesFigures parts =
        WATCH.merge(
            WATCH.over(SalesBook.of(deals.subList(0, at))),
            WATCH.over(SalesBook.of(deals.subList(at, deals.size()))));
    assertEquals(added, parts, "books of the parts merge to the book of the whole");
  }

  @Property(tries = 30)
  void aBookCountsTheSameInAnyPeriod(
      @ForAll("deals") List<Opportunity> deals,
      @ForAll @IntRange(max = 300) int from,
      @ForAll @IntRange(min = 1, max = 100) int days) {
    SalesWatch watch = SalesWatch.in(days(from, from + days), cny(1));
    assertEquals(watch.compute(deals), watch.result(watch.over(SalesBook.of(deals))));
  }

  /**
   * Any two states of one opportunity's history — the kit's generated histories, replayed up to two
   * of their commands — stand for an event that moved it on.
   */
  @Property(tries = 100)
  void updatingEqualsCountingTheNewStateInstead(
      @ForAll("deals") List<Opportunity> deals,
      @ForAll CommandLog<Opportunity, OpportunityEvent> history,
      @ForAll @IntRange(min = 1, max = 100) int from,
      @ForAll @IntRange(min = 1, max = 100) int to) {
    Opportunity before = upTo(history, from);
    Opportunity after = upTo(history, to);
    List<Opportunity> withBefore = new ArrayList<>(deals);
    withBefore.add(before);
    List<Opportunity> withAfter = new ArrayList<>(deals);
    withAfter.add(after);
    assertEquals(
        WATCH.over(SalesBook.of(withAfter)),
        WATCH.update(WATCH.over(SalesBook.of(withBefore)), before, after));
  }

  /** The opportunity replayed from the events of its first {@code commands} accepted commands. */
  private static Opportunity upTo(CommandLog<Opportunity, OpportunityEvent> history, int commands) {
    List<List<OpportunityEvent>> batches = history.batches();
    return Opportunity.replay(
        batches.subList(0, Math.min(commands, batches.size())).stream()
            .flatMap(List::stream)
            .toList());
  }
}
