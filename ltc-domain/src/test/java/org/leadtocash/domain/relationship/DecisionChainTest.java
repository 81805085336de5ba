package org.leadtocash.domain.relationship;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leadtocash.domain.relationship.ChainFixtures.ASSISTANT;
import static org.leadtocash.domain.relationship.ChainFixtures.CEO;
import static org.leadtocash.domain.relationship.ChainFixtures.CEO_NAME;
import static org.leadtocash.domain.relationship.ChainFixtures.COO;
import static org.leadtocash.domain.relationship.ChainFixtures.CTO;
import static org.leadtocash.domain.relationship.ChainFixtures.CTO_NAME;
import static org.leadtocash.domain.relationship.ChainFixtures.CUSTOMER;
import static org.leadtocash.domain.relationship.ChainFixtures.ENGINEER;
import static org.leadtocash.domain.relationship.ChainFixtures.OPPORTUNITY;
import static org.leadtocash.domain.relationship.ChainFixtures.PLANNING;
import static org.leadtocash.domain.relationship.ChainFixtures.PLANNING_NAME;
import static org.leadtocash.domain.relationship.ChainFixtures.PROCUREMENT;
import static org.leadtocash.domain.relationship.ChainFixtures.assistant;
import static org.leadtocash.domain.relationship.ChainFixtures.buyingCentre;
import static org.leadtocash.domain.relationship.ChainFixtures.ceo;
import static org.leadtocash.domain.relationship.ChainFixtures.coo;
import static org.leadtocash.domain.relationship.ChainFixtures.cto;
import static org.leadtocash.domain.relationship.ChainFixtures.engineer;
import static org.leadtocash.domain.relationship.ChainFixtures.levels;
import static org.leadtocash.domain.relationship.ChainFixtures.planning;
import static org.leadtocash.domain.relationship.ChainFixtures.procurement;
import static org.leadtocash.domain.relationship.ChainFixtures.withStance;

import com.google.common.collect.ImmutableMap;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.leadtocash.domain.common.PersonId;
import org.leadtocash.domain.common.RuleId;
import org.leadtocash.domain.common.RuleViolationException;

class DecisionChainTest {

  /** Asserts a refused line: a {@link RuleViolationException} with the rule, named in the text. */
  @CanIgnoreReturnValue
  private static RuleViolationException assertViolates(String rule, Executable edit) {
    RuleViolationException e = assertThrows(RuleViolationException.class, edit);
    assertEquals(RuleId.of(rule), e.rule(), e::getMessage);
    assertTrue(e.getMessage().contains("[DOMAIN " + rule + "]"), e::getMessage);
    return e;
  }

  /** Asserts a caller mistake: an IllegalArgumentException whose message names the rule. */
  @CanIgnoreReturnValue
  private static IllegalArgumentException assertRefusedValue(String rule, Executable build) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, build);
    assertTrue(e.getMessage().contains("DOMAIN " + rule), e::getMessage);
    return e;
  }

  private static List<PersonId> ids(List<KeyPerson> people) {
    return people.stream().map(KeyPerson::id).toList();
  }

  @Test
  @DisplayName("D7.1 the three layers: key, general and organisational relationships")
  void layers() {
    assertEquals(
        List.of(RelationshipLayer.KEY, RelationshipLayer.GENERAL, RelationshipLayer.ORGANISATIONAL),
        List.of(RelationshipLayer.values()));
    assertEquals("关键客户关系", RelationshipLayer.KEY.chineseTerm());
    assertEquals("普遍客户关系", RelationshipLayer.GENERAL.chineseTerm());
    assertEquals("组织客户关系", RelationshipLayer.ORGANISATIONAL.chineseTerm());
    assertTrue(RelationshipLayer.KEY.definition().contains("decision chain"));
    assertTrue(RelationshipLayer.GENERAL.definition().contains("every customer department"));
    assertTrue(RelationshipLayer.ORGANISATIONAL.definition().contains("company to company"));
    assertEquals("general relationship", RelationshipLayer.GENERAL.label());
  }

  @Nested
  @DisplayName("D7.2 mapping a buying centre")
  class BuyingCentre {

    @Test
    @DisplayName("the seven roles of the decision chain, in the order of the buying process")
    void sevenRoles() {
      assertEquals(
          List.of("发起者", "使用者", "影响者", "决定者", "批准者", "购买者", "控制者"),
          List.of(DecisionRole.values()).stream().map(DecisionRole::chineseTerm).toList());
      assertEquals("gatekeeper", DecisionRole.GATEKEEPER.label());
      assertTrue(DecisionRole.GATEKEEPER.definition().contains("information"));
      assertTrue(DecisionRole.DECIDER.definition().contains("chooses"));
    }

    @Test
    @DisplayName("every role is mapped, and one person may hold several roles")
    void everyRoleMapped() {
      DecisionChain chain = buyingCentre();
      assertEquals(Set.of(), chain.unmappedRoles());
      assertEquals(List.of(PLANNING), ids(chain.holders(DecisionRole.INITIATOR)));
      assertEquals(List.of(PLANNING, ENGINEER), ids(chain.holders(DecisionRole.USER)));
      assertEquals(List.of(CTO), ids(chain.holders(DecisionRole.DECIDER)));
      assertEquals(List.of(CEO), ids(chain.holders(DecisionRole.APPROVER)));
      assertEquals(List.of(PROCUREMENT), ids(chain.holders(DecisionRole.BUYER)));
      assertEquals(List.of(ASSISTANT), ids(chain.holders(DecisionRole.GATEKEEPER)));
      assertTrue(planning().holds(DecisionRole.INITIATOR) && planning().holds(DecisionRole.USER));
      assertFalse(planning().holds(DecisionRole.DECIDER));

      ChainCoverageReport report = chain.coverage(levels(), true);
      assertEquals(Set.of(DecisionRole.values()), report.mappedRoles());
      assertEquals(Set.of(), report.unmappedRoles());
      assertEquals(List.of(PLANNING, ENGINEER), report.holders(DecisionRole.USER));
      assertEquals(
          "user (使用者): P-PLAN, P-ENG", report.roles().get(1).toString(), "readable role line");
    }

    @Test
    @DisplayName("the people, the organisation chart and the influence lines are kept as a graph")
    void graph() {
      DecisionChain chain = buyingCentre();
      assertEquals(CUSTOMER, chain.customer());
      assertEquals(Optional.of(OPPORTUNITY), chain.opportunity());
      assertEquals(
          List.of(CEO, CTO, COO, PROCUREMENT, PLANNING, ENGINEER, ASSISTANT), ids(chain.people()));
      assertEquals(Optional.of(cto()), chain.person(CTO));
      assertEquals(Optional.empty(), chain.person(PersonId.of("P-NOBODY")));

      assertEquals(Optional.empty(), chain.manager(CEO), "the president reports to no one here");
      assertEquals(Optional.of(CEO), chain.manager(CTO));
      assertEquals(Optional.of(COO), chain.manager(PROCUREMENT));
      assertEquals(Set.of(CTO, COO, ASSISTANT), chain.directReports(CEO));
      assertEquals(Set.of(), chain.directReports(ENGINEER));

      assertEquals(
          ImmutableMap.of(COO, InfluenceStrength.STRONG, ASSISTANT, InfluenceStrength.MEDIUM),
          chain.influencersOf(CEO));
      assertEquals(ImmutableMap.of(CTO, InfluenceStrength.STRONG), chain.influencedBy(PLANNING));
      assertEquals(ImmutableMap.of(PROCUREMENT, InfluenceStrength.MEDIUM), chain.influencedBy(CTO));
      assertEquals(ImmutableMap.of(), chain.influencersOf(COO));

      assertTrue(chain.graph().isDirected());
      assertEquals(7, chain.graph().nodes().size());
      assertEquals(7, chain.graph().edges().size(), "6 reporting lines, 1 influence beside them");
      ChainLink cooToCeo = chain.graph().edgeValue(COO, CEO).orElseThrow();
      assertEquals(Set.of(LinkKind.REPORTS_TO, LinkKind.INFLUENCES), cooToCeo.kinds());
      assertEquals("reports to, influences (strong)", cooToCeo.toString());
      assertEquals(
          Set.of(LinkKind.REPORTS_TO), chain.graph().edgeValue(CTO, CEO).orElseThrow().kinds());
      assertEquals(
          "Decision chain of CU-NORTH-MOBILE for OP-CORE-2026: 7 people, 6 reporting lines,"
              + " 5 influences",
          chain.toString());
    }

    @Test
    @DisplayName("queries about a person who is not in the chain are refused")
    void unknownPersonQueries() {
      DecisionChain chain = buyingCentre();
      PersonId stranger = PersonId.of("P-NOBODY");
      List<Executable> queries =
          List.of(
              () -> chain.manager(stranger),
              () -> chain.directReports(stranger),
              () -> chain.influencersOf(stranger),
              () -> chain.influencedBy(stranger));
      for (Executable query : queries) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, query);
        assertEquals(
            "P-NOBODY is not in the decision chain of CU-NORTH-MOBILE", e.getMessage());
      }
    }

    @Test
    @DisplayName(
        "DOMAIN D7.2 an influence line drawn before a reporting line is not a manager: the"
            + " engineer who influences the CTO reports to the head of planning")
    void influenceIsNotReporting() {
      DecisionChain chain =
          DecisionChain.builder(CUSTOMER)
              .person(cto())
              .person(planning())
              .person(engineer())
              .influences(ENGINEER, CTO, InfluenceStrength.WEAK)
              .reportsTo(ENGINEER, PLANNING)
              .build();
      assertEquals(Optional.of(PLANNING), chain.manager(ENGINEER));
      assertEquals(Set.of(), chain.directReports(CTO));
      assertEquals(Set.of(ENGINEER), chain.directReports(PLANNING));
      assertEquals(ImmutableMap.of(ENGINEER, InfluenceStrength.WEAK), chain.influencersOf(CTO));
    }

    @Test
    @DisplayName("a changed person replaces their record and keeps their lines")
    void updateKeepsLines() {
      DecisionChain chain = buyingCentre();
      KeyPerson won = withStance(coo(), Optional.of(Stance.NEUTRAL));
      DecisionChain updated = chain.toBuilder().person(won).build();
      assertEquals(Optional.of(won), updated.person(COO));
      assertEquals(Optional.of(CEO), updated.manager(COO));
      assertEquals(Set.of(PROCUREMENT), updated.directReports(COO));
      assertEquals(chain.graph(), updated.graph());
      assertEquals(ids(chain.people()), ids(updated.people()), "the order is kept");
      assertFalse(chain.equals(updated));
      assertEquals(chain, chain.toBuilder().build());
      assertEquals(Optional.of(Stance.OPPONENT), chain.person(COO).orElseThrow().stance());
    }

    @Test
    @DisplayName("a whole-customer chain has no opportunity")
    void wholeCustomer() {
      DecisionChain chain = DecisionChain.builder(CUSTOMER).person(ceo()).build();
      assertEquals(Optional.empty(), chain.opportunity());
      assertEquals(
          "Decision chain of CU-NORTH-MOBILE: 1 person, 0 reporting lines, 0 influences",
          chain.toString());
    }

    @Test
    @DisplayName("a key person holds at least one decision role (D7.2)")
    void personWithoutRole() {
      IllegalArgumentException e =
          assertRefusedValue(
              "D7.2",
              () ->
                  KeyPerson.builder()
                      .id(CEO)
                      .name(CEO_NAME)
                      .title("President")
                      .position(PositionKind.CEO)
                      .build());
      assertTrue(e.getMessage().contains("P-CEO"), e::getMessage);
    }

    @Test
    @DisplayName("a key person has a name and a title")
    void blankNameOrTitle() {
      assertThrows(
          IllegalArgumentException.class, () -> KeyPerson.builder().from(ceo()).name(" ").build());
      assertThrows(
          IllegalArgumentException.class, () -> KeyPerson.builder().from(ceo()).title("").build());
    }
  }

  @Nested
  @DisplayName("D7.2 hidden roles: an unmapped decision chain is a recorded risk")
  class HiddenRoles {

    @Test
    @DisplayName("each role no one is known to hold is listed, in order, as a hidden-role risk")
    void hiddenRoles() {
      DecisionChain chain =
          DecisionChain.builder(CUSTOMER)
              .person(ceo())
              .person(cto())
              .person(coo())
              .person(planning())
              .reportsTo(CTO, CEO)
              .build();
      assertEquals(Set.of(DecisionRole.BUYER, DecisionRole.GATEKEEPER), chain.unmappedRoles());

      ChainCoverageReport report = chain.coverage(levels(), false);
      assertEquals(Set.of(DecisionRole.BUYER, DecisionRole.GATEKEEPER), report.unmappedRoles());
      assertEquals(List.of(), report.holders(DecisionRole.BUYER));
      List<ChainRisk> hidden = report.risks(ChainRiskKind.HIDDEN_ROLE);
      assertEquals(2, hidden.size());
      assertTrue(hidden.get(0).reason().contains("buyer (购买者)"), hidden.get(0)::toString);
      assertTrue(hidden.get(1).reason().contains("gatekeeper (控制者)"), hidden.get(1)::toString);
      for (ChainRisk risk : hidden) {
        assertEquals(RuleId.of("D7.2"), risk.rule());
        assertTrue(risk.toString().endsWith("[DOMAIN D7.2]"), risk::toString);
        assertEquals(ChainRiskKind.HIDDEN_ROLE.action(), risk.action());
        assertTrue(risk.toString().contains("→ find out who holds the role"), risk::toString);
      }
      assertEquals("buyer (购买者): hidden", report.roles().get(5).toString());
      assertFalse(report.isClear());
    }

    @Test
    @DisplayName("a chain with no one in it hides all seven roles")
    void emptyChain() {
      ChainCoverageReport report =
          DecisionChain.builder(CUSTOMER).build().coverage(Map.of(), false);
      assertEquals(Set.of(DecisionRole.values()), report.unmappedRoles());
      assertEquals(7, report.risks(ChainRiskKind.HIDDEN_ROLE).size());
      assertEquals(4, report.risks(ChainRiskKind.MANDATORY_POSITION_MISSING).size());
      assertEquals(List.of(), report.people());
    }
  }

  @Nested
  @DisplayName("D7.3 stance and the playbook moves")
  class PlaybookMoves {

    @Test
    @DisplayName("let supporters act, turn neutrals into supporters, keep opponents neutral")
    void moves() {
      assertEquals(PlaybookMove.ACT, Stance.SUPPORTER.move());
      assertEquals(PlaybookMove.CONVERT, Stance.NEUTRAL.move());
      assertEquals(PlaybookMove.NEUTRALISE, Stance.OPPONENT.move());
      assertEquals("让支持者发挥作用", PlaybookMove.ACT.chineseTerm());
      assertEquals("让中立者支持我们", PlaybookMove.CONVERT.chineseTerm());
      assertEquals("让反对者保持中立", PlaybookMove.NEUTRALISE.chineseTerm());
      assertEquals("keep them neutral", PlaybookMove.NEUTRALISE.label());
      assertEquals("反对者", Stance.OPPONENT.chineseTerm());
      assertEquals("opponent", Stance.OPPONENT.label());
    }

    @Test
    @DisplayName("the report gives each person's stance, level and move, and counts the stances")
    void perPerson() {
      ChainCoverageReport report = buyingCentre().coverage(levels(), true);
      assertEquals(3, report.count(Stance.SUPPORTER));
      assertEquals(2, report.count(Stance.NEUTRAL));
      assertEquals(1, report.count(Stance.OPPONENT));
      assertEquals(1, report.stanceUnknownCount());

      PersonCoverage coo = report.person(COO).orElseThrow();
      assertEquals(Optional.of(PlaybookMove.NEUTRALISE), coo.move());
      assertEquals(Optional.of(KeyRelationshipLevel.CONTACTED), coo.level());
      assertTrue(coo.assessed());
      assertEquals(Optional.of(PlaybookMove.ACT), report.person(CTO).orElseThrow().move());
      assertEquals(
          Optional.of(PlaybookMove.CONVERT), report.person(PROCUREMENT).orElseThrow().move());

      PersonCoverage engineer = report.person(ENGINEER).orElseThrow();
      assertEquals(Optional.empty(), engineer.move(), "no move before the stance is known");
      assertEquals(Optional.empty(), engineer.level());
      assertFalse(engineer.assessed());
      assertEquals(
          "P-ENG Senior Core-Network Engineer (staff) — user — stance unknown — level unknown"
              + " → find out their stance",
          engineer.toString());
      assertEquals(
          "P-PLAN Head of Network Planning (manager) — initiator, user — supporter, coach — level"
              + " supportive and exclusive → let them act",
          report.person(PLANNING).orElseThrow().toString());
      assertEquals(Optional.empty(), report.person(PersonId.of("P-NOBODY")));
    }

    @Test
    @DisplayName("a person without a recorded stance is a risk: no move applies yet")
    void stanceUnknown() {
      ChainCoverageReport report = buyingCentre().coverage(levels(), true);
      assertEquals(
          List.of(
              new ChainRisk(
                  ChainRiskKind.STANCE_UNKNOWN,
                  "P-ENG (Senior Core-Network Engineer): stance not recorded, so there is no"
                      + " playbook move yet")),
          report.risks());
      assertEquals(RuleId.of("D7.3"), report.risks().get(0).rule());
    }

    @Test
    @DisplayName("with every stance and level known the fully mapped chain is clear")
    void clear() {
      DecisionChain chain =
          buyingCentre().toBuilder()
              .person(withStance(engineer(), Optional.of(Stance.SUPPORTER)))
              .build();
      ChainCoverageReport report = chain.coverage(levels(), true);
      assertTrue(report.isClear(), report.risks()::toString);
      assertEquals(0, report.stanceUnknownCount());
    }

    @Test
    @DisplayName("extra levels for people outside the chain are ignored")
    void extraLevels() {
      Map<PersonId, KeyRelationshipLevel> more = new HashMap<>(levels());
      more.put(PersonId.of("P-ELSEWHERE"), KeyRelationshipLevel.OPPOSED);
      assertEquals(buyingCentre().coverage(levels(), true), buyingCentre().coverage(more, true));
    }
  }

  @Nested
  @DisplayName("D7.3 the coach, and a hilltop project without one")
  class Coach {

    private DecisionChain withoutCoach() {
      return buyingCentre().toBuilder()
          .person(KeyPerson.builder().from(planning()).coach(false).build())
          .build();
    }

    @Test
    @DisplayName("the coach is found in the chain")
    void coachFound() {
      ChainCoverageReport report = buyingCentre().coverage(levels(), true);
      assertTrue(report.hasCoach());
      assertEquals(List.of(PLANNING), report.coaches());
      assertEquals(List.of(planning()), buyingCentre().coaches());
      assertTrue(report.risks(ChainRiskKind.NO_COACH_ON_HILLTOP).isEmpty());
    }

    @Test
    @DisplayName("a hilltop project without a coach is a risk of rule D7.3")
    void missingCoachOnHilltop() {
      ChainCoverageReport report = withoutCoach().coverage(levels(), true);
      assertTrue(report.hilltop());
      assertFalse(report.hasCoach());
      List<ChainRisk> risks = report.risks(ChainRiskKind.NO_COACH_ON_HILLTOP);
      assertEquals(1, risks.size());
      assertEquals(RuleId.of("D7.3"), risks.get(0).rule());
      assertEquals(
          "no coach on a hilltop project: a hilltop project without a coach (教练) in the decision"
              + " chain → develop a supporter into our coach [DOMAIN D7.3]",
          risks.get(0).toString());
    }

    @Test
    @DisplayName("an ordinary project without a coach carries no coach risk")
    void missingCoachOrdinary() {
      ChainCoverageReport report = withoutCoach().coverage(levels(), false);
      assertFalse(report.hilltop());
      assertFalse(report.hasCoach());
      assertTrue(report.risks(ChainRiskKind.NO_COACH_ON_HILLTOP).isEmpty());
    }

    @Test
    @DisplayName("a coach wants us to win, so a coach is a supporter (D7.3)")
    void coachIsSupporter() {
      assertRefusedValue("D7.3", () -> withStance(planning(), Optional.of(Stance.NEUTRAL)));
      assertRefusedValue("D7.3", () -> withStance(planning(), Optional.of(Stance.OPPONENT)));
      IllegalArgumentException e =
          assertRefusedValue("D7.3", () -> withStance(planning(), Optional.empty()));
      assertTrue(e.getMessage().contains("not unknown"), e::getMessage);
    }
  }

  @Nested
  @DisplayName("D7.2 top executives and the procurement director are always assessed")
  class MandatoryPositions {

    @Test
    @DisplayName("the mandatory positions are CEO, CTO, COO and the procurement director")
    void mandatory() {
      assertEquals(
          List.of(
              PositionKind.CEO,
              PositionKind.CTO,
              PositionKind.COO,
              PositionKind.PROCUREMENT_DIRECTOR),
          List.copyOf(PositionKind.mandatory()));
      assertTrue(PositionKind.CTO.isTopExecutive());
      assertFalse(PositionKind.PROCUREMENT_DIRECTOR.isTopExecutive());
      assertTrue(PositionKind.PROCUREMENT_DIRECTOR.isMandatory());
      assertFalse(PositionKind.OTHER_EXECUTIVE.isMandatory());
      assertFalse(PositionKind.MANAGER.isMandatory());
      assertEquals("首席技术官", PositionKind.CTO.chineseTerm());
      assertEquals("采购总监", PositionKind.PROCUREMENT_DIRECTOR.chineseTerm());
      assertEquals("chief operating officer", PositionKind.COO.label());
    }

    @Test
    @DisplayName("in the mapped buying centre every mandatory position is held and assessed")
    void allAssessed() {
      DecisionChain chain = buyingCentre();
      assertEquals(Set.of(), chain.missingMandatoryPositions());
      assertEquals(Set.of(), chain.unassessedMandatoryPositions(levels()));
      ChainCoverageReport report = chain.coverage(levels(), true);
      assertTrue(report.mandatoryPositionsAssessed());
      assertEquals(
          "CTO ASSESSED — P-CTO assessed: stance and level known",
          report.mandatoryPositions().get(1).toString());
      assertEquals(List.of(CTO), ids(chain.holders(PositionKind.CTO)));
    }

    @Test
    @DisplayName("a missing COO is a recorded risk")
    void missing() {
      DecisionChain chain =
          DecisionChain.builder(CUSTOMER)
              .person(ceo())
              .person(cto())
              .person(procurement())
              .person(planning())
              .person(assistant())
              .build();
      assertEquals(Set.of(PositionKind.COO), chain.missingMandatoryPositions());
      ChainCoverageReport report = chain.coverage(levels(), false);
      assertFalse(report.mandatoryPositionsAssessed());
      MandatoryPositionCheck coo = report.mandatoryPositions().get(2);
      assertEquals(PositionKind.COO, coo.position());
      assertFalse(coo.held());
      assertFalse(coo.assessed());
      assertEquals("COO MISSING — no COO in the decision chain", coo.toString());
      List<ChainRisk> risks = report.risks(ChainRiskKind.MANDATORY_POSITION_MISSING);
      assertEquals(
          List.of(
              new ChainRisk(
                  ChainRiskKind.MANDATORY_POSITION_MISSING,
                  "the chief operating officer is not in the decision chain, but is always"
                      + " assessed")),
          risks);
      assertEquals(RuleId.of("D7.2"), risks.get(0).rule());
    }

    @Test
    @DisplayName("a held position is unassessed while the holder's stance or level is unknown")
    void unassessed() {
      DecisionChain chain =
          buyingCentre().toBuilder().person(withStance(ceo(), Optional.empty())).build();
      Map<PersonId, KeyRelationshipLevel> levels = new HashMap<>(levels());
      levels.remove(CEO);
      levels.remove(CTO);
      assertEquals(
          Set.of(PositionKind.CEO, PositionKind.CTO), chain.unassessedMandatoryPositions(levels));
      ChainCoverageReport report = chain.coverage(levels, true);
      assertEquals(
          "CEO NOT ASSESSED — P-CEO: stance not recorded, no key-relationship level",
          report.mandatoryPositions().get(0).toString());
      assertEquals(
          "CTO NOT ASSESSED — P-CTO: no key-relationship level",
          report.mandatoryPositions().get(1).toString());
      List<ChainRisk> risks = report.risks(ChainRiskKind.MANDATORY_POSITION_UNASSESSED);
      assertEquals(2, risks.size());
      assertEquals(
          "mandatory position not assessed: the chief executive officer is not assessed: P-CEO:"
              + " stance not recorded, no key-relationship level → record the holder's stance and"
              + " assess the key relationship with them [DOMAIN D7.2]",
          risks.get(0).toString());
      assertTrue(
          report.risks(ChainRiskKind.STANCE_UNKNOWN).stream()
              .noneMatch(r -> r.reason().contains("P-CEO")),
          "the CEO's unknown stance is reported once, as an unassessed mandatory position");
      assertEquals(
          Set.of(PositionKind.CEO),
          chain.unassessedMandatoryPositions(ChainFixtures.levels()),
          "with a level, only the missing stance remains");
    }

    @Test
    @DisplayName("with two holders, a position is assessed only when both are")
    void twoHolders() {
      KeyPerson deputy =
          KeyPerson.builder()
              .id(PersonId.of("P-CTO-2"))
              .name("Feng Lei")
              .title("Deputy CTO, wireless")
              .position(PositionKind.CTO)
              .addRole(DecisionRole.INFLUENCER)
              .stance(Stance.NEUTRAL)
              .build();
      DecisionChain chain = buyingCentre().toBuilder().person(deputy).build();
      assertEquals(Set.of(PositionKind.CTO), chain.unassessedMandatoryPositions(levels()));
      ChainCoverageReport report = chain.coverage(levels(), true);
      assertEquals(List.of(CTO, deputy.id()), report.mandatoryPositions().get(1).holders());
      assertEquals(
          "CTO NOT ASSESSED — P-CTO-2: no key-relationship level",
          report.mandatoryPositions().get(1).toString());
    }

    @Test
    @DisplayName("risks come in the order of their kinds")
    void riskOrder() {
      DecisionChain chain =
          DecisionChain.builder(CUSTOMER)
              .person(withStance(ceo(), Optional.empty()))
              .person(engineer())
              .build();
      List<ChainRiskKind> kinds =
          chain.coverage(Map.of(), true).risks().stream().map(ChainRisk::kind).toList();
      assertEquals(
          List.of(
              ChainRiskKind.HIDDEN_ROLE,
              ChainRiskKind.HIDDEN_ROLE,
              ChainRiskKind.HIDDEN_ROLE,
              ChainRiskKind.HIDDEN_ROLE,
              ChainRiskKind.HIDDEN_ROLE,
              ChainRiskKind.MANDATORY_POSITION_MISSING,
              ChainRiskKind.MANDATORY_POSITION_MISSING,
              ChainRiskKind.MANDATORY_POSITION_MISSING,
              ChainRiskKind.MANDATORY_POSITION_UNASSESSED,
              ChainRiskKind.STANCE_UNKNOWN,
              ChainRiskKind.NO_COACH_ON_HILLTOP),
          kinds);
    }
  }

  @Nested
  @DisplayName("D7.2 refused graph edits")
  class RefusedEdits {

    private DecisionChain.Builder builder() {
      return DecisionChain.builder(CUSTOMER)
          .opportunity(OPPORTUNITY)
          .person(ceo())
          .person(cto())
          .person(coo())
          .person(planning())
          .reportsTo(CTO, CEO)
          .reportsTo(PLANNING, CTO);
    }

    @Test
    @DisplayName("a line to or from a person not in the chain is refused")
    void unknownPerson() {
      IllegalArgumentException e =
          assertRefusedValue("D7.2", () -> builder().reportsTo(PROCUREMENT, COO));
      assertTrue(e.getMessage().contains("P-PROC is not in the decision chain"), e::getMessage);
      assertRefusedValue("D7.2", () -> builder().reportsTo(COO, PROCUREMENT));
      assertRefusedValue(
          "D7.2", () -> builder().influences(PROCUREMENT, CEO, InfluenceStrength.WEAK));
      assertRefusedValue(
          "D7.2", () -> builder().influences(CEO, PROCUREMENT, InfluenceStrength.WEAK));
    }

    @Test
    @DisplayName("no one reports to or influences themselves")
    void selfLoop() {
      IllegalArgumentException e = assertRefusedValue("D7.2", () -> builder().reportsTo(CEO, CEO));
      assertTrue(e.getMessage().contains("P-CEO cannot report to themselves"), e::getMessage);
      assertRefusedValue("D7.2", () -> builder().influences(CTO, CTO, InfluenceStrength.STRONG));
    }

    @Test
    @DisplayName("each person reports to one manager: a second manager is refused (D7.2)")
    void twoManagers() {
      DecisionChain.Builder builder = builder();
      DecisionChain before = builder.build();
      RuleViolationException e = assertViolates("D7.2", () -> builder.reportsTo(PLANNING, COO));
      assertEquals(
          "Decision chain of CU-NORTH-MOBILE for OP-CORE-2026 (4 people) refused 'reportsTo':"
              + " P-PLAN already reports to P-CTO; in the customer's organisation chart each person"
              + " has one manager [DOMAIN D7.2]",
          e.getMessage());
      assertEquals(before, builder.build(), "a refused line leaves the builder as it was");
      assertEquals(before, builder.reportsTo(PLANNING, CTO).build(), "the same line is no change");
    }

    @Test
    @DisplayName("a reporting line that closes a cycle is refused (D7.2)")
    void cycles() {
      DecisionChain.Builder builder = builder();
      DecisionChain before = builder.build();
      RuleViolationException direct = assertViolates("D7.2", () -> builder.reportsTo(CEO, CTO));
      assertTrue(
          direct.getMessage().contains("P-CEO reporting to P-CTO would close a cycle"),
          direct::getMessage);
      assertViolates("D7.2", () -> builder.reportsTo(CEO, PLANNING));
      assertEquals(before, builder.build(), "a refused line leaves the builder as it was");
    }

    @Test
    @DisplayName("influence may run against a reporting line, and cycles of influence are fine")
    void influenceAgainstTheLine() {
      DecisionChain chain =
          builder()
              .influences(PLANNING, CTO, InfluenceStrength.MEDIUM)
              .influences(CTO, PLANNING, InfluenceStrength.WEAK)
              .influences(PLANNING, CTO, InfluenceStrength.STRONG)
              .build();
      assertEquals(
          new ChainLink(true, Optional.of(InfluenceStrength.STRONG)),
          chain.graph().edgeValue(PLANNING, CTO).orElseThrow(),
          "the later strength replaces the earlier one, the reporting line stays");
      assertEquals(
          ChainLink.influencing(InfluenceStrength.WEAK),
          chain.graph().edgeValue(CTO, PLANNING).orElseThrow());
      assertEquals(Optional.of(CTO), chain.manager(PLANNING));
    }

    @Test
    @DisplayName("a chain link is a reporting line, an influence or both")
    void emptyLink() {
      assertRefusedValue("D7.2", () -> new ChainLink(false, Optional.empty()));
      assertEquals("influences (weak)", ChainLink.influencing(InfluenceStrength.WEAK).toString());
      assertEquals("reports to", ChainLink.reporting().toString());
      assertEquals(
          Set.of(LinkKind.INFLUENCES), ChainLink.influencing(InfluenceStrength.WEAK).kinds());
    }
  }

  @Nested
  @DisplayName("D7.8 names are personal data")
  class PersonalData {

    @Test
    @DisplayName("a key person's name never shows in toString(), summaries or the report")
    void redacted() {
      String text =
          planning().toString()
              + planning().summary()
              + cto()
              + buyingCentre()
              + buyingCentre().coverage(levels(), true);
      for (String name : List.of(CEO_NAME, CTO_NAME, PLANNING_NAME)) {
        assertFalse(text.contains(name), () -> name + " leaked: " + text);
      }
      assertTrue(planning().toString().contains("name=***"), planning()::toString);
      assertEquals(PLANNING_NAME, planning().name(), "the host can still read it");
    }
  }
}
