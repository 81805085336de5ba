package org.leadtocash.examples;

import static org.leadtocash.examples.LeadToCashStory.CHEN_SPONSOR;
import static org.leadtocash.examples.LeadToCashStory.LI_LEAD_MANAGER;
import static org.leadtocash.examples.LeadToCashStory.NORTH_MOBILE;
import static org.leadtocash.examples.LeadToCashStory.OPPORTUNITY;
import static org.leadtocash.examples.LeadToCashStory.SUN_SR;
import static org.leadtocash.examples.LeadToCashStory.WANG_NURTURER;
import static org.leadtocash.examples.LeadToCashStory.ZHANG_AR;
import static org.leadtocash.examples.LeadToCashStory.ZHOU_FR;
import static org.leadtocash.examples.LeadToCashStory.on;

import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.leadtocash.domain.common.EmployeeId;
import org.leadtocash.domain.common.PersonId;
import org.leadtocash.domain.common.Transition;
import org.leadtocash.domain.customer.MaslowLevel;
import org.leadtocash.domain.customer.PersonalProfile;
import org.leadtocash.domain.relationship.ConnectionNetwork;
import org.leadtocash.domain.relationship.ConnectionPath;
import org.leadtocash.domain.relationship.ConnectionType;
import org.leadtocash.domain.relationship.DecisionChain;
import org.leadtocash.domain.relationship.DecisionRole;
import org.leadtocash.domain.relationship.InfluenceStrength;
import org.leadtocash.domain.relationship.KeyPerson;
import org.leadtocash.domain.relationship.KeyRelationship;
import org.leadtocash.domain.relationship.KeyRelationshipAssessment;
import org.leadtocash.domain.relationship.KeyRelationshipDimension;
import org.leadtocash.domain.relationship.KeyRelationshipEvent;
import org.leadtocash.domain.relationship.KeyRelationshipId;
import org.leadtocash.domain.relationship.KeyRelationshipLevel;
import org.leadtocash.domain.relationship.Organisation;
import org.leadtocash.domain.relationship.PositionKind;
import org.leadtocash.domain.relationship.RelationshipCard;
import org.leadtocash.domain.relationship.RelationshipCards;
import org.leadtocash.domain.relationship.Stance;

/**
 * The relationship side of the story (DOMAIN D7): North Mobile's buying centre for the backbone
 * upgrade, our relationship with its CTO as it grows, how we reach its president, and who may read
 * the CTO's card. Pure functions; the tour prints them and the scenario test asserts them.
 */
public final class RelationshipStory {

  /** The president (CEO): approver. */
  public static final PersonId PRESIDENT = PersonId.of("P-PRESIDENT");

  /** The CTO: decider. */
  public static final PersonId CTO = PersonId.of("P-CTO");

  /** The COO: influencer, close to a competitor. */
  public static final PersonId COO = PersonId.of("P-COO");

  /** The procurement director: buyer. */
  public static final PersonId PROCUREMENT = PersonId.of("P-PROCUREMENT");

  /** The head of network planning: initiator and user, and our coach. */
  public static final PersonId PLANNING = PersonId.of("P-PLANNING");

  /** The president's assistant: gatekeeper. */
  public static final PersonId ASSISTANT = PersonId.of("P-ASSISTANT");

  /** A former classmate of the president, a friend of Sun's. */
  public static final PersonId CLASSMATE = PersonId.of("P-CLASSMATE");

  /** Our relationship with the CTO. */
  public static final KeyRelationshipId CTO_RELATIONSHIP = KeyRelationshipId.of("KR-CTO");

  private RelationshipStory() {}

  /**
   * The buying centre of the backbone upgrade (D7.2, D7.3): people, reporting lines and influence.
   *
   * @return the decision chain
   */
  public static DecisionChain decisionChain() {
    return DecisionChain.builder(NORTH_MOBILE)
        .opportunity(OPPORTUNITY)
        .person(
            person(
                PRESIDENT,
                "Zhao Guoqiang",
                "President",
                PositionKind.CEO,
                Stance.NEUTRAL,
                DecisionRole.APPROVER))
        .person(
            person(
                CTO,
                "Qian Hua",
                "Chief Technology Officer",
                PositionKind.CTO,
                Stance.SUPPORTER,
                DecisionRole.DECIDER))
        .person(
            person(
                COO,
                "Li Ming",
                "Chief Operating Officer",
                PositionKind.COO,
                Stance.OPPONENT,
                DecisionRole.INFLUENCER))
        .person(
            person(
                PROCUREMENT,
                "Zhou Jie",
                "Procurement Director",
                PositionKind.PROCUREMENT_DIRECTOR,
                Stance.NEUTRAL,
                DecisionRole.BUYER))
        .person(
            KeyPerson.builder()
                .id(PLANNING)
                .name("Sun Li")
                .title("Head of Network Planning")
                .position(PositionKind.MANAGER)
                .addRoles(DecisionRole.INITIATOR, DecisionRole.USER)
                .stance(Stance.SUPPORTER)
                .coach(true)
                .build())
        .person(
            person(
                ASSISTANT,
                "Zheng Yu",
                "Assistant to the President",
                PositionKind.STAFF,
                Stance.SUPPORTER,
                DecisionRole.GATEKEEPER))
        .reportsTo(CTO, PRESIDENT)
        .reportsTo(COO, PRESIDENT)
        .reportsTo(PROCUREMENT, COO)
        .reportsTo(PLANNING, CTO)
        .reportsTo(ASSISTANT, PRESIDENT)
        .influences(PLANNING, CTO, InfluenceStrength.STRONG)
        .influences(COO, PRESIDENT, InfluenceStrength.STRONG)
        .influences(ASSISTANT, PRESIDENT, InfluenceStrength.MEDIUM)
        .build();
  }

  private static KeyPerson person(
      PersonId id,
      String name,
      String title,
      PositionKind position,
      Stance stance,
      DecisionRole role) {
    return KeyPerson.builder()
        .id(id)
        .name(name)
        .title(title)
        .position(position)
        .addRole(role)
        .stance(stance)
        .build();
  }

  /**
   * Zhang's key relationship with the CTO, assessed three times on the six dimensions (D7.4, D7.5):
   * contacted in January, favourable in March, supportive by May.
   *
   * @return the relationship with its level history
   */
  public static Transition<KeyRelationship, KeyRelationshipEvent> ctoRelationship() {
    return KeyRelationship.open(
            CTO_RELATIONSHIP, NORTH_MOBILE, CTO, ZHANG_AR, on(LocalDate.of(2026, 1, 12)))
        .then(
            r ->
                r.assess(
                    assessment(LocalDate.of(2026, 1, 20), 3, 2, 2, 1, 2, 2),
                    on(LocalDate.of(2026, 1, 20))))
        .then(
            r ->
                r.assess(
                    assessment(LocalDate.of(2026, 3, 16), 4, 4, 3, 3, 4, 2),
                    on(LocalDate.of(2026, 3, 16))))
        .then(
            r ->
                r.assess(
                    assessment(LocalDate.of(2026, 5, 11), 4, 4, 4, 4, 4, 4),
                    on(LocalDate.of(2026, 5, 11))));
  }

  private static KeyRelationshipAssessment assessment(
      LocalDate on,
      int acceptance,
      int participation,
      int information,
      int guidance,
      int support,
      int attitude) {
    return KeyRelationshipAssessment.builder()
        .score(KeyRelationshipDimension.ACCEPTANCE_OF_COMPANY, acceptance)
        .score(KeyRelationshipDimension.PARTICIPATION, participation)
        .score(KeyRelationshipDimension.INFORMATION_SHARING, information)
        .score(KeyRelationshipDimension.GUIDANCE, guidance)
        .score(KeyRelationshipDimension.PROJECT_SUPPORT, support)
        .score(KeyRelationshipDimension.COMPETITIVE_ATTITUDE, attitude)
        .assessor(ZHANG_AR)
        .assessedOn(on)
        .build();
  }

  /**
   * The levels of the buying centre: the CTO's from his relationship, the others as last assessed.
   * The COO is not assessed yet.
   *
   * @param cto our relationship with the CTO; not null
   * @return the level per person
   */
  public static Map<PersonId, KeyRelationshipLevel> levels(KeyRelationship cto) {
    ImmutableMap.Builder<PersonId, KeyRelationshipLevel> levels =
        ImmutableMap.<PersonId, KeyRelationshipLevel>builder()
            .put(PRESIDENT, KeyRelationshipLevel.ACCEPTED)
            .put(PROCUREMENT, KeyRelationshipLevel.ACCEPTED)
            .put(PLANNING, KeyRelationshipLevel.SUPPORTIVE_EXCLUSIVE)
            .put(ASSISTANT, KeyRelationshipLevel.FAVOURABLE);
    cto.level().ifPresent(level -> levels.put(CTO, level));
    return levels.buildOrThrow();
  }

  /**
   * Who knows whom (D7.10): Sun studied with a classmate of the president; Zhang plays in the CTO's
   * club; Zhou's neighbour is the assistant.
   *
   * @return the connection network
   */
  public static ConnectionNetwork network() {
    return ConnectionNetwork.builder()
        .connect(SUN_SR, CLASSMATE, ConnectionType.FRIEND)
        .connect(CLASSMATE, PRESIDENT, ConnectionType.SCHOOL)
        .connect(ZHANG_AR, CTO, ConnectionType.CLUB)
        .connect(CTO, PRESIDENT, ConnectionType.COLLEAGUE)
        .connect(ZHOU_FR, ASSISTANT, ConnectionType.NEIGHBOUR)
        .connect(ASSISTANT, PRESIDENT, ConnectionType.COLLEAGUE)
        .build();
  }

  /**
   * The best way for the project triangle to reach the president.
   *
   * @return the best path, if any
   */
  public static Optional<ConnectionPath> pathToPresident() {
    return network().best(Set.of(ZHANG_AR, SUN_SR, ZHOU_FR), PRESIDENT, 4);
  }

  /**
   * Our own organisation (D7.8): Chen heads the office; Zhang, Sun, Zhou, Li and Wang report to
   * him.
   *
   * @return the organisation
   */
  public static Organisation organisation() {
    return Organisation.builder()
        .member(CHEN_SPONSOR)
        .member(ZHANG_AR, CHEN_SPONSOR)
        .member(SUN_SR, CHEN_SPONSOR)
        .member(ZHOU_FR, CHEN_SPONSOR)
        .member(LI_LEAD_MANAGER, CHEN_SPONSOR)
        .member(WANG_NURTURER, CHEN_SPONSOR)
        .build();
  }

  /**
   * Zhang's card of the CTO, with the CTO's personal profile, which only Zhang and his managers may
   * read (D6.8, D7.8).
   *
   * @param cto our relationship with the CTO; not null
   * @return the cards
   */
  public static RelationshipCards cards(KeyRelationship cto) {
    PersonalProfile profile =
        PersonalProfile.builder()
            .position("CTO since 2022, board member")
            .addCareerNeeds("to lead the group's 5G-Advanced programme")
            .putNeed(MaslowLevel.ESTEEM, "recognition as the industry's network architect")
            .addInterests("go", "marathon")
            .build();
    return RelationshipCards.of(
        List.of(RelationshipCard.of(cto, profile, List.of("prefers data to slides"))));
  }

  /**
   * The readers the tour tries: the owner, his manager, and a peer.
   *
   * @return the readers in order
   */
  public static List<EmployeeId> readers() {
    return List.of(ZHANG_AR, CHEN_SPONSOR, SUN_SR);
  }
}
