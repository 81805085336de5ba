package org.leadtocash.planning.expansion;

import org.leadtocash.domain.common.CompetitorId;
import org.leadtocash.domain.common.CustomerId;
import org.leadtocash.domain.common.EmployeeId;
import org.leadtocash.domain.common.PersonId;
import org.leadtocash.domain.relationship.DecisionChain;
import org.leadtocash.domain.relationship.DecisionRole;
import org.leadtocash.domain.relationship.InfluenceStrength;
import org.leadtocash.domain.relationship.KeyPerson;
import org.leadtocash.domain.relationship.Organisation;
import org.leadtocash.domain.relationship.PositionKind;
import org.leadtocash.domain.relationship.Stance;

/**
 * The key account of the scenarios: North Mobile's decision chain of six people (DOMAIN D7.2) and
 * our sales organisation (D7.8).
 *
 * <pre>
 *   P-1 President (CEO)            approver                 neutral
 *   ├─ P-2 CTO (CTO)               decider                  supporter, coach
 *   │  ├─ P-4 Head of Planning     initiator, influencer    supporter
 *   │  │  └─ P-5 Chief Engineer    user, influencer         opponent   — influences P-2 strongly
 *   │  └─ P-6 Deputy Head of O&amp;M  user                     neutral    — influences P-4 weakly
 *   └─ P-3 Procurement Director    buyer, gatekeeper        neutral
 *   P-4 influences P-2 (medium).
 *
 *   our organisation: E-CHEN (region head) ← E-LI (account manager) ← E-WU (account engineer)
 *                     E-CHEN ← E-ZHAO (another account manager, E-LI's peer)
 * </pre>
 */
final class NorthMobile {

  static final CustomerId NORTH_MOBILE = CustomerId.of("CU-NORTH");
  static final CompetitorId ACME = CompetitorId.of("CO-ACME");

  static final PersonId PRESIDENT = PersonId.of("P-1");
  static final PersonId CTO = PersonId.of("P-2");
  static final PersonId PROCUREMENT = PersonId.of("P-3");
  static final PersonId PLANNING = PersonId.of("P-4");
  static final PersonId CHIEF_ENGINEER = PersonId.of("P-5");
  static final PersonId DEPUTY_OM = PersonId.of("P-6");

  static final EmployeeId CHEN = EmployeeId.of("E-CHEN");
  static final EmployeeId LI = EmployeeId.of("E-LI");
  static final EmployeeId WU = EmployeeId.of("E-WU");
  static final EmployeeId ZHAO = EmployeeId.of("E-ZHAO");

  static final KeyPerson CTO_PERSON =
      KeyPerson.builder()
          .id(CTO)
          .name("Wang Gang")
          .title("CTO")
          .position(PositionKind.CTO)
          .stance(Stance.SUPPORTER)
          .addRoles(DecisionRole.DECIDER)
          .coach(true)
          .build();

  static final DecisionChain CHAIN =
      DecisionChain.builder(NORTH_MOBILE)
          .person(
              person(
                  PRESIDENT,
                  "Zhou Min",
                  "President",
                  PositionKind.CEO,
                  Stance.NEUTRAL,
                  DecisionRole.APPROVER))
          .person(CTO_PERSON)
          .person(
              person(
                  PROCUREMENT,
                  "Sun Li",
                  "Procurement Director",
                  PositionKind.PROCUREMENT_DIRECTOR,
                  Stance.NEUTRAL,
                  DecisionRole.BUYER,
                  DecisionRole.GATEKEEPER))
          .person(
              person(
                  PLANNING,
                  "Liu Yang",
                  "Head of Planning",
                  PositionKind.MANAGER,
                  Stance.SUPPORTER,
                  DecisionRole.INITIATOR,
                  DecisionRole.INFLUENCER))
          .person(
              person(
                  CHIEF_ENGINEER,
                  "Ma Jun",
                  "Chief Engineer",
                  PositionKind.STAFF,
                  Stance.OPPONENT,
                  DecisionRole.USER,
                  DecisionRole.INFLUENCER))
          .person(
              person(
                  DEPUTY_OM,
                  "He Jing",
                  "Deputy Head of O&M",
                  PositionKind.MANAGER,
                  Stance.NEUTRAL,
                  DecisionRole.USER))
          .reportsTo(CTO, PRESIDENT)
          .reportsTo(PROCUREMENT, PRESIDENT)
          .reportsTo(PLANNING, CTO)
          .reportsTo(CHIEF_ENGINEER, PLANNING)
          .reportsTo(DEPUTY_OM, CTO)
          .influences(CHIEF_ENGINEER, CTO, InfluenceStrength.STRONG)
          .influences(PLANNING, CTO, InfluenceStrength.MEDIUM)
          .influences(DEPUTY_OM, PLANNING, InfluenceStrength.WEAK)
          .build();

  static final Organisation ORGANISATION =
      Organisation.builder()
          .member(CHEN)
          .member(LI, CHEN)
          .member(WU, LI)
          .member(ZHAO, CHEN)
          .build();

  private NorthMobile() {}

  private static KeyPerson person(
      PersonId id,
      String name,
      String title,
      PositionKind position,
      Stance stance,
      DecisionRole... roles) {
    return KeyPerson.builder()
        .id(id)
        .name(name)
        .title(title)
        .position(position)
        .stance(stance)
        .addRoles(roles)
        .build();
  }
}
