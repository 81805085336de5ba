package org.leadtocash.domain.relationship;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leadtocash.domain.relationship.RelationshipLevelsFixtures.BUYER;
import static org.leadtocash.domain.relationship.RelationshipLevelsFixtures.CHEN;
import static org.leadtocash.domain.relationship.RelationshipLevelsFixtures.CTO;
import static org.leadtocash.domain.relationship.RelationshipLevelsFixtures.CUSTOMER;
import static org.leadtocash.domain.relationship.RelationshipLevelsFixtures.LI;
import static org.leadtocash.domain.relationship.RelationshipLevelsFixtures.SECRETS;
import static org.leadtocash.domain.relationship.RelationshipLevelsFixtures.SUN;
import static org.leadtocash.domain.relationship.RelationshipLevelsFixtures.WANG;
import static org.leadtocash.domain.relationship.RelationshipLevelsFixtures.ZHAO;
import static org.leadtocash.domain.relationship.RelationshipLevelsFixtures.card;
import static org.leadtocash.domain.relationship.RelationshipLevelsFixtures.day;
import static org.leadtocash.domain.relationship.RelationshipLevelsFixtures.office;
import static org.leadtocash.domain.relationship.RelationshipLevelsFixtures.opened;
import static org.leadtocash.domain.relationship.RelationshipLevelsFixtures.profile;
import static org.leadtocash.domain.relationship.RelationshipLevelsFixtures.scores;

import java.time.MonthDay;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.leadtocash.domain.common.AccessDeniedException;
import org.leadtocash.domain.common.EmployeeId;
import org.leadtocash.domain.common.PersonId;
import org.leadtocash.domain.common.RuleId;
import org.leadtocash.domain.customer.KeyDate;
import org.leadtocash.domain.customer.MaslowLevel;
import org.leadtocash.domain.customer.PersonalProfile;
import org.leadtocash.domain.testing.PersonalData;

class VisibilityTest {

  static final PersonId CFO = PersonId.of("P-CFO");
  static final PersonId ENGINEER = PersonId.of("P-ENGINEER");

  /** The CTO's card held by Wang, the buyer's by Zhao, the CFO's by Li, the engineer's by Chen. */
  static RelationshipCards cards() {
    return RelationshipCards.of(
        List.of(card(CTO, WANG), card(BUYER, ZHAO), card(CFO, LI), card(ENGINEER, CHEN)));
  }

  static void assertNoSecretIn(String text) {
    PersonalData.assertNoSecretIn(text);
  }

  @Nested
  @DisplayName("D7.8 our organisation: who is above whom")
  class Hierarchy {

    @Test
    @DisplayName("a manager is above the people below them, at any depth; peers are not")
    void managers() {
      Organisation office = office();
      assertTrue(office.isManagerOf(CHEN, WANG));
      assertTrue(office.isManagerOf(CHEN, ZHAO), "the manager's manager");
      assertTrue(office.isManagerOf(WANG, ZHAO));
      assertFalse(office.isManagerOf(LI, WANG), "peers");
      assertFalse(office.isManagerOf(LI, ZHAO), "a peer's report");
      assertFalse(office.isManagerOf(ZHAO, WANG), "the other way round");
      assertFalse(office.isManagerOf(WANG, WANG), "nobody is their own manager");
      assertFalse(office.isManagerOf(SUN, WANG), "not in the organisation");
      assertFalse(office.isManagerOf(CHEN, SUN), "not in the organisation");
    }

    @Test
    @DisplayName("managers up, reports down")
    void navigation() {
      Organisation office = office();
      assertEquals(Set.of(CHEN, WANG, LI, ZHAO), office.members());
      assertTrue(office.contains(ZHAO));
      assertFalse(office.contains(SUN));
      assertEquals(Optional.of(CHEN), office.manager(WANG));
      assertEquals(Optional.empty(), office.manager(CHEN));
      assertEquals(Optional.empty(), office.manager(SUN));
      assertEquals(List.of(WANG, CHEN), office.managersOf(ZHAO));
      assertEquals(List.of(), office.managersOf(SUN));
      assertEquals(Set.of(WANG, LI), office.directReports(CHEN));
      assertEquals(Set.of(), office.directReports(ZHAO));
      assertEquals(Set.of(), office.directReports(SUN));
      assertEquals(Set.of(WANG, LI, ZHAO), office.peopleBelow(CHEN));
      assertEquals(Set.of(ZHAO), office.peopleBelow(WANG));
      assertEquals(Set.of(), office.peopleBelow(LI));
      assertEquals(Set.of(), office.peopleBelow(SUN));
      assertEquals(
          "Organisation[E-CHEN, E-WANG → E-CHEN, E-LI → E-CHEN, E-ZHAO → E-WANG]",
          office.toString());
    }

    @Test
    @DisplayName(
        "a head of office with no one reporting yet is a member, in charge of no one (D7.8)")
    void loneMember() {
      Organisation alone = Organisation.builder().member(SUN).build();
      assertEquals(Set.of(SUN), alone.members());
      assertTrue(alone.contains(SUN));
      assertEquals(Set.of(), alone.peopleBelow(SUN));
      assertFalse(alone.isManagerOf(SUN, SUN));
    }

    @Test
    @DisplayName(
        "members are added in any order; the same reporting lines are the same organisation")
    void anyOrder() {
      Organisation reversed =
          Organisation.builder()
              .member(ZHAO, WANG)
              .member(LI, CHEN)
              .member(WANG, CHEN)
              .member(CHEN)
              .build();
      assertEquals(office(), reversed);
      assertEquals(office().hashCode(), reversed.hashCode());
      assertNotEquals(
          office(), Organisation.builder().member(CHEN).member(WANG, CHEN).member(LI).build());
    }

    @Test
    @DisplayName("a manager is in the organisation (D7.8)")
    void unknownManager() {
      Organisation.Builder builder = Organisation.builder().member(WANG, CHEN);
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, builder::build);
      assertTrue(e.getMessage().contains("DOMAIN D7.8"), e.getMessage());
      assertTrue(e.getMessage().contains("E-WANG reports to E-CHEN"), e.getMessage());
    }

    @Test
    @DisplayName("the reporting lines form no cycle (D7.8)")
    void cycle() {
      Organisation.Builder builder =
          Organisation.builder().member(CHEN).member(WANG, ZHAO).member(LI, WANG).member(ZHAO, LI);
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, builder::build);
      assertTrue(e.getMessage().contains("DOMAIN D7.8"), e.getMessage());
      assertTrue(e.getMessage().contains("cycle, E-WANG → E-ZHAO → E-LI → E-WANG"), e.getMessage());
    }

    @Test
    @DisplayName("each person has at most one manager, and is not their own (D7.8)")
    void oneManager() {
      Organisation.Builder builder = Organisation.builder().member(CHEN).member(WANG, CHEN);
      IllegalArgumentException twice =
          assertThrows(IllegalArgumentException.class, () -> builder.member(WANG, LI));
      assertTrue(twice.getMessage().contains("DOMAIN D7.8"), twice.getMessage());
      IllegalArgumentException again =
          assertThrows(IllegalArgumentException.class, () -> builder.member(CHEN));
      assertTrue(again.getMessage().contains("at most one manager"), again.getMessage());
      IllegalArgumentException self =
          assertThrows(IllegalArgumentException.class, () -> builder.member(LI, LI));
      assertTrue(self.getMessage().contains("DOMAIN D7.8"), self.getMessage());
    }
  }

  @Nested
  @DisplayName("D7.8 relationship cards: the owner and the managers above, no one else")
  class Cards {

    @Test
    @DisplayName("the owner reads their own card")
    void ownerReads() {
      assertEquals(card(CTO, WANG), cards().read(CTO, WANG, office()));
      assertEquals(Optional.of(card(CTO, WANG)), cards().find(CTO, WANG, office()));
    }

    @Test
    @DisplayName("a manager reads the cards of the people below them, at any depth")
    void managersRead() {
      assertEquals(card(BUYER, ZHAO), cards().read(BUYER, WANG, office()));
      assertEquals(card(BUYER, ZHAO), cards().read(BUYER, CHEN, office()));
      assertEquals(card(CTO, WANG), cards().read(CTO, CHEN, office()));
    }

    @Test
    @DisplayName("a peer may not read the owner's card (D7.8), and learns nothing of its content")
    void peerRefused() {
      AccessDeniedException e =
          assertThrows(AccessDeniedException.class, () -> cards().read(CTO, LI, office()));
      assertEquals(RuleId.of("D7.8"), e.rule());
      assertEquals(
          "RelationshipCard P-CTO (not shown) refused 'read by E-LI': E-LI may not read a card of"
              + " P-CTO: a card is read and written only by the holder of its relationship and the"
              + " managers above them [DOMAIN D7.8]",
          e.getMessage());
      assertFalse(e.getMessage().contains("E-WANG"), "the holder is not named");
      assertNoSecretIn(e.getMessage());
      assertNoSecretIn(e.toString());
    }

    @Test
    @DisplayName("the people below the owner, and outsiders, may not read it either (D7.8)")
    void othersRefused() {
      for (EmployeeId reader : List.of(ZHAO, SUN)) {
        AccessDeniedException e =
            assertThrows(AccessDeniedException.class, () -> cards().read(CTO, reader, office()));
        assertEquals(RuleId.of("D7.8"), e.rule());
        assertTrue(e.getMessage().contains("[DOMAIN D7.8]"), e.getMessage());
        assertTrue(e.getMessage().contains(reader + " may not read"), e.getMessage());
        assertFalse(e.getMessage().contains(WANG.value()), e.getMessage());
        assertNoSecretIn(e.getMessage());
      }
      AccessDeniedException peer =
          assertThrows(AccessDeniedException.class, () -> cards().read(CFO, WANG, office()));
      assertEquals(RuleId.of("D7.8"), peer.rule());
    }

    @Test
    @DisplayName("a person without a card has nothing to read, refused as a card one may not read")
    void noCard() {
      assertEquals(Optional.empty(), cards().find(PersonId.of("P-CEO"), SUN, office()));
      assertEquals(Optional.empty(), cards().find(CTO, SUN, office()));
      AccessDeniedException e =
          assertThrows(
              AccessDeniedException.class,
              () -> cards().read(PersonId.of("P-CEO"), WANG, office()));
      assertEquals(RuleId.of("D7.8"), e.rule());
    }

    @Test
    @DisplayName("each reader gets exactly the cards they may read")
    void readableBy() {
      RelationshipCards cards = cards();
      assertEquals(
          List.of(card(CTO, WANG), card(BUYER, ZHAO), card(CFO, LI), card(ENGINEER, CHEN)),
          cards.readableBy(CHEN, office()));
      assertEquals(List.of(card(CTO, WANG), card(BUYER, ZHAO)), cards.readableBy(WANG, office()));
      assertEquals(List.of(card(CFO, LI)), cards.readableBy(LI, office()));
      assertEquals(List.of(card(BUYER, ZHAO)), cards.readableBy(ZHAO, office()));
      assertEquals(List.of(), cards.readableBy(SUN, office()));
    }

    @Test
    @DisplayName("when the relationship rotates, its card follows the new holder (D4.7, D7.8)")
    void rotation() {
      KeyRelationship assessed = opened().assess(scores(4, 4, 4, 4, 4, 4), day(1)).state();
      KeyRelationship relationship = assessed.transfer(LI, day(2)).state();
      RelationshipCard card = RelationshipCard.of(assessed, profile(), List.of("first met"));
      RelationshipCards cards =
          RelationshipCards.of(List.of(card(BUYER, ZHAO), card))
              .follow(relationship, WANG, office());
      RelationshipCard rotated = cards.read(CTO, LI, office());
      assertEquals(LI, rotated.owner());
      assertEquals(CTO, rotated.person());
      assertEquals(CUSTOMER, rotated.customer());
      assertEquals(Optional.of(KeyRelationshipLevel.SUPPORTIVE), rotated.level());
      assertEquals(card.notes(), rotated.notes(), "the notes go with the card");
      assertEquals(card.profile(), rotated.profile());
      assertEquals(2, cards.size(), "the card moved, no card was added");
      assertEquals(rotated, cards.read(CTO, CHEN, office()));
      AccessDeniedException e =
          assertThrows(AccessDeniedException.class, () -> cards.read(CTO, WANG, office()));
      assertEquals(RuleId.of("D7.8"), e.rule());
    }

    @Test
    @DisplayName("a person has one card (D7.8)")
    void oneCardPerPerson() {
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class,
              () -> RelationshipCards.of(List.of(card(CTO, WANG), card(CTO, LI))));
      assertTrue(e.getMessage().contains("DOMAIN D7.8"), e.getMessage());
      assertEquals(0, RelationshipCards.empty().size());
      assertEquals(1, RelationshipCards.empty().with(card(CTO, WANG), WANG, office()).size());
    }
  }

  @Nested
  @DisplayName("D7.8 personal profile details never appear in toString()")
  class Redaction {

    @Test
    @DisplayName("a card prints who and what, never notes or profile")
    void cardPrintsNoSecret() {
      String printed = card(CTO, WANG).toString();
      assertNoSecretIn(printed);
      assertTrue(printed.contains("E-WANG"), printed);
      assertTrue(printed.contains("P-CTO"), printed);
      assertTrue(printed.contains("FAVOURABLE"), printed);
    }

    @Test
    @DisplayName("a profile and its key dates print nothing personal")
    void profilePrintsNoSecret() {
      assertNoSecretIn(profile().toString());
      assertTrue(profile().toString().contains("***"));
      KeyDate birthday = KeyDate.of("birthday", MonthDay.of(5, 17));
      assertEquals("KeyDate[***]", birthday.toString());
      assertNoSecretIn(KeyDate.of(SECRETS.get(5), MonthDay.of(5, 17)).toString());
    }

    @Test
    @DisplayName("the collection prints only how many cards it holds")
    void collectionPrintsNoCard() {
      assertEquals("RelationshipCards[4 cards]", cards().toString());
      assertEquals(
          "RelationshipCards[1 card]",
          RelationshipCards.empty().with(card(CTO, WANG), CHEN, office()).toString());
    }

    @Test
    @DisplayName("a profile states the position; a key date its occasion")
    void requiredParts() {
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class,
              () -> PersonalProfile.builder().position(" ").build());
      assertTrue(e.getMessage().contains("DOMAIN D6.8"), e.getMessage());
      assertThrows(IllegalArgumentException.class, () -> KeyDate.of("", MonthDay.of(1, 1)));
      assertEquals(
          List.of("physiological", "safety", "social", "esteem", "self-actualisation"),
          List.of(MaslowLevel.values()).stream().map(MaslowLevel::label).toList());
    }
  }
}
