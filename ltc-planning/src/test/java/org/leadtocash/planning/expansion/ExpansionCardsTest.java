package org.leadtocash.planning.expansion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leadtocash.planning.expansion.NorthMobile.CHEN;
import static org.leadtocash.planning.expansion.NorthMobile.CTO;
import static org.leadtocash.planning.expansion.NorthMobile.LI;
import static org.leadtocash.planning.expansion.NorthMobile.NORTH_MOBILE;
import static org.leadtocash.planning.expansion.NorthMobile.ORGANISATION;
import static org.leadtocash.planning.expansion.NorthMobile.WU;
import static org.leadtocash.planning.expansion.NorthMobile.ZHAO;
import static org.leadtocash.planning.expansion.SponsorRankingTest.SUN;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.leadtocash.domain.common.AccessDeniedException;
import org.leadtocash.domain.common.CustomerId;
import org.leadtocash.domain.common.EmployeeId;
import org.leadtocash.domain.common.RuleId;
import org.leadtocash.domain.relationship.CardDisclosure;
import org.leadtocash.domain.testing.PersonalData;

/**
 * The region's expansion cards kept under D7.8 (DOMAIN D10.3; issue 12 §3, §5), told as the
 * region's quarter: E-LI owns North Mobile's card and E-ZHAO South Mobile's; E-CHEN, the region
 * head above them both, reads and writes both; E-WU, who reports to E-LI, E-ZHAO for North Mobile,
 * and E-SUN, an outsider, neither read, replace nor remove E-LI's card — and a refusal tells none
 * of them who owns it, nor whether there is a card at all.
 */
class ExpansionCardsTest {

  private static final LocalDate JAN_5 = LocalDate.of(2026, 1, 5);
  private static final CustomerId SOUTH = CustomerId.of("CU-SOUTH");
  private static final CustomerId NONE = CustomerId.of("CU-NONE");

  /** E-LI's card of North Mobile, with the CTO's personal profile on it. */
  private static ExpansionCard lis() {
    return ExpansionCard.open(NORTH_MOBILE, LI, JAN_5)
        .withKeyPerson(AssignedKeyPerson.of(CTO, LI).withProfile(PersonalData.profile()));
  }

  private static ExpansionCard zhaos() {
    return ExpansionCard.open(SOUTH, ZHAO, JAN_5.plusMonths(2));
  }

  private static ExpansionCards region() {
    return ExpansionCards.of(List.of(lis(), zhaos()));
  }

  /** Asserts that a refusal cites D7.8 and names neither the owner nor any personal data. */
  static void assertRefusalHidesTheOwner(AccessDeniedException e, EmployeeId owner) {
    assertEquals(RuleId.D7_8, e.rule());
    assertTrue(e.getMessage().endsWith("[DOMAIN D7.8]"), e.getMessage());
    assertFalse(e.getMessage().contains(owner.value()), () -> "names the owner: " + e);
    PersonalData.assertNoSecretIn(e.getMessage());
  }

  @Nested
  @DisplayName(
      "DOMAIN D7.8, D10.3 writing, replacing and removing an expansion card are authorised")
  class Writes {

    @Test
    @DisplayName(
        "DOMAIN D7.8, D10.3 E-ZHAO, E-LI's peer, may not replace North Mobile's card with one of"
            + " his own, nor may E-WU or E-SUN, and the collection is unchanged")
    void peerMayNotReplace() {
      ExpansionCards cards = region();
      for (EmployeeId writer : List.of(ZHAO, WU, SUN)) {
        ExpansionCard own = ExpansionCard.open(NORTH_MOBILE, writer, JAN_5);
        AccessDeniedException e =
            assertThrows(
                AccessDeniedException.class,
                () -> cards.with(own, writer, ORGANISATION),
                "" + writer);
        assertRefusalHidesTheOwner(e, LI);
        assertEquals("write by " + writer, e.command());
        assertEquals("ExpansionCard CU-NORTH", e.aggregate());
      }
      assertEquals(lis(), cards.read(NORTH_MOBILE, CHEN, ORGANISATION), "the card is E-LI's still");
      assertEquals(List.of(lis(), zhaos()), cards.readableBy(CHEN, ORGANISATION));
      assertEquals(2, cards.size());
    }

    @Test
    @DisplayName(
        "DOMAIN D7.8, D10.3 nobody writes a card for an owner they do not manage, even on an"
            + " account without a card")
    void mayNotWriteForOthers() {
      AccessDeniedException e =
          assertThrows(
              AccessDeniedException.class,
              () -> ExpansionCards.empty().with(lis(), ZHAO, ORGANISATION));
      assertRefusalHidesTheOwner(e, LI);
      assertThrows(
          AccessDeniedException.class, () -> ExpansionCards.empty().with(lis(), WU, ORGANISATION));
      assertEquals(0, ExpansionCards.empty().size());
    }

    @Test
    @DisplayName(
        "DOMAIN D7.8, D10.3 the owner rewrites the card, and the region head hands it to another"
            + " account manager; the card keeps its place")
    void ownerAndManagerWrite() {
      ExpansionCard rewritten = lis().withTask(KeyTask.of("qualify as key supplier", WU));
      ExpansionCards cards = region().with(rewritten, LI, ORGANISATION);
      assertEquals(rewritten, cards.read(NORTH_MOBILE, LI, ORGANISATION));
      assertEquals(2, cards.size());
      ExpansionCard handed = ExpansionCard.open(NORTH_MOBILE, ZHAO, JAN_5);
      ExpansionCards after = cards.with(handed, CHEN, ORGANISATION);
      assertEquals(handed, after.read(NORTH_MOBILE, ZHAO, ORGANISATION));
      assertThrows(AccessDeniedException.class, () -> after.read(NORTH_MOBILE, LI, ORGANISATION));
      assertEquals(List.of(handed, zhaos()), after.readableBy(CHEN, ORGANISATION), "same place");
      assertEquals(rewritten, cards.read(NORTH_MOBILE, LI, ORGANISATION), "the old value stays");
      ExpansionCards added = cards.with(ExpansionCard.open(NONE, WU, JAN_5), LI, ORGANISATION);
      assertEquals(3, added.size());
      assertEquals(
          List.of(rewritten, ExpansionCard.open(NONE, WU, JAN_5)),
          added.readableBy(LI, ORGANISATION),
          "E-LI manages E-WU");
    }

    @Test
    @DisplayName(
        "DOMAIN D7.8, D10.3 only the owner and their managers remove a card; removing a missing"
            + " card is refused like removing someone else's")
    void removal() {
      assertEquals(1, region().without(NORTH_MOBILE, LI, ORGANISATION).size());
      assertEquals(1, region().without(NORTH_MOBILE, CHEN, ORGANISATION).size());
      assertEquals(
          List.of(zhaos()),
          region().without(NORTH_MOBILE, CHEN, ORGANISATION).readableBy(CHEN, ORGANISATION));
      AccessDeniedException peer =
          assertThrows(
              AccessDeniedException.class,
              () -> region().without(NORTH_MOBILE, ZHAO, ORGANISATION));
      assertRefusalHidesTheOwner(peer, LI);
      assertEquals("remove by E-ZHAO", peer.command());
      assertThrows(
          AccessDeniedException.class, () -> region().without(NORTH_MOBILE, WU, ORGANISATION));
      AccessDeniedException none =
          assertThrows(
              AccessDeniedException.class,
              () ->
                  region()
                      .without(NORTH_MOBILE, LI, ORGANISATION)
                      .without(NORTH_MOBILE, ZHAO, ORGANISATION));
      assertEquals(peer.getMessage(), none.getMessage(), "missing and refused alike");
    }
  }

  @Nested
  @DisplayName("DOMAIN D7.8, D10.3 a refusal tells neither the owner nor, by default, existence")
  class Refusals {

    @Test
    @DisplayName(
        "DOMAIN D7.8, D10.3 E-ZHAO asking for North Mobile's card, which E-LI owns, and for a card"
            + " no one wrote, gets the same refusal word for word, and find is empty for both")
    void sameMessageForMissingAndWithheld() {
      ExpansionCards cards = region();
      AccessDeniedException withheld =
          assertThrows(
              AccessDeniedException.class, () -> cards.read(NORTH_MOBILE, ZHAO, ORGANISATION));
      AccessDeniedException missing =
          assertThrows(
              AccessDeniedException.class,
              () ->
                  cards
                      .without(NORTH_MOBILE, LI, ORGANISATION)
                      .read(NORTH_MOBILE, ZHAO, ORGANISATION));
      assertEquals(missing.getMessage(), withheld.getMessage());
      assertEquals(
          "ExpansionCard CU-NORTH (not shown) refused 'read by E-ZHAO': E-ZHAO may not read the"
              + " expansion card of CU-NORTH: a card is read and written only by its owner and the"
              + " managers above them [DOMAIN D7.8]",
          withheld.getMessage());
      assertRefusalHidesTheOwner(withheld, LI);
      assertEquals(Optional.empty(), cards.find(NORTH_MOBILE, ZHAO, ORGANISATION));
      assertEquals(Optional.empty(), cards.find(NONE, ZHAO, ORGANISATION));
      assertEquals(Optional.of(lis()), cards.find(NORTH_MOBILE, CHEN, ORGANISATION));
      assertEquals(lis(), cards.read(NORTH_MOBILE, LI, ORGANISATION));
      assertEquals(CardDisclosure.NOTHING, cards.disclosure());
    }

    @Test
    @DisplayName(
        "DOMAIN D7.8, D10.3 a host that opts in to disclosing existence tells a missing card from a"
            + " withheld one, and still never names the owner")
    void existenceWhenTheHostOptsIn() {
      ExpansionCards cards = region().disclosing(CardDisclosure.EXISTENCE);
      assertEquals(CardDisclosure.EXISTENCE, cards.disclosure());
      AccessDeniedException withheld =
          assertThrows(
              AccessDeniedException.class, () -> cards.read(NORTH_MOBILE, ZHAO, ORGANISATION));
      AccessDeniedException missing =
          assertThrows(AccessDeniedException.class, () -> cards.read(NONE, ZHAO, ORGANISATION));
      assertNotEquals(missing.getMessage(), withheld.getMessage());
      assertEquals("owned by another", withheld.state());
      assertEquals("no card", missing.state());
      assertRefusalHidesTheOwner(withheld, LI);
      assertRefusalHidesTheOwner(missing, LI);
      AccessDeniedException replace =
          assertThrows(
              AccessDeniedException.class,
              () -> cards.with(ExpansionCard.open(NORTH_MOBILE, ZHAO, JAN_5), ZHAO, ORGANISATION));
      assertTrue(
          replace.getMessage().contains("has an expansion card already"), replace::getMessage);
      assertRefusalHidesTheOwner(replace, LI);
      AccessDeniedException remove =
          assertThrows(AccessDeniedException.class, () -> cards.without(NONE, CHEN, ORGANISATION));
      assertEquals("no card", remove.state());
      assertEquals(lis(), cards.read(NORTH_MOBILE, LI, ORGANISATION), "the cards are the same");
      assertSame(CardDisclosure.NOTHING, cards.disclosing(CardDisclosure.NOTHING).disclosure());
    }
  }

  @Nested
  @DisplayName("issue 12 §5: ten thousand expansion cards in near-linear time")
  class Size {

    @Test
    @DisplayName(
        "DOMAIN D7.8, D10.3 10 000 writes, 5 000 rewrites and 10 000 removals, one by one, each"
            + " returning a new collection, take well under 10 s; earlier collections keep their"
            + " cards")
    void tenThousandWritesAndRemovals() {
      int n = 10_000;
      List<ExpansionCard> cards = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        cards.add(ExpansionCard.open(CustomerId.of("CU-" + i), i % 2 == 0 ? LI : ZHAO, JAN_5));
      }
      ExpansionCards[] half = new ExpansionCards[1];
      ExpansionCards all =
          assertTimeoutPreemptively(
              Duration.ofSeconds(10),
              () -> {
                ExpansionCards growing = ExpansionCards.empty();
                for (int i = 0; i < n; i++) {
                  growing = growing.with(cards.get(i), CHEN, ORGANISATION);
                  if (i == n / 2 - 1) {
                    half[0] = growing;
                  }
                }
                for (int i = 0; i < n; i += 2) {
                  growing = growing.with(cards.get(i), LI, ORGANISATION);
                }
                return growing;
              });
      assertEquals(n, all.size());
      assertEquals(n / 2, half[0].size());
      assertEquals(cards.subList(0, n / 2), half[0].readableBy(CHEN, ORGANISATION));
      assertEquals(cards, all.readableBy(CHEN, ORGANISATION), "in the order first added");
      assertEquals(n / 2, all.readableBy(LI, ORGANISATION).size());
      assertEquals(cards.get(7_777), all.read(CustomerId.of("CU-7777"), ZHAO, ORGANISATION));
      assertThrows(
          AccessDeniedException.class, () -> all.read(CustomerId.of("CU-7777"), LI, ORGANISATION));
      ExpansionCards emptied =
          assertTimeoutPreemptively(
              Duration.ofSeconds(10),
              () -> {
                ExpansionCards shrinking = all;
                for (int i = 0; i < n; i++) {
                  shrinking = shrinking.without(CustomerId.of("CU-" + i), CHEN, ORGANISATION);
                }
                return shrinking;
              });
      assertEquals(0, emptied.size());
      assertEquals(List.of(), emptied.readableBy(CHEN, ORGANISATION));
      assertEquals(n, all.size(), "the full collection is unchanged");
    }
  }
}
