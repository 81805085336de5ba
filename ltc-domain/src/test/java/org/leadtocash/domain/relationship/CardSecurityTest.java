package org.leadtocash.domain.relationship;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leadtocash.domain.relationship.RelationshipLevelsFixtures.BUYER;
import static org.leadtocash.domain.relationship.RelationshipLevelsFixtures.CHEN;
import static org.leadtocash.domain.relationship.RelationshipLevelsFixtures.CTO;
import static org.leadtocash.domain.relationship.RelationshipLevelsFixtures.CUSTOMER;
import static org.leadtocash.domain.relationship.RelationshipLevelsFixtures.LI;
import static org.leadtocash.domain.relationship.RelationshipLevelsFixtures.RELATIONSHIP;
import static org.leadtocash.domain.relationship.RelationshipLevelsFixtures.SUN;
import static org.leadtocash.domain.relationship.RelationshipLevelsFixtures.WANG;
import static org.leadtocash.domain.relationship.RelationshipLevelsFixtures.ZHAO;
import static org.leadtocash.domain.relationship.RelationshipLevelsFixtures.card;
import static org.leadtocash.domain.relationship.RelationshipLevelsFixtures.day;
import static org.leadtocash.domain.relationship.RelationshipLevelsFixtures.office;
import static org.leadtocash.domain.relationship.RelationshipLevelsFixtures.opened;
import static org.leadtocash.domain.relationship.RelationshipLevelsFixtures.profile;
import static org.leadtocash.domain.relationship.RelationshipLevelsFixtures.scores;

import com.google.common.testing.NullPointerTester;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.leadtocash.domain.common.AccessDeniedException;
import org.leadtocash.domain.common.EmployeeId;
import org.leadtocash.domain.common.PersonId;
import org.leadtocash.domain.common.PersonalDataAccess;
import org.leadtocash.domain.common.RuleId;
import org.leadtocash.domain.common.Transition;
import org.leadtocash.domain.customer.CustomerProfile;
import org.leadtocash.domain.customer.ExecutiveProfile;
import org.leadtocash.domain.testing.PersonalData;

/**
 * Personal data stays behind the D7.8 rule (issue 12 §3), told as the account team's week: Wang
 * holds the relationship with the CTO of North Mobile and keeps its card; Chen, their manager, sees
 * it; Li, Wang's peer, Zhao, who reports to Wang, and Sun, an outsider, do not — neither in the
 * customer profile's appendix, nor after the relationship moves to Li, nor by writing a card of
 * their own over Wang's, nor by reading a refusal's message.
 */
class CardSecurityTest {

  static final PersonId CEO = PersonId.of("P-CEO");

  /** Wang holds the CTO's card, Zhao the buyer's. */
  static RelationshipCards cards() {
    return RelationshipCards.of(List.of(card(CTO, WANG), card(BUYER, ZHAO)));
  }

  /** North Mobile's profile, with the CTO's and the CEO's personal profiles in appendix A. */
  static CustomerProfile northMobile() {
    return CustomerProfile.builder()
        .customer(CUSTOMER)
        .summary("the largest operator in the north")
        .addExecutives(
            ExecutiveProfile.builder().person(CTO).name("Mr Gao").profile(profile()).build())
        .addExecutives(
            ExecutiveProfile.builder().person(CEO).name("Ms Hu").profile(profile()).build())
        .build();
  }

  /** Asserts that a refusal cites D7.8 and names neither the holder nor any personal data. */
  static void assertRefusalHidesTheHolder(AccessDeniedException e, EmployeeId holder) {
    assertEquals(RuleId.D7_8, e.rule());
    assertTrue(e.getMessage().endsWith("[DOMAIN D7.8]"), e.getMessage());
    assertFalse(e.getMessage().contains(holder.value()), () -> "names the holder: " + e);
    assertFalse(e.getMessage().contains("owned"), e.getMessage());
    assertFalse(e.getMessage().contains("held by"), e.getMessage());
    PersonalData.assertNoSecretIn(e.getMessage());
  }

  @Nested
  @DisplayName("DOMAIN D7.8 an executive's personal profile is read under the card rule")
  class ExecutiveProfiles {

    @Test
    @DisplayName(
        "DOMAIN D7.8 the holder of the CTO's relationship and their manager read the CTO's"
            + " interests from the customer profile")
    void holderAndManagerRead() {
      PersonalDataAccess access = cards().access(office());
      ExecutiveProfile cto = northMobile().executive(CTO).orElseThrow();
      assertEquals(profile(), cto.profile(WANG, access));
      assertEquals(
          List.of(PersonalData.SECRETS.get(4)), cto.profile(CHEN, access).interests(), "Chen");
      assertEquals("Mr Gao", cto.name(), "the name is needed to work with him, never printed");
      assertFalse(cto.toString().contains("Mr Gao"), cto::toString);
    }

    @Test
    @DisplayName(
        "DOMAIN D7.8 holding the customer profile is not enough: a peer, the holder's report and"
            + " an outsider are refused, naming the rule, never the holder")
    void othersRefused() {
      PersonalDataAccess access = cards().access(office());
      ExecutiveProfile cto = northMobile().executive(CTO).orElseThrow();
      for (EmployeeId reader : List.of(LI, ZHAO, SUN)) {
        AccessDeniedException e =
            assertThrows(AccessDeniedException.class, () -> cto.profile(reader, access));
        assertRefusalHidesTheHolder(e, WANG);
        assertEquals("ExecutiveProfile P-CTO", e.aggregate());
        assertEquals("read by " + reader, e.command());
      }
    }

    @Test
    @DisplayName(
        "DOMAIN D7.8 an executive no one holds a relationship with is read by no one, not even"
            + " the head of the office (minimum contact)")
    void noRelationshipNoReader() {
      PersonalDataAccess access = cards().access(office());
      ExecutiveProfile ceo = northMobile().executive(CEO).orElseThrow();
      for (EmployeeId reader : List.of(CHEN, WANG, LI, ZHAO, SUN)) {
        assertThrows(AccessDeniedException.class, () -> ceo.profile(reader, access));
      }
    }

    @Test
    @DisplayName("DOMAIN D7.8 the guarded read names its reader and rule: null is refused by name")
    void nulls() {
      NullPointerTester tester =
          new NullPointerTester()
              .setDefault(EmployeeId.class, WANG)
              .setDefault(PersonalDataAccess.class, cards().access(office()))
              .setDefault(Organisation.class, office())
              .setDefault(PersonId.class, CTO)
              .setDefault(KeyRelationship.class, opened())
              .setDefault(RelationshipCard.class, card(CTO, WANG));
      tester.testAllPublicInstanceMethods(northMobile().executive(CTO).orElseThrow());
      tester.testAllPublicInstanceMethods(cards().disclosing(CardDisclosure.EXISTENCE));
      NullPointerException e =
          assertThrows(
              NullPointerException.class,
              () -> northMobile().executive(CTO).orElseThrow().profile(WANG, null));
      assertEquals("access", e.getMessage());
    }

    @Test
    @DisplayName(
        "DOMAIN D7.8 no public method of the customer profile, an executive's profile or the"
            + " cards hands out a personal profile without naming its reader")
    void noUnguardedAccessor() {
      List<String> unguarded = new ArrayList<>();
      for (Class<?> holder :
          List.of(CustomerProfile.class, ExecutiveProfile.class, RelationshipCards.class)) {
        for (Method m : holder.getMethods()) {
          boolean personal =
              m.getGenericReturnType()
                  .getTypeName()
                  .matches(".*\\b(PersonalProfile|RelationshipCard)\\b.*");
          boolean namesReader = Arrays.asList(m.getParameterTypes()).contains(EmployeeId.class);
          if (personal && !namesReader && !Modifier.isStatic(m.getModifiers())) {
            unguarded.add(holder.getSimpleName() + "." + m.getName());
          }
        }
      }
      assertEquals(List.of(), unguarded);
    }
  }

  @Nested
  @DisplayName("DOMAIN D7.8 the card follows its relationship to the new holder")
  class Transfer {

    @Test
    @DisplayName(
        "DOMAIN D7.8 after the CTO's relationship moves from Wang to Li, Wang reads the card no"
            + " more; Li and Chen do")
    void formerHolderRefused() {
      KeyRelationship assessed = opened().assess(scores(4, 4, 4, 4, 4, 4), day(1)).state();
      RelationshipCards before =
          RelationshipCards.of(List.of(RelationshipCard.of(assessed, profile(), List.of("met"))));
      assertEquals(WANG, before.read(CTO, WANG, office()).owner());

      KeyRelationship transferred = assessed.transfer(LI, day(2)).state();
      RelationshipCards after = before.follow(transferred, WANG, office());

      assertRefusalHidesTheHolder(
          assertThrows(AccessDeniedException.class, () -> after.read(CTO, WANG, office())), LI);
      assertEquals(Optional.empty(), after.find(CTO, WANG, office()));
      assertEquals(List.of(), after.readableBy(WANG, office()));
      assertEquals(LI, after.read(CTO, LI, office()).owner());
      assertEquals(LI, after.read(CTO, CHEN, office()).owner());
      assertThrows(
          AccessDeniedException.class,
          () -> after.read(CTO, ZHAO, office()),
          "Zhao reported to the former holder");
      assertEquals(WANG, before.read(CTO, WANG, office()).owner(), "the old value is unchanged");
    }

    @Test
    @DisplayName(
        "DOMAIN D7.8 the relationship's stored history replays to the same readers; an earlier"
            + " state, or another relationship, never takes the card back")
    void replayGivesTheSameAccess() {
      Transition<KeyRelationship, KeyRelationshipEvent> history =
          KeyRelationship.open(KeyRelationshipId.of("KR-1"), CUSTOMER, CTO, WANG, day(0))
              .then(r -> r.assess(scores(4, 4, 4, 4, 4, 4), day(1)))
              .then(r -> r.transfer(LI, day(2)));
      KeyRelationship opened = opened();
      RelationshipCards cards =
          RelationshipCards.of(List.of(RelationshipCard.of(opened, profile(), List.of())));
      RelationshipCards live = cards.follow(history.state(), WANG, office());
      RelationshipCards replayed =
          cards.follow(KeyRelationship.replay(history.events()), CHEN, office());
      for (EmployeeId reader : List.of(CHEN, WANG, LI, ZHAO, SUN)) {
        assertEquals(
            live.find(CTO, reader, office()), replayed.find(CTO, reader, office()), "" + reader);
      }
      assertEquals(LI, replayed.read(CTO, LI, office()).owner());

      assertSame(live, live.follow(opened, SUN, office()), "an earlier state is ignored");
      assertSame(
          live, live.follow(history.state(), LI, office()), "following twice changes nothing");
      KeyRelationship another =
          KeyRelationship.open(KeyRelationshipId.of("KR-2"), CUSTOMER, CTO, ZHAO, day(3))
              .then(r -> r.transfer(SUN, day(4)))
              .state();
      assertSame(live, live.follow(another, SUN, office()), "another relationship with the CTO");
      assertSame(
          RelationshipCards.empty(),
          RelationshipCards.empty().follow(history.state(), SUN, office()),
          "no card to move");

      IllegalArgumentException stale =
          assertThrows(
              IllegalArgumentException.class,
              () -> live.with(RelationshipCard.of(opened, profile(), List.of()), CHEN, office()));
      assertTrue(stale.getMessage().contains("(DOMAIN D7.8)"), stale.getMessage());
      assertTrue(stale.getMessage().contains("earlier holder"), stale.getMessage());
    }

    @Test
    @DisplayName(
        "DOMAIN D7.8 Li forges the CTO's relationship — the same id, opened by Wang and transferred"
            + " to himself often enough to pass the card's version — and is refused moving the"
            + " card; Zhao and Sun too, and the card stays Wang's")
    void forgedRelationshipRefused() {
      KeyRelationship assessed = opened().assess(scores(4, 4, 4, 4, 4, 4), day(1)).state();
      RelationshipCards cards =
          RelationshipCards.of(List.of(RelationshipCard.of(assessed, profile(), List.of("met"))));
      for (EmployeeId forger : List.of(LI, ZHAO, SUN)) {
        KeyRelationship forged =
            KeyRelationship.open(RELATIONSHIP, CUSTOMER, CTO, WANG, day(0))
                .then(r -> r.transfer(CHEN, day(1)))
                .then(r -> r.transfer(EmployeeId.of("E-PROXY"), day(2)))
                .then(r -> r.transfer(forger, day(3)))
                .state();
        assertEquals(assessed.id(), forged.id());
        assertTrue(forged.version() > assessed.version(), "later than the card's state");

        AccessDeniedException e =
            assertThrows(
                AccessDeniedException.class,
                () -> cards.follow(forged, forger, office()),
                "" + forger);
        assertRefusalHidesTheHolder(e, WANG);
        assertEquals("follow by " + forger, e.command());
        assertEquals(Optional.empty(), cards.find(CTO, forger, office()));
        assertEquals(WANG, cards.read(CTO, WANG, office()).owner(), "the card is Wang's still");
      }
      AccessDeniedException disclosed =
          assertThrows(
              AccessDeniedException.class,
              () ->
                  cards
                      .disclosing(CardDisclosure.EXISTENCE)
                      .follow(assessed.transfer(LI, day(2)).state(), LI, office()));
      assertEquals("held by another", disclosed.state(), "the host opted in to existence");
      assertFalse(disclosed.getMessage().contains(WANG.value()), disclosed::getMessage);
      assertEquals(WANG, cards.read(CTO, CHEN, office()).owner());
    }

    @Test
    @DisplayName(
        "DOMAIN D7.8 the holder who hands the relationship over, or a manager above them, moves"
            + " the card; the new holder's manager who is not the old holder's may not")
    void holderOrTheirManagerMovesTheCard() {
      KeyRelationship opened = opened();
      RelationshipCards cards =
          RelationshipCards.of(List.of(RelationshipCard.of(opened, profile(), List.of())));
      KeyRelationship toZhao = opened.transfer(ZHAO, day(1)).state();
      for (EmployeeId writer : List.of(WANG, CHEN)) {
        assertEquals(
            ZHAO, cards.follow(toZhao, writer, office()).read(CTO, ZHAO, office()).owner());
      }
      KeyRelationship toLi = opened.transfer(LI, day(1)).state();
      RelationshipCards withLi = cards.follow(toLi, CHEN, office());
      KeyRelationship backToZhao = toLi.transfer(ZHAO, day(2)).state();
      assertThrows(AccessDeniedException.class, () -> withLi.follow(backToZhao, WANG, office()));
      assertEquals(ZHAO, withLi.follow(backToZhao, LI, office()).read(CTO, WANG, office()).owner());
    }
  }

  @Nested
  @DisplayName("DOMAIN D7.8 writing, replacing and removing a card are authorised")
  class Writes {

    @Test
    @DisplayName(
        "DOMAIN D7.8 Li, Wang's peer, may not replace Wang's card with one of his own, nor may"
            + " Zhao or Sun")
    void peerMayNotReplace() {
      for (EmployeeId writer : List.of(LI, ZHAO, SUN)) {
        AccessDeniedException e =
            assertThrows(
                AccessDeniedException.class,
                () -> cards().with(card(CTO, writer), writer, office()),
                "" + writer);
        assertRefusalHidesTheHolder(e, WANG);
        assertEquals("write by " + writer, e.command());
      }
      assertEquals(card(CTO, WANG), cards().read(CTO, CHEN, office()), "the card is Wang's still");
    }

    @Test
    @DisplayName("DOMAIN D7.8 nobody writes a card that someone else holds and they do not manage")
    void mayNotWriteForOthers() {
      AccessDeniedException e =
          assertThrows(
              AccessDeniedException.class,
              () -> RelationshipCards.empty().with(card(CTO, WANG), LI, office()));
      assertRefusalHidesTheHolder(e, WANG);
      assertThrows(
          AccessDeniedException.class,
          () -> RelationshipCards.empty().with(card(CTO, WANG), ZHAO, office()));
    }

    @Test
    @DisplayName(
        "DOMAIN D7.8 the holder rewrites their card, and their manager may hand it to a peer")
    void holderAndManagerWrite() {
      RelationshipCard rewritten =
          RelationshipCard.builder().from(card(CTO, WANG)).addNote("second visit").build();
      RelationshipCards cards = cards().with(rewritten, WANG, office());
      assertEquals(rewritten, cards.read(CTO, WANG, office()));
      assertEquals(2, cards.size());
      RelationshipCards handed = cards.with(card(CTO, LI), CHEN, office());
      assertEquals(LI, handed.read(CTO, LI, office()).owner());
      assertThrows(AccessDeniedException.class, () -> handed.read(CTO, WANG, office()));
      assertEquals(
          List.of(card(CTO, LI), card(BUYER, ZHAO)),
          handed.readableBy(CHEN, office()),
          "a replaced card keeps its place");
    }

    @Test
    @DisplayName(
        "DOMAIN D7.8 only the holder and their managers remove a card; removing a missing card is"
            + " refused like removing someone else's")
    void removal() {
      assertEquals(1, cards().without(CTO, WANG, office()).size());
      assertEquals(1, cards().without(BUYER, CHEN, office()).size());
      assertEquals(1, cards().without(BUYER, WANG, office()).size(), "Zhao reports to Wang");
      AccessDeniedException peer =
          assertThrows(AccessDeniedException.class, () -> cards().without(CTO, LI, office()));
      assertRefusalHidesTheHolder(peer, WANG);
      AccessDeniedException none =
          assertThrows(
              AccessDeniedException.class,
              () -> cards().without(CTO, WANG, office()).without(CTO, LI, office()));
      assertEquals(peer.getMessage(), none.getMessage(), "missing and refused read alike");
    }
  }

  @Nested
  @DisplayName("DOMAIN D7.8 a refusal tells neither the holder nor, by default, existence")
  class Refusals {

    @Test
    @DisplayName(
        "DOMAIN D7.8 Li asking for the CTO's card, which Wang holds, and for a card no one wrote,"
            + " gets the same refusal word for word")
    void sameMessageForMissingAndRefused() {
      AccessDeniedException refused =
          assertThrows(AccessDeniedException.class, () -> cards().read(CTO, LI, office()));
      AccessDeniedException missing =
          assertThrows(
              AccessDeniedException.class, () -> RelationshipCards.empty().read(CTO, LI, office()));
      assertEquals(missing.getMessage(), refused.getMessage());
      assertEquals(missing.state(), refused.state());
      assertEquals(
          "RelationshipCard P-CTO (not shown) refused 'read by E-LI': E-LI may not read a card of"
              + " P-CTO: a card is read and written only by the holder of its relationship and the"
              + " managers above them [DOMAIN D7.8]",
          refused.getMessage());
      assertRefusalHidesTheHolder(refused, WANG);
      assertEquals(CardDisclosure.NOTHING, cards().disclosure());
    }

    @Test
    @DisplayName(
        "DOMAIN D7.8 a host that opts in to disclosing existence tells a missing card from a"
            + " refused one, and still never names the holder")
    void existenceWhenTheHostOptsIn() {
      RelationshipCards cards = cards().disclosing(CardDisclosure.EXISTENCE);
      assertEquals(CardDisclosure.EXISTENCE, cards.disclosure());
      assertEquals("existence", CardDisclosure.EXISTENCE.label());
      AccessDeniedException refused =
          assertThrows(AccessDeniedException.class, () -> cards.read(CTO, LI, office()));
      AccessDeniedException missing =
          assertThrows(AccessDeniedException.class, () -> cards.read(CEO, LI, office()));
      assertNotEquals(missing.state(), refused.state());
      assertEquals("held by another", refused.state());
      assertEquals("no card", missing.state());
      assertRefusalHidesTheHolder(missing, WANG);
      assertEquals(RuleId.D7_8, refused.rule());
      for (EmployeeId holder : List.of(WANG, ZHAO)) {
        assertFalse(refused.getMessage().contains(holder.value()), refused::getMessage);
      }
      AccessDeniedException replace =
          assertThrows(AccessDeniedException.class, () -> cards.with(card(CTO, LI), LI, office()));
      assertTrue(replace.getMessage().contains("has a card already"), replace::getMessage);
      assertFalse(replace.getMessage().contains(WANG.value()), replace::getMessage);
      assertEquals(card(CTO, WANG), cards.read(CTO, WANG, office()), "the cards are the same");
    }

    @Test
    @DisplayName(
        "DOMAIN D7.8 with existence disclosed, removing someone else's card and removing a missing"
            + " one are refused with different messages, neither naming the holder")
    void existenceOnRemoval() {
      RelationshipCards cards = cards().disclosing(CardDisclosure.EXISTENCE);
      AccessDeniedException refused =
          assertThrows(AccessDeniedException.class, () -> cards.without(CTO, LI, office()));
      AccessDeniedException missing =
          assertThrows(AccessDeniedException.class, () -> cards.without(CEO, LI, office()));
      assertEquals("held by another", refused.state());
      assertEquals("remove by E-LI", refused.command());
      assertTrue(
          refused
              .getMessage()
              .contains(
                  "E-LI is neither the holder of the relationship with P-CTO nor one of the"
                      + " holder's managers"),
          refused::getMessage);
      assertEquals("no card", missing.state());
      assertTrue(
          missing.getMessage().contains("there is no card of P-CEO"), missing::getMessage);
      for (AccessDeniedException e : List.of(refused, missing)) {
        assertEquals(RuleId.D7_8, e.rule());
        assertFalse(e.getMessage().contains(WANG.value()), e::getMessage);
      }
      AccessDeniedException read =
          assertThrows(AccessDeniedException.class, () -> cards.read(CEO, LI, office()));
      assertTrue(read.getMessage().contains("there is no card of P-CEO"), read::getMessage);
    }
  }

  @Nested
  @DisplayName("issue 12 §5: ten thousand cards in near-linear time")
  class Size {

    @Test
    @DisplayName(
        "DOMAIN D7.8 10 000 writes, one by one, each returning a new collection, take well under"
            + " 10 s; earlier collections keep their cards")
    void tenThousandWrites() {
      int n = 10_000;
      Organisation office = office();
      List<RelationshipCard> cards = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        KeyRelationship relationship =
            KeyRelationship.open(
                    KeyRelationshipId.of("KR-" + i),
                    CUSTOMER,
                    PersonId.of("P-" + i),
                    i % 2 == 0 ? WANG : LI,
                    day(0))
                .state();
        cards.add(RelationshipCard.of(relationship, profile(), List.of()));
      }
      RelationshipCards[] half = new RelationshipCards[1];
      RelationshipCards all =
          assertTimeoutPreemptively(
              Duration.ofSeconds(10),
              () -> {
                RelationshipCards growing = RelationshipCards.empty();
                for (int i = 0; i < n; i++) {
                  growing = growing.with(cards.get(i), CHEN, office);
                  if (i == n / 2 - 1) {
                    half[0] = growing;
                  }
                }
                for (int i = 0; i < n; i += 2) {
                  growing = growing.with(cards.get(i), WANG, office);
                }
                return growing;
              });
      assertEquals(n, all.size());
      assertEquals(n / 2, half[0].size());
      assertEquals(cards.subList(0, n / 2), half[0].readableBy(CHEN, office));
      assertEquals(cards, all.readableBy(CHEN, office), "in the order first added");
      assertEquals(n / 2, all.readableBy(WANG, office).size());
      assertEquals(cards.get(7_777), all.read(PersonId.of("P-7777"), LI, office));
      assertThrows(
          AccessDeniedException.class, () -> all.read(PersonId.of("P-7777"), WANG, office));
      RelationshipCards emptied =
          assertTimeoutPreemptively(
              Duration.ofSeconds(10),
              () -> {
                RelationshipCards shrinking = all;
                for (int i = 0; i < n; i++) {
                  shrinking = shrinking.without(PersonId.of("P-" + i), CHEN, office);
                }
                return shrinking;
              });
      assertEquals(0, emptied.size());
      assertEquals(n, all.size(), "the full collection is unchanged");
    }
  }
}
