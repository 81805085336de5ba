package org.leadtocash.metrics.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.leadtocash.domain.testing.DomainTesters.cny;
import static org.leadtocash.metrics.testing.Periods.days;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.leadtocash.domain.common.OpportunityId;
import org.leadtocash.domain.opportunity.Opportunity;
import org.leadtocash.domain.opportunity.OpportunityEvent;
import org.leadtocash.metrics.testing.KpiLaws;
import org.leadtocash.testkit.CommandLog;
import org.leadtocash.testkit.book.BookDeals;

/**
 * The sales watch (DOMAIN D1.6, D12) over books of business: each part is its own KPI's result,
 * merging parts equals the whole, a sales book's scan equals adding every opportunity, an update
 * equals counting the new state of an opportunity instead of the old one, and changes replayed or
 * stale leave the figures of the latest states.
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
    Opportunity before = upTo(history, Math.min(from, to));
    Opportunity after = upTo(history, Math.max(from, to));
    List<Opportunity> withBefore = new ArrayList<>(deals);
    withBefore.add(before);
    List<Opportunity> withAfter = new ArrayList<>(deals);
    withAfter.add(after);
    SalesFigures counted = WATCH.over(SalesBook.of(withBefore));
    assertEquals(WATCH.over(SalesBook.of(withAfter)), WATCH.update(counted, before, after));
    // a stale change, delivered after the newer state was counted, would move it back: nothing
    SalesFigures updated = WATCH.over(SalesBook.of(withAfter));
    assertEquals(updated, WATCH.update(updated, after, before), "a stale change changes nothing");
    assertEquals(updated, WATCH.update(updated, after, after), "the same state changes nothing");
  }

  /**
   * Changes to a few opportunities — each a move between two states of one history — delivered at
   * least once and out of order (some replayed, some stale, arriving after a later one): the
   * figures kept through {@link WatchedOpportunities}, keyed by opportunity id and version, equal
   * the watch recomputed over each opportunity's latest state; the same changes through {@link
   * SalesWatch#update}, applied only from the state counted, agree with them (DOMAIN D12).
   */
  @Property(tries = 60)
  void changesReplayedOrStaleGiveTheFiguresOfTheLatestStates(
      @ForAll @Size(min = 1, max = 4) List<CommandLog<Opportunity, OpportunityEvent>> histories,
      @ForAll("deals") List<Opportunity> deals,
      @ForAll long seed) {
    Random random = new Random(seed);
    Map<OpportunityId, List<Opportunity>> states = new LinkedHashMap<>();
    for (CommandLog<Opportunity, OpportunityEvent> history : histories) {
      List<Opportunity> path = new ArrayList<>();
      for (int commands = 1; commands <= history.batches().size(); commands++) {
        path.add(upTo(history, commands));
      }
      if (!path.isEmpty() && deals.stream().noneMatch(d -> d.id().equals(path.get(0).id()))) {
        states.putIfAbsent(path.get(0).id(), path);
      }
    }
    // every forward change of each history, each delivered one to three times, shuffled
    List<Opportunity[]> changes = new ArrayList<>();
    for (List<Opportunity> path : states.values()) {
      for (int i = 1; i < path.size(); i++) {
        for (int times = 1 + random.nextInt(3); times > 0; times--) {
          changes.add(new Opportunity[] {path.get(i - 1), path.get(i)});
        }
      }
    }
    Collections.shuffle(changes, random);

    WatchedOpportunities watched = WatchedOpportunities.of(WATCH);
    for (Opportunity deal : deals) {
      watched = watched.offer(deal);
    }
    Map<OpportunityId, Opportunity> counted = new LinkedHashMap<>();
    SalesFigures figures = WATCH.over(SalesBook.of(deals));
    for (List<Opportunity> path : states.values()) {
      watched = watched.offer(path.get(0));
      counted.put(path.get(0).id(), path.get(0));
      figures = WATCH.add(figures, path.get(0));
    }
    for (Opportunity[] change : changes) {
      watched = watched.offer(change[0]).offer(change[1]);
      // the host's bare path: a change from a state it no longer counts is one it has applied
      Opportunity held = counted.get(change[1].id());
      if (held.version() < change[1].version()) {
        figures = WATCH.update(figures, held, change[1]);
        counted.put(change[1].id(), change[1]);
      } else {
        assertEquals(figures, WATCH.update(figures, held, change[1]), "a stale change");
      }
    }

    List<Opportunity> latest = new ArrayList<>(deals);
    states.values().forEach(path -> latest.add(path.get(path.size() - 1)));
    SalesFigures recomputed = WATCH.over(SalesBook.of(latest));
    assertEquals(recomputed, watched.figures());
    assertEquals(recomputed, figures);
    assertEquals(WATCH.result(recomputed), watched.health());
    WatchedOpportunities replayed = watched;
    for (Opportunity[] change : changes) {
      replayed = replayed.offer(change[1]).offer(change[0]);
    }
    assertEquals(watched.figures(), replayed.figures(), "the whole delivery again changes nothing");
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
