package org.leadtocash.planning.expansion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leadtocash.planning.expansion.NorthMobile.CTO;
import static org.leadtocash.planning.expansion.NorthMobile.CTO_PERSON;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.leadtocash.domain.common.EmployeeId;
import org.leadtocash.domain.relationship.PositionKind;

/**
 * The region head ranks three of our senior people as the senior sponsor of North Mobile's CTO by
 * the four principles of DOMAIN D10.3, under the standard policy and under the company's own.
 */
class SponsorRankingTest {

  static final EmployeeId QIAN = EmployeeId.of("E-QIAN");
  static final EmployeeId SUN = EmployeeId.of("E-SUN");
  static final EmployeeId ZHAO = EmployeeId.of("E-ZHAO");

  /** Our CTO: the same rank, a medium match, never met, able and willing. */
  static final SponsorCandidate OUR_CTO =
      new SponsorCandidate(QIAN, PositionKind.CTO, Extent.MEDIUM, 0, Extent.HIGH, Extent.HIGH);

  /** Our vice-president for wireless: one rank below, a full match, met three times, busy. */
  static final SponsorCandidate OUR_VP =
      new SponsorCandidate(
          ZHAO, PositionKind.OTHER_EXECUTIVE, Extent.HIGH, 3, Extent.HIGH, Extent.MEDIUM);

  /** Our delivery manager: two ranks below, a full match, old friends, willing but less able. */
  static final SponsorCandidate OUR_MANAGER =
      new SponsorCandidate(SUN, PositionKind.MANAGER, Extent.HIGH, 5, Extent.MEDIUM, Extent.HIGH);

  @Test
  @DisplayName(
      "DOMAIN D10.3: the standard policy ranks by weighted score, explains each principle, and"
          + " breaks the tie of 67.5 by employee id")
  void standardRanking() {
    SponsorRanking ranking =
        SponsorRanking.of(
            CTO_PERSON, List.of(OUR_MANAGER, OUR_VP, OUR_CTO), SponsorPolicy.standard());

    assertEquals(CTO, ranking.keyPerson());
    assertEquals(PositionKind.CTO, ranking.keyPosition());
    assertEquals(
        List.of(QIAN, ZHAO, SUN),
        ranking.ranking().stream().map(r -> r.candidate().employee()).toList());
    assertEquals(List.of(1, 2, 3), ranking.ranking().stream().map(RankedSponsor::rank).toList());
    // 100 × 30% + 50 × 25% + 0 × 20% + 100 × 25%
    assertEquals(new BigDecimal("67.50"), ranking.ranking().get(0).score());
    // 50 × 30% + 100 × 25% + 75 × 20% + 50 × 25%: the same score, E-QIAN < E-ZHAO
    assertEquals(new BigDecimal("67.50"), ranking.ranking().get(1).score());
    // 0 × 30% + 100 × 25% + 100 × 20% + 50 × 25%
    assertEquals(new BigDecimal("57.50"), ranking.ranking().get(2).score());
    assertEquals(
        "2. E-ZHAO, 67.5 of 100: rank parity: 50 of 100 × 30 % (executive for a top executive,"
            + " one rank apart); business match: 100 of 100 × 25 % (high match); shared history:"
            + " 75 of 100 × 20 % (worked together 3 times, full marks from 4); ability and"
            + " willingness: 50 of 100 × 25 % (high ability, medium willingness: the lesser"
            + " counts)",
        ranking.find(ZHAO).orElseThrow().explanation());
    assertEquals(
        "rank parity: 0 of 100 × 30 % (manager for a top executive, 2 ranks apart)",
        ranking.find(SUN).orElseThrow().principles().get(0).explanation());
    assertEquals(
        "shared history: 0 of 100 × 20 % (never worked together, full marks from 4)",
        ranking.find(QIAN).orElseThrow().principles().get(2).explanation());
    assertEquals(QIAN, ranking.top().orElseThrow().candidate().employee());
    assertEquals(3, ranking.explanation().lines().count());
    assertTrue(ranking.find(EmployeeId.of("E-NOBODY")).isEmpty());
  }

  @Test
  @DisplayName("DOMAIN D10.3: a company that weighs shared history most picks the old friend")
  void companyPolicy() {
    SponsorPolicy history =
        (candidate, keyPosition) -> {
          List<PrincipleScore> standard = SponsorPolicy.standard().score(candidate, keyPosition);
          int[] weights = {10, 10, 70, 10};
          return List.of(
              reweigh(standard.get(0), weights[0]),
              reweigh(standard.get(1), weights[1]),
              reweigh(standard.get(2), weights[2]),
              reweigh(standard.get(3), weights[3]));
        };

    SponsorRanking ranking =
        SponsorRanking.of(CTO_PERSON, List.of(OUR_CTO, OUR_VP, OUR_MANAGER), history);

    // SUN: 0 + 10 + 70 + 5 = 85; ZHAO: 5 + 10 + 52.5 + 5 = 72.5; QIAN: 10 + 5 + 0 + 10 = 25
    assertEquals(
        List.of(SUN, ZHAO, QIAN),
        ranking.ranking().stream().map(r -> r.candidate().employee()).toList());
    assertEquals(new BigDecimal("85.00"), ranking.ranking().get(0).score());
  }

  private static PrincipleScore reweigh(PrincipleScore score, int weight) {
    return new PrincipleScore(score.principle(), score.score(), weight, score.reason());
  }

  @Test
  @DisplayName(
      "DOMAIN D10.3: a candidate twice, a policy that leaves out a principle, and a ranking out of"
          + " order are refused naming the rule")
  void refusals() {
    IllegalArgumentException twice =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                SponsorRanking.of(CTO_PERSON, List.of(OUR_CTO, OUR_CTO), SponsorPolicy.standard()));
    assertEquals(
        "a sponsor ranking considers each employee once (DOMAIN D10.3): E-QIAN is there twice",
        twice.getMessage());
    SponsorPolicy partial =
        (candidate, keyPosition) ->
            SponsorPolicy.standard().score(candidate, keyPosition).subList(0, 3);
    IllegalArgumentException missing =
        assertThrows(
            IllegalArgumentException.class,
            () -> SponsorRanking.of(CTO_PERSON, List.of(OUR_CTO), partial));
    assertEquals(
        "E-QIAN is scored on all 4 principles of DOMAIN D10.3, not 3", missing.getMessage());
    SponsorRanking good =
        SponsorRanking.of(CTO_PERSON, List.of(OUR_CTO, OUR_MANAGER), SponsorPolicy.standard());
    RankedSponsor first = good.ranking().get(0);
    RankedSponsor second = good.ranking().get(1);
    IllegalArgumentException order =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                new SponsorRanking(
                    CTO,
                    PositionKind.CTO,
                    List.of(
                        new RankedSponsor(1, second.candidate(), second.principles()),
                        new RankedSponsor(2, first.candidate(), first.principles()))));
    assertTrue(order.getMessage().contains("(DOMAIN D10.3)"), order.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> new SponsorCandidate(QIAN, PositionKind.CTO, Extent.LOW, -1, Extent.LOW, Extent.LOW));
    assertThrows(
        IllegalArgumentException.class,
        () -> new PrincipleScore(SponsorPrinciple.RANK_PARITY, 101, 30, "too much"));
  }
}
