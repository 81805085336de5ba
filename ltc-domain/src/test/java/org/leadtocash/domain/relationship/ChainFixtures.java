package org.leadtocash.domain.relationship;

import static org.leadtocash.domain.relationship.DecisionRole.APPROVER;
import static org.leadtocash.domain.relationship.DecisionRole.BUYER;
import static org.leadtocash.domain.relationship.DecisionRole.DECIDER;
import static org.leadtocash.domain.relationship.DecisionRole.GATEKEEPER;
import static org.leadtocash.domain.relationship.DecisionRole.INFLUENCER;
import static org.leadtocash.domain.relationship.DecisionRole.INITIATOR;
import static org.leadtocash.domain.relationship.DecisionRole.USER;
import static org.leadtocash.domain.relationship.InfluenceStrength.MEDIUM;
import static org.leadtocash.domain.relationship.InfluenceStrength.STRONG;
import static org.leadtocash.domain.relationship.InfluenceStrength.WEAK;

import com.google.common.collect.ImmutableMap;
import java.util.Map;
import java.util.Optional;
import org.leadtocash.domain.common.CustomerId;
import org.leadtocash.domain.common.EmployeeId;
import org.leadtocash.domain.common.OpportunityId;
import org.leadtocash.domain.common.PersonId;

/**
 * The buying centre of a provincial mobile operator for its core-network tender, and the people
 * around it, for the decision-chain and connection tests.
 */
final class ChainFixtures {

  static final CustomerId CUSTOMER = CustomerId.of("CU-NORTH-MOBILE");
  static final OpportunityId OPPORTUNITY = OpportunityId.of("OP-CORE-2026");

  static final PersonId CEO = PersonId.of("P-CEO");
  static final PersonId CTO = PersonId.of("P-CTO");
  static final PersonId COO = PersonId.of("P-COO");
  static final PersonId PROCUREMENT = PersonId.of("P-PROC");
  static final PersonId PLANNING = PersonId.of("P-PLAN");
  static final PersonId ENGINEER = PersonId.of("P-ENG");
  static final PersonId ASSISTANT = PersonId.of("P-ASST");

  /** Names are personal data: they must never show in toString(), reports or maps. */
  static final String CEO_NAME = "Zhao Guoqiang";

  static final String CTO_NAME = "Qian Hua";
  static final String PLANNING_NAME = "Sun Li";

  private ChainFixtures() {}

  static KeyPerson ceo() {
    return KeyPerson.builder()
        .id(CEO)
        .name(CEO_NAME)
        .title("President")
        .position(PositionKind.CEO)
        .addRole(APPROVER)
        .stance(Stance.NEUTRAL)
        .build();
  }

  static KeyPerson cto() {
    return KeyPerson.builder()
        .id(CTO)
        .name(CTO_NAME)
        .title("Chief Technology Officer")
        .position(PositionKind.CTO)
        .addRole(DECIDER)
        .stance(Stance.SUPPORTER)
        .build();
  }

  static KeyPerson coo() {
    return KeyPerson.builder()
        .id(COO)
        .name("Li Ming")
        .title("Chief Operating Officer")
        .position(PositionKind.COO)
        .addRole(INFLUENCER)
        .stance(Stance.OPPONENT)
        .build();
  }

  static KeyPerson procurement() {
    return KeyPerson.builder()
        .id(PROCUREMENT)
        .name("Zhou Jie")
        .title("Procurement Director")
        .position(PositionKind.PROCUREMENT_DIRECTOR)
        .addRole(BUYER)
        .stance(Stance.NEUTRAL)
        .build();
  }

  /** Our coach: head of network planning, initiator and user of the new core network. */
  static KeyPerson planning() {
    return KeyPerson.builder()
        .id(PLANNING)
        .name(PLANNING_NAME)
        .title("Head of Network Planning")
        .position(PositionKind.MANAGER)
        .addRoles(INITIATOR, USER)
        .stance(Stance.SUPPORTER)
        .coach(true)
        .build();
  }

  /** A user whose stance is not known yet. */
  static KeyPerson engineer() {
    return KeyPerson.builder()
        .id(ENGINEER)
        .name("Wu Fang")
        .title("Senior Core-Network Engineer")
        .position(PositionKind.STAFF)
        .addRole(USER)
        .build();
  }

  /** The president's assistant, who controls access to him. */
  static KeyPerson assistant() {
    return KeyPerson.builder()
        .id(ASSISTANT)
        .name("Zheng Yu")
        .title("Assistant to the President")
        .position(PositionKind.STAFF)
        .addRole(GATEKEEPER)
        .stance(Stance.SUPPORTER)
        .build();
  }

  /** The whole buying centre with its organisation chart and influence lines. */
  static DecisionChain buyingCentre() {
    return DecisionChain.builder(CUSTOMER)
        .opportunity(OPPORTUNITY)
        .person(ceo())
        .person(cto())
        .person(coo())
        .person(procurement())
        .person(planning())
        .person(engineer())
        .person(assistant())
        .reportsTo(CTO, CEO)
        .reportsTo(COO, CEO)
        .reportsTo(PROCUREMENT, COO)
        .reportsTo(PLANNING, CTO)
        .reportsTo(ENGINEER, PLANNING)
        .reportsTo(ASSISTANT, CEO)
        .influences(PLANNING, CTO, STRONG)
        .influences(COO, CEO, STRONG)
        .influences(ASSISTANT, CEO, MEDIUM)
        .influences(ENGINEER, PLANNING, WEAK)
        .influences(CTO, PROCUREMENT, MEDIUM)
        .build();
  }

  /** The key-relationship levels of the buying centre: everyone but the engineer is assessed. */
  static Map<PersonId, KeyRelationshipLevel> levels() {
    return ImmutableMap.of(
        CEO, KeyRelationshipLevel.ACCEPTED,
        CTO, KeyRelationshipLevel.SUPPORTIVE,
        COO, KeyRelationshipLevel.CONTACTED,
        PROCUREMENT, KeyRelationshipLevel.ACCEPTED,
        PLANNING, KeyRelationshipLevel.SUPPORTIVE_EXCLUSIVE,
        ASSISTANT, KeyRelationshipLevel.FAVOURABLE);
  }

  /** Returns a copy of a key person with another stance. */
  static KeyPerson withStance(KeyPerson person, Optional<Stance> stance) {
    return KeyPerson.builder().from(person).stance(stance).build();
  }

  /** Our people and the people around the CTO, for the connection tests. */
  static final EmployeeId ACCOUNT_MANAGER = EmployeeId.of("E-AM");

  static final EmployeeId SOLUTION_MANAGER = EmployeeId.of("E-SM");
  static final EmployeeId DELIVERY_MANAGER = EmployeeId.of("E-DM");
}
