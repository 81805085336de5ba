package org.leadtocash.planning.expansion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.leadtocash.planning.expansion.NorthMobile.CTO;
import static org.leadtocash.planning.expansion.NorthMobile.CTO_PERSON;
import static org.leadtocash.planning.expansion.SponsorRankingTest.OUR_CTO;
import static org.leadtocash.planning.expansion.SponsorRankingTest.OUR_MANAGER;
import static org.leadtocash.planning.expansion.SponsorRankingTest.OUR_VP;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.leadtocash.domain.common.EmployeeId;
import org.leadtocash.domain.common.PersonId;
import org.leadtocash.domain.relationship.InfluenceStrength;
import org.leadtocash.domain.relationship.KeyRelationshipLevel;
import org.leadtocash.domain.relationship.PositionKind;

/**
 * The values of relationship expansion check themselves at their exact edges (DOMAIN D10.2, D10.3):
 * the smallest valid value is accepted, the nearest invalid one refused with a message naming what
 * is wrong.
 */
class ExpansionValueChecksTest {

  private static final EmployeeId LI = EmployeeId.of("E-LI");

  /** A key-relationship plan over North Mobile's chain with only targets and standings. */
  private static KeyRelationshipPlan plan(List<KeyPersonTarget> targets, List<Standing> standings) {
    return new KeyRelationshipPlan(
        NorthMobile.CHAIN,
        targets,
        Optional.empty(),
        standings,
        Set.of(),
        Optional.empty(),
        List.of());
  }

  private static String refused(Executable construction) {
    return assertThrows(IllegalArgumentException.class, construction).getMessage();
  }

  @Test
  @DisplayName(
      "D10.3: a sponsor's shared history is 0 or more; a principle weighs 0 to 100 and says why")
  void sponsorScores() {
    assertEquals(
        0,
        new SponsorCandidate(LI, PositionKind.CTO, Extent.LOW, 0, Extent.LOW, Extent.LOW)
            .sharedHistory());
    assertEquals(
        "a sponsor candidate's shared history counts times worked together (DOMAIN D10.3): E-LI has"
            + " -1",
        refused(
            () ->
                new SponsorCandidate(
                    LI, PositionKind.CTO, Extent.LOW, -1, Extent.LOW, Extent.LOW)));
    SponsorPrinciple parity = SponsorPrinciple.RANK_PARITY;
    assertEquals(0, new PrincipleScore(parity, 50, 0, "none").weight());
    assertEquals(100, new PrincipleScore(parity, 50, 100, "all").weight());
    assertEquals(
        "a sponsor principle weighs from 0 to 100 percent (DOMAIN D10.3): rank parity weighs -1",
        refused(() -> new PrincipleScore(parity, 50, -1, "less")));
    assertEquals(
        "a sponsor principle weighs from 0 to 100 percent (DOMAIN D10.3): rank parity weighs 101",
        refused(() -> new PrincipleScore(parity, 50, 101, "more")));
    assertEquals(
        "a sponsor principle's score says why (DOMAIN D10.3): RANK_PARITY",
        refused(() -> new PrincipleScore(parity, 50, 10, " ")));
  }

  @Test
  @DisplayName(
      "D10.3: a ranking holds each employee once, ranked from 1, each scored on the four"
          + " principles in order with weights adding up to 100")
  void sponsorRanking() {
    assertEquals(
        "a sponsor ranking considers each employee once (DOMAIN D10.3): E-QIAN is there twice",
        refused(
            () ->
                SponsorRanking.of(
                    CTO_PERSON, List.of(OUR_CTO, OUR_CTO), SponsorPolicy.standard())));
    SponsorRanking ranking =
        SponsorRanking.of(
            CTO_PERSON, List.of(OUR_MANAGER, OUR_VP, OUR_CTO), SponsorPolicy.standard());
    RankedSponsor first = ranking.ranking().get(0);
    RankedSponsor second = ranking.ranking().get(1);
    assertEquals(
        "a sponsor ranking considers each employee once (DOMAIN D10.3): E-QIAN is there twice",
        refused(() -> new SponsorRanking(CTO, PositionKind.CTO, List.of(first, first))));
    assertEquals(
        "sponsor candidates rank from 1 in order (DOMAIN D10.3): E-ZHAO is ranked 3 at place 2",
        refused(
            () ->
                new SponsorRanking(
                    CTO,
                    PositionKind.CTO,
                    List.of(
                        first, new RankedSponsor(3, second.candidate(), second.principles())))));
    assertEquals(
        "a sponsor candidate ranks from 1 (DOMAIN D10.3): 0",
        refused(() -> new RankedSponsor(0, first.candidate(), first.principles())));
    List<PrincipleScore> swapped = new ArrayList<>(first.principles());
    Collections.swap(swapped, 0, 1);
    assertEquals(
        "E-QIAN is scored on the principles in the order of DOMAIN D10.3; expected RANK_PARITY at"
            + " 1, not BUSINESS_MATCH",
        refused(() -> new RankedSponsor(1, first.candidate(), swapped)));
    List<PrincipleScore> light = new ArrayList<>(first.principles());
    PrincipleScore last = light.get(3);
    light.set(
        3, new PrincipleScore(last.principle(), last.score(), last.weight() - 1, last.reason()));
    assertEquals(
        "the principle weights scoring E-QIAN add up to 100 percent (DOMAIN D10.3), not 99",
        refused(() -> new RankedSponsor(1, first.candidate(), light)));
  }

  @Test
  @DisplayName(
      "D10.2: a plan review reports the six pitfalls in order, each with evidence; a plan's"
          + " resources are named; the pitfall policy targets at least one person")
  void planReview() {
    List<PitfallFinding> findings = new ArrayList<>();
    for (Pitfall pitfall : Pitfall.values()) {
      findings.add(new PitfallFinding(pitfall, false, List.of("checked")));
    }
    assertEquals(6, new PlanReview(findings).findings().size());
    assertEquals(
        "a plan review reports all six pitfalls (DOMAIN D10.2), not 5",
        refused(() -> new PlanReview(findings.subList(0, 5))));
    List<PitfallFinding> swapped = new ArrayList<>(findings);
    Collections.swap(swapped, 0, 1);
    assertEquals(
        "a plan review reports the pitfalls in the order of DOMAIN D10.2: hidden decision chain"
            + " ignored at 1, not competitor ignored",
        refused(() -> new PlanReview(swapped)));
    assertEquals(
        "a pitfall is found or cleared with evidence (DOMAIN D10.2): relationships too shallow",
        refused(() -> new PitfallFinding(Pitfall.TOO_SHALLOW, true, List.of())));
    assertEquals(
        "each available resource is named (DOMAIN D10.2): [lab,  ]",
        refused(() -> new Resources(Period.ofMonths(6), List.of("lab", " "))));
    assertEquals(
        "PitfallPolicy.withThresholds(MEDIUM, SUPPORTIVE, 1)",
        PitfallPolicy.withThresholds(InfluenceStrength.MEDIUM, KeyRelationshipLevel.SUPPORTIVE, 1)
            .toString());
    assertEquals(
        "a plan targets at least one person (DOMAIN D10.2): minimum 0",
        refused(
            () ->
                PitfallPolicy.withThresholds(
                    InfluenceStrength.MEDIUM, KeyRelationshipLevel.SUPPORTIVE, 0)));
  }

  @Test
  @DisplayName(
      "D10.2, D10.3: a commitment, a channel, a planned action and a key task say what they are")
  void namedValues() {
    LocalDate due = LocalDate.of(2027, 6, 30);
    assertEquals(
        "a commitment says specifically what (DOMAIN D10.3)",
        refused(() -> new Commitment(" ", LI, BigDecimal.ONE, "visits", due)));
    assertEquals(
        "a sponsor's channel to P-2 says what it is (DOMAIN D10.3)",
        refused(() -> new Channel(ChannelKind.KEY_DATES, CTO, " ")));
    assertEquals(
        "a planned action says what is done (DOMAIN D10.2)",
        refused(
            () ->
                new PlannedAction(
                    " ", ActionFocus.TARGETS, CTO, Optional.empty(), Optional.empty())));
    assertEquals(
        "a key task says what is to be done (DOMAIN D10.3)",
        refused(() -> new KeyTask(" ", LI, true)));
  }

  @Test
  @DisplayName("D10.3, D10.2: channels and action focuses read as DOMAIN names them")
  void labels() {
    assertEquals("SponsorPolicy.standard()", SponsorPolicy.standard().toString());
    assertEquals(
        List.of("visits and exhibitions", "regular mutual visits", "key dates", "key events"),
        List.of(ChannelKind.values()).stream().map(ChannelKind::label).toList());
    assertEquals(
        List.of("information flow", "targets", "decision chain", "path of approach"),
        List.of(ActionFocus.values()).stream().map(ActionFocus::label).toList());
  }

  @Test
  @DisplayName("D10.2: a key-relationship plan targets people of its decision chain, each once")
  void keyRelationshipTargets() {
    KeyPersonTarget cto =
        KeyPersonTarget.of(CTO, LI, KeyRelationshipLevel.SUPPORTIVE, "win the tender");
    KeyPersonTarget stranger =
        KeyPersonTarget.of(
            PersonId.of("P-STRANGER"), LI, KeyRelationshipLevel.SUPPORTIVE, "win the tender");
    assertEquals(
        List.of(cto), KeyRelationshipPlan.builder(NorthMobile.CHAIN).target(cto).build().targets());
    assertEquals(
        "a key-relationship plan targets P-STRANGER, who is not in its decision chain of CU-NORTH"
            + " (DOMAIN D10.2)",
        refused(() -> plan(List.of(stranger), List.of())));
    assertEquals(
        "a key-relationship plan targets P-2 once, not twice (DOMAIN D10.2)",
        refused(() -> plan(List.of(cto, cto), List.of())));
  }

  @Test
  @DisplayName("D10.2: a key-relationship plan assesses people of its decision chain, each once")
  void keyRelationshipStandings() {
    Standing cto = Standing.oursOnly(CTO, KeyRelationshipLevel.SUPPORTIVE);
    Standing stranger =
        Standing.oursOnly(PersonId.of("P-STRANGER"), KeyRelationshipLevel.SUPPORTIVE);
    assertEquals(
        "a key-relationship plan assesses P-STRANGER, who is not in its decision chain of CU-NORTH"
            + " (DOMAIN D10.2)",
        refused(() -> plan(List.of(), List.of(stranger))));
    assertEquals(
        "a key-relationship plan assesses P-2 once, not twice (DOMAIN D10.2)",
        refused(() -> plan(List.of(), List.of(cto, cto))));
  }
}
