package org.leadtocash.planning.relationship;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leadtocash.planning.relationship.NorthMobile.CEO;
import static org.leadtocash.planning.relationship.NorthMobile.CTO;
import static org.leadtocash.planning.relationship.NorthMobile.ENGINEER;
import static org.leadtocash.planning.relationship.NorthMobile.NETWORK;
import static org.leadtocash.planning.relationship.NorthMobile.NORTH_MOBILE;
import static org.leadtocash.planning.relationship.NorthMobile.PROCUREMENT;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.leadtocash.domain.common.CustomerId;
import org.leadtocash.domain.common.PersonId;
import org.leadtocash.domain.relationship.DecisionChain;
import org.leadtocash.domain.relationship.DecisionRole;
import org.leadtocash.domain.relationship.GeneralRelationshipGrade;
import org.leadtocash.domain.relationship.KeyPerson;
import org.leadtocash.domain.relationship.KeyRelationshipLevel;
import org.leadtocash.domain.relationship.OrganisationalRelationshipLevel;
import org.leadtocash.domain.relationship.PositionKind;

/**
 * The planner measures North Mobile's relationship targets against today's decision chain of five
 * and today's relationships (DOMAIN D10.1, step 3).
 */
class RelationshipGapTest {

  private static KeyPerson person(
      PersonId id, String title, PositionKind position, DecisionRole role) {
    return KeyPerson.builder()
        .id(id)
        .name("name of " + id)
        .title(title)
        .position(position)
        .addRole(role)
        .build();
  }

  static DecisionChain chain() {
    return DecisionChain.builder(NORTH_MOBILE)
        .person(person(CEO, "President", PositionKind.CEO, DecisionRole.APPROVER))
        .person(person(CTO, "Chief Technology Officer", PositionKind.CTO, DecisionRole.DECIDER))
        .person(
            person(
                PROCUREMENT,
                "Procurement Director",
                PositionKind.PROCUREMENT_DIRECTOR,
                DecisionRole.BUYER))
        .person(person(NETWORK, "Head of Network", PositionKind.MANAGER, DecisionRole.INFLUENCER))
        .person(person(ENGINEER, "Core Network Engineer", PositionKind.STAFF, DecisionRole.USER))
        .reportsTo(CTO, CEO)
        .reportsTo(NETWORK, CTO)
        .reportsTo(ENGINEER, NETWORK)
        .build();
  }

  static CurrentRelationships today() {
    return CurrentRelationships.builder()
        .chain(chain())
        .keyLevel(CEO, KeyRelationshipLevel.SUPPORTIVE_EXCLUSIVE)
        .keyLevel(CTO, KeyRelationshipLevel.SUPPORTIVE)
        .keyLevel(PROCUREMENT, KeyRelationshipLevel.FAVOURABLE)
        .keyLevel(NETWORK, KeyRelationshipLevel.SUPPORTIVE_EXCLUSIVE)
        .keyLevel(PersonId.of("P-ELSEWHERE"), KeyRelationshipLevel.SUPPORTIVE_EXCLUSIVE)
        .organisational(NORTH_MOBILE, OrganisationalRelationshipLevel.KEY_SUPPLIER)
        .general(NORTH_MOBILE, GeneralRelationshipGrade.GOOD)
        .build();
  }

  @Test
  @DisplayName(
      "DOMAIN D10.1: 3 exclusive wanted, 2 today: 1 short, the procurement director and the"
          + " engineer to raise; partner short by North Mobile itself")
  void gapAgainstTheDecisionChain() {
    RelationshipPlan plan = NorthMobile.derived().state();

    RelationshipGap gap = plan.gap(today());

    assertEquals(4, gap.gaps().size());
    TargetGap exclusive = gap.gaps().get(0);
    assertEquals(2, exclusive.reached());
    assertEquals(1, exclusive.shortBy());
    assertEquals(
        List.of(
            new GapCandidate(NORTH_MOBILE, Optional.of(PROCUREMENT), "favourable"),
            new GapCandidate(NORTH_MOBILE, Optional.of(ENGINEER), "not assessed")),
        exclusive.candidates());
    TargetGap supportive = gap.gaps().get(1);
    assertTrue(supportive.isReached(), supportive::explanation);
    TargetGap partner = gap.gaps().get(2);
    assertEquals(0, partner.reached());
    assertEquals(
        List.of(new GapCandidate(NORTH_MOBILE, Optional.empty(), "key supplier")),
        partner.candidates());
    assertTrue(gap.gaps().get(3).isReached());
    assertFalse(gap.isClosed());
    assertEquals(List.of(exclusive, partner), gap.open());
    assertEquals(
        "3 key persons at supportive and exclusive: 2 today, 1 short; to raise: P-PD of CU-NM"
            + " (favourable), P-ENG of CU-NM (not assessed)\n"
            + "1 key person at supportive, not exclusive: 1 today, reached\n"
            + "1 customer at partner or above: 0 today, 1 short; to raise: CU-NM (key supplier)\n"
            + "general relationship at least good with 1 customer: 1 today, reached",
        gap.explanation());
  }

  @Test
  @DisplayName(
      "DOMAIN D10.1: a person at supportive and exclusive counts once, towards the supportive"
          + " target when the exclusive one is full")
  void eachPersonCountsOnce() {
    PlanScope scope = NorthMobile.scope();
    List<RelationshipTarget> targets =
        List.of(
            RelationshipTarget.keyPersons(KeyRelationshipLevel.SUPPORTIVE, 3, "wider support"),
            RelationshipTarget.keyPersons(KeyRelationshipLevel.SUPPORTIVE_EXCLUSIVE, 1, "decider"));

    RelationshipGap gap = RelationshipGap.of(scope, targets, today());

    // exclusive takes one of the two exclusive persons; supportive takes the other and the CTO
    assertEquals(2, gap.gaps().get(0).reached());
    assertEquals(1, gap.gaps().get(1).reached());
    assertEquals(
        "3 key persons at supportive, not exclusive: 2 today, 1 short; to raise: P-PD of CU-NM"
            + " (favourable), P-ENG of CU-NM (not assessed)",
        gap.gaps().get(0).explanation());
  }

  @Test
  @DisplayName(
      "DOMAIN D10.1: with no decision chain mapped, every key person is short and the report"
          + " says to map the chain")
  void unmappedChain() {
    RelationshipPlan plan = NorthMobile.derived().state();

    RelationshipGap gap = plan.gap(CurrentRelationships.builder().build());

    assertEquals(
        "3 key persons at supportive and exclusive: 0 today, 3 short; no one mapped to raise: map"
            + " the decision chain further",
        gap.gaps().get(0).explanation());
    assertEquals(
        "general relationship at least good with 1 customer: 0 today, 1 short; to raise: CU-NM"
            + " (not assessed)",
        gap.gaps().get(3).explanation());
  }

  @Test
  @DisplayName("DOMAIN D10.1: before the targets are derived, the gap report has no entry")
  void noTargetsNoGap() {
    assertEquals(List.of(), NorthMobile.opened().state().gap(today()).gaps());
    assertTrue(NorthMobile.opened().state().gap(today()).isClosed());
  }

  @Test
  @DisplayName("DOMAIN D10.1: two decision chains of one customer are refused")
  void oneChainPerCustomer() {
    IllegalArgumentException refused =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                new CurrentRelationships(
                    List.of(chain(), chain()),
                    java.util.Map.of(),
                    java.util.Map.of(),
                    java.util.Map.of()));
    assertTrue(refused.getMessage().contains("DOMAIN D10.1"), refused::getMessage);
    assertEquals(Optional.empty(), today().chain(CustomerId.of("CU-OTHER")));
  }
}
