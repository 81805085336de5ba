package org.leadtocash.metrics.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leadtocash.domain.testing.DomainTesters.cny;
import static org.leadtocash.metrics.testing.Periods.days;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.leadtocash.domain.opportunity.Opportunity;
import org.leadtocash.metrics.OncePerFact;
import org.leadtocash.metrics.ReportingPeriod;

/**
 * The sales watch's figures kept current under at-least-once delivery (DOMAIN D1.6, D12): each
 * opportunity counted once, at its latest version; a change replayed changes nothing.
 */
class WatchedOpportunitiesTest {

  private static final ReportingPeriod FIRST_60_DAYS = days(0, 60);
  private static final SalesWatch WATCH = SalesWatch.in(FIRST_60_DAYS, cny(10_000_000));

  @Test
  @DisplayName(
      "the win of deal 42 delivered twice: the bare update counts the deal twice as opened, the"
          + " watched figures count it once (DOMAIN D12)")
  void aReplayedChangeChangesNothing() {
    List<Opportunity> states = SalesWatchTest.states(42, 7);
    Opportunity open = states.get(0);
    Opportunity won = states.get(3);
    SalesFigures once = WATCH.over(SalesBook.of(List.of(won)));
    // the bare update is a difference: replayed, it takes the open deal out a second time
    SalesFigures counted = WATCH.add(WATCH.add(WATCH.empty(), open), open);
    assertNotEquals(once, WATCH.update(WATCH.update(counted, open, won), open, won));

    WatchedOpportunities watched = WatchedOpportunities.of(WATCH).offer(open).offer(won);
    assertEquals(once, watched.figures());
    assertSame(watched, watched.offer(won), "the same state again changes nothing");
    assertSame(watched, watched.offer(open), "an older state after a newer one changes nothing");
    assertEquals(1, watched.size());
    assertEquals(Optional.of(won.version()), watched.version(won.id()));
    assertEquals(WATCH.result(once), watched.health());
    assertEquals(WATCH, watched.watch());
  }

  @Test
  @DisplayName("the quarter's five deals delivered twice give the quarter's health once (D1.6)")
  void theQuarterTwice() {
    List<Opportunity> twice = new ArrayList<>(SalesWatchTest.quarter());
    twice.addAll(SalesWatchTest.quarter());
    WatchedOpportunities watched = WatchedOpportunities.of(WATCH);
    for (Opportunity opportunity : twice) {
      watched = watched.offer(opportunity);
    }
    assertEquals(WATCH.compute(SalesWatchTest.quarter()), watched.health());
    assertEquals(WATCH.compute(SalesWatchTest.quarter()), OncePerFact.of(WATCH).compute(twice));
    assertNotEquals(WATCH.compute(SalesWatchTest.quarter()), WATCH.compute(twice));
    assertTrue(watched.toString().contains("5 opportunities"), watched.toString());
  }

  @Test
  @DisplayName(
      "two different states of one deal at one version are refused, naming the deal (DESIGN §2)")
  void contradictoryStatesAreRefused() {
    Opportunity one = SalesWatchTest.states(42, 7).get(1);
    Opportunity other = SalesWatchTest.states(42, 8).get(1);
    assertEquals(one.version(), other.version());
    WatchedOpportunities watched = WatchedOpportunities.of(WATCH).offer(one);
    IllegalArgumentException refused =
        assertThrows(IllegalArgumentException.class, () -> watched.offer(other));
    assertTrue(
        refused.getMessage().contains("OP-42")
            && refused.getMessage().contains("two different states"),
        refused.getMessage());
    assertThrows(NullPointerException.class, () -> WatchedOpportunities.of(null));
  }

  @Property(tries = 80)
  @Label(
      "any at-least-once delivery of the deals' states, shuffled, gives the figures of each deal's"
          + " latest state counted once; replaying the delivery changes nothing")
  void atLeastOnceIsOnce(@ForAll @IntRange(min = 0, max = 8) int deals, @ForAll long seed) {
    Random random = new Random(seed);
    List<Opportunity> latest = new ArrayList<>();
    List<Opportunity> delivered = new ArrayList<>();
    for (int n = 1; n <= deals; n++) {
      List<Opportunity> states = SalesWatchTest.states(n, random.nextLong());
      int reached = random.nextInt(states.size());
      latest.add(states.get(reached));
      for (Opportunity state : states.subList(0, reached + 1)) {
        for (int times = 1 + random.nextInt(3); times > 0; times--) {
          delivered.add(state);
        }
      }
    }
    Collections.shuffle(delivered, random);
    WatchedOpportunities watched = WatchedOpportunities.of(WATCH);
    for (Opportunity state : delivered) {
      watched = watched.offer(state);
    }
    SalesFigures expected = WATCH.over(SalesBook.of(latest));
    assertEquals(expected, watched.figures());
    WatchedOpportunities replayed = watched;
    for (Opportunity state : delivered) {
      replayed = replayed.offer(state);
    }
    assertEquals(expected, replayed.figures());
    assertEquals(WATCH.result(expected), OncePerFact.of(WATCH).compute(delivered));
  }
}
