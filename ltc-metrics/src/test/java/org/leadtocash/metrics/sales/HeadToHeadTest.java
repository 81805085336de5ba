package org.leadtocash.metrics.sales;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.leadtocash.metrics.sales.MarketShareTest.JANUARY;
import static org.leadtocash.metrics.sales.MarketShareTest.split;
import static org.leadtocash.metrics.testing.Deals.OTHER;
import static org.leadtocash.metrics.testing.Deals.RIVAL;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.leadtocash.domain.common.CompetitorId;
import org.leadtocash.domain.common.Rate;
import org.leadtocash.domain.opportunity.Opportunity;
import org.leadtocash.metrics.testing.Deals;

/** Head-to-head wins over losses against the main competitor (DOMAIN D12), by hand and by law. */
class HeadToHeadTest {

  private static Opportunity won(int n, int day, CompetitorId... bidders) {
    return Deals.open(n, 0, 1_000_000)
        .competitors(0, bidders)
        .passAti(1)
        .passAtb(2)
        .win(day)
        .opportunity();
  }

  private static Opportunity lost(int n, int day, CompetitorId winner, CompetitorId... bidders) {
    return Deals.open(n, 0, 1_000_000).competitors(0, bidders).lose(winner, day).opportunity();
  }

  @Test
  @DisplayName(
      "January against the rival: won 2 where it bid, lost 1 to it — 2 wins over 1 loss; a win"
          + " without it and a loss to another are no encounter (D12)")
  void workedExample() {
    List<Opportunity> january =
        List.of(
            MarketShareTest.wonWith(1, 5, split(6, 3, 1)), // the rival bid
            won(2, 8, RIVAL),
            won(3, 9, OTHER), // the rival did not bid
            lost(4, 10, RIVAL, RIVAL, OTHER),
            lost(5, 11, OTHER, RIVAL, OTHER), // lost to the other, though the rival bid
            Deals.open(6, 0, 1_000).competitors(0, RIVAL).abandon(12).opportunity(),
            won(7, 40, RIVAL)); // February
    HeadToHeadScore score = HeadToHead.in(JANUARY, RIVAL).compute(january);
    assertEquals(new HeadToHeadScore(2, 1), score);
    assertEquals(Rate.of(2, 1), score.ratio());
    assertEquals(Rate.of(2, 3), score.winShare());
  }

  @Test
  @DisplayName("never lost to the competitor: the ratio is 'no data', the wins still count")
  void neverLost() {
    HeadToHeadScore score = HeadToHead.in(JANUARY, RIVAL).compute(List.of(won(1, 5, RIVAL)));
    assertEquals(HeadToHeadScore.WIN, score);
    assertFalse(score.ratio().isDefined());
    assertEquals(Rate.of(1, 1), score.winShare());
    HeadToHeadScore none = HeadToHead.in(JANUARY, RIVAL).compute(List.of());
    assertEquals(HeadToHeadScore.NONE, none);
    assertEquals(Rate.NO_DATA, none.ratio());
    assertEquals(Rate.NO_DATA, none.winShare());
    assertEquals("head-to-head", HeadToHead.ID.value());
  }
}
