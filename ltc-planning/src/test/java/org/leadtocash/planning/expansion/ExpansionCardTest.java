package org.leadtocash.planning.expansion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leadtocash.planning.expansion.NorthMobile.CHEN;
import static org.leadtocash.planning.expansion.NorthMobile.CTO;
import static org.leadtocash.planning.expansion.NorthMobile.CTO_PERSON;
import static org.leadtocash.planning.expansion.NorthMobile.LI;
import static org.leadtocash.planning.expansion.NorthMobile.NORTH_MOBILE;
import static org.leadtocash.planning.expansion.NorthMobile.ORGANISATION;
import static org.leadtocash.planning.expansion.NorthMobile.PLANNING;
import static org.leadtocash.planning.expansion.NorthMobile.PRESIDENT;
import static org.leadtocash.planning.expansion.NorthMobile.WU;
import static org.leadtocash.planning.expansion.NorthMobile.ZHAO;
import static org.leadtocash.planning.expansion.SponsorRankingTest.OUR_CTO;
import static org.leadtocash.planning.expansion.SponsorRankingTest.OUR_MANAGER;
import static org.leadtocash.planning.expansion.SponsorRankingTest.OUR_VP;
import static org.leadtocash.planning.expansion.SponsorRankingTest.QIAN;
import static org.leadtocash.planning.expansion.SponsorRankingTest.SUN;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.leadtocash.domain.common.AccessDeniedException;
import org.leadtocash.domain.common.BusinessDate;
import org.leadtocash.domain.common.CustomerId;
import org.leadtocash.domain.common.PersonId;
import org.leadtocash.domain.common.RuleId;
import org.leadtocash.domain.common.RuleViolationException;
import org.leadtocash.domain.customer.MaslowLevel;
import org.leadtocash.domain.customer.PersonalProfile;
import org.leadtocash.domain.relationship.PositionKind;

/**
 * The account manager E-LI keeps North Mobile's expansion card (DOMAIN D10.3): key persons and
 * tasks assigned, the senior sponsor taken from the ranking, channels and commitments, the review
 * with the region head E-CHEN every three months — and the card read only by E-LI and E-CHEN
 * (D7.8).
 */
class ExpansionCardTest {

  private static final LocalDate JAN_31 = LocalDate.of(2026, 1, 31);

  private static final PersonalProfile CTO_PROFILE =
      PersonalProfile.builder()
          .position("CTO")
          .addCareerNeed("to be named group CTO")
          .putNeed(MaslowLevel.SELF_ACTUALISATION, "a 5G reference network in his name")
          .addInterest("go")
          .build();

  private static final SponsorRanking RANKING =
      SponsorRanking.of(
          CTO_PERSON, List.of(OUR_MANAGER, OUR_VP, OUR_CTO), SponsorPolicy.standard());

  private static ExpansionCard card() {
    return ExpansionCard.open(NORTH_MOBILE, LI, JAN_31)
        .withKeyPerson(AssignedKeyPerson.of(CTO, LI).withProfile(CTO_PROFILE))
        .withKeyPerson(AssignedKeyPerson.of(PLANNING, WU))
        .withKeyPerson(new AssignedKeyPerson(PRESIDENT, CHEN, false, Optional.empty()))
        .withTask(KeyTask.of("get the 5G core on the 2027 budget", LI))
        .withTask(KeyTask.of("qualify as key supplier", WU))
        .withSponsor(RANKING)
        .withChannel(
            new Channel(ChannelKind.VISITS_AND_EXHIBITIONS, CTO, "the Shenzhen showcase in May"))
        .withChannel(new Channel(ChannelKind.KEY_EVENTS, CTO, "his promotion to group CTO"))
        .withCommitment(
            new Commitment(
                "executive visits to the CTO",
                QIAN,
                BigDecimal.valueOf(3),
                "visits",
                JAN_31.plusMonths(6)));
  }

  @Test
  @DisplayName(
      "DOMAIN D10.3: key persons and tasks are assigned to employees and their targets, the"
          + " senior sponsor is the best-ranked candidate, channels and commitments are recorded")
  void theCard() {
    ExpansionCard card = card();

    assertEquals(
        List.of(CTO, PLANNING, PRESIDENT),
        card.keyPersons().stream().map(AssignedKeyPerson::person).toList());
    assertEquals(LI, card.keyPerson(CTO).orElseThrow().employee());
    assertFalse(card.keyPerson(PRESIDENT).orElseThrow().inPerformanceTargets());
    assertTrue(card.tasks().stream().allMatch(KeyTask::inPerformanceTargets));
    assertEquals(Optional.of(QIAN), card.sponsor());
    assertEquals(2, card.channels().size());
    assertEquals(
        "3 visits: executive visits to the CTO, by E-QIAN, due 2026-07-31",
        card.commitments().get(0).explanation());
    assertEquals(
        "ExpansionCard[CU-NORTH owned by E-LI, opened 2026-01-31, 3 key persons, 2 tasks, sponsor"
            + " E-QIAN, 2 channels, 1 commitment, review due 2026-04-30]",
        card.toString());
  }

  @Test
  @DisplayName(
      "DOMAIN D10.3: the review is due three months after opening, month end to month end, and"
          + " three months after each review")
  void reviewDue() {
    ExpansionCard card = card();
    // 31 January + 3 months = 30 April, April having 30 days
    assertEquals(LocalDate.of(2026, 4, 30), card.nextReviewOn());
    assertFalse(card.reviewDue(LocalDate.of(2026, 4, 29)));
    assertTrue(card.reviewDue(LocalDate.of(2026, 4, 30)));
    assertTrue(card.reviewDue(LocalDate.of(2026, 5, 1)));

    ExpansionCard reviewed = card.recordReview(LocalDate.of(2026, 5, 4), CHEN, ORGANISATION);
    assertEquals(List.of(new CardReview(LocalDate.of(2026, 5, 4), CHEN)), reviewed.reviews());
    assertEquals(LocalDate.of(2026, 8, 4), reviewed.nextReviewOn());
    assertFalse(reviewed.reviewDue(LocalDate.of(2026, 8, 3)));
    assertTrue(reviewed.reviewDue(LocalDate.of(2026, 8, 4)));
    assertEquals(List.of(), card.reviews(), "the old card is unchanged");

    // 30 November + 3 months = 28 February 2027; in a leap year, 29 February
    ExpansionCard november = card.recordReview(LocalDate.of(2026, 11, 30), CHEN, ORGANISATION);
    assertEquals(LocalDate.of(2027, 2, 28), november.nextReviewOn());
    assertFalse(november.reviewDue(LocalDate.of(2027, 2, 27)));
    assertTrue(november.reviewDue(LocalDate.of(2027, 2, 28)));
    ExpansionCard leap = ExpansionCard.open(NORTH_MOBILE, LI, LocalDate.of(2027, 11, 30));
    assertEquals(LocalDate.of(2028, 2, 29), leap.nextReviewOn());
    assertFalse(leap.reviewDue(LocalDate.of(2028, 2, 28)));
    assertTrue(leap.reviewDue(LocalDate.of(2028, 2, 29)));
  }

  @Test
  @DisplayName(
      "DOMAIN D10.3: a card opened or reviewed on the last day a date can hold is refused by name,"
          + " as its next review three months later could not be dated")
  void reviewsAtTheEndOfTheCalendar() {
    IllegalArgumentException opened =
        assertThrows(
            IllegalArgumentException.class,
            () -> ExpansionCard.open(NORTH_MOBILE, LI, LocalDate.MAX));
    assertTrue(opened.getMessage().startsWith("openedOn is +999999999-12-31"), opened.getMessage());
    assertTrue(opened.getMessage().endsWith("(DOMAIN D10.3)"), opened.getMessage());
    ExpansionCard card = card();
    RuleViolationException late =
        assertThrows(
            RuleViolationException.class,
            () -> card.recordReview(LocalDate.MAX, CHEN, ORGANISATION));
    assertEquals(RuleId.D10_3, late.rule());
    assertTrue(
        late.getMessage().contains("the day lies outside the library's calendar"),
        late.getMessage());
    ExpansionCard last = card.recordReview(BusinessDate.LATEST, CHEN, ORGANISATION);
    assertEquals(LocalDate.of(Year.MAX_VALUE, 3, 31), last.nextReviewOn());
  }

  @Test
  @DisplayName(
      "DOMAIN D10.3: a review with someone other than the owner's manager, or not after the last"
          + " one, is refused naming the rule, and the card is unchanged")
  void reviewRefusals() {
    ExpansionCard card = card();
    RuleViolationException peer =
        assertThrows(
            RuleViolationException.class,
            () -> card.recordReview(LocalDate.of(2026, 5, 4), ZHAO, ORGANISATION));
    assertEquals(RuleId.D10_3, peer.rule());
    assertEquals(
        "ExpansionCard CU-NORTH (owned by E-LI, last reviewed 2026-01-31) refused 'record the"
            + " review of 2026-05-04 with E-ZHAO': the card is reviewed with the owner's manager,"
            + " E-CHEN, not E-ZHAO [DOMAIN D10.3]",
        peer.getMessage());
    ExpansionCard reviewed = card.recordReview(LocalDate.of(2026, 5, 4), CHEN, ORGANISATION);
    RuleViolationException sameDay =
        assertThrows(
            RuleViolationException.class,
            () -> reviewed.recordReview(LocalDate.of(2026, 5, 4), CHEN, ORGANISATION));
    assertTrue(
        sameDay.getMessage().contains("the card was last reviewed on 2026-05-04 [DOMAIN D10.3]"));
    assertThrows(
        RuleViolationException.class,
        () -> card.recordReview(LocalDate.of(2026, 1, 30), CHEN, ORGANISATION));
    assertEquals(List.of(), card.reviews());
    // a review on the day the card is opened is fine
    assertEquals(1, card.recordReview(JAN_31, CHEN, ORGANISATION).reviews().size());
  }

  @Test
  @DisplayName(
      "DOMAIN D10.3: channels need a sponsor and a key person on the card; a sponsor must sponsor"
          + " a key person on the card; commitments are measurable and due after the opening")
  void commandRefusals() {
    ExpansionCard opened =
        ExpansionCard.open(NORTH_MOBILE, LI, JAN_31).withKeyPerson(AssignedKeyPerson.of(CTO, LI));
    RuleViolationException noSponsor =
        assertThrows(
            RuleViolationException.class,
            () -> opened.withChannel(new Channel(ChannelKind.KEY_DATES, CTO, "his birthday")));
    assertEquals(RuleId.D10_3, noSponsor.rule());
    assertEquals(
        "a channel runs from the senior sponsor, and none is assigned yet", noSponsor.reason());
    ExpansionCard sponsored = opened.withSponsor(RANKING);
    RuleViolationException stranger =
        assertThrows(
            RuleViolationException.class,
            () ->
                sponsored.withChannel(
                    new Channel(ChannelKind.MUTUAL_VISITS, PLANNING, "quarterly visits")));
    assertEquals("P-4 is not a key person on the card", stranger.reason());
    RuleViolationException wrongKeyPerson =
        assertThrows(
            RuleViolationException.class,
            () ->
                ExpansionCard.open(NORTH_MOBILE, LI, JAN_31)
                    .withKeyPerson(AssignedKeyPerson.of(PLANNING, WU))
                    .withSponsor(RANKING));
    assertEquals("P-2 is not a key person on the card", wrongKeyPerson.reason());
    RuleViolationException empty =
        assertThrows(
            RuleViolationException.class,
            () ->
                opened.withSponsor(
                    SponsorRanking.of(CTO_PERSON, List.of(), SponsorPolicy.standard())));
    assertEquals(RuleId.D10_3, empty.rule());
    RuleViolationException twice =
        assertThrows(
            RuleViolationException.class,
            () -> opened.withKeyPerson(AssignedKeyPerson.of(CTO, WU)));
    assertEquals("P-2 is already on the card, assigned to E-LI", twice.reason());
    RuleViolationException early =
        assertThrows(
            RuleViolationException.class,
            () ->
                opened.withCommitment(
                    new Commitment(
                        "a visit", LI, BigDecimal.ONE, "visit", LocalDate.of(2026, 1, 1))));
    assertEquals(RuleId.D10_3, early.rule());

    IllegalArgumentException unmeasurable =
        assertThrows(
            IllegalArgumentException.class,
            () -> new Commitment("build trust", LI, BigDecimal.ZERO, "visits", JAN_31));
    assertEquals(
        "a commitment has a measurable, positive target (DOMAIN D10.3): 'build trust' has 0",
        unmeasurable.getMessage());
    NullPointerException undated =
        assertThrows(
            NullPointerException.class,
            () -> new Commitment("build trust", LI, BigDecimal.ONE, "visits", nullDate()));
    assertEquals("due: a commitment has a due date (DOMAIN D10.3)", undated.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> new Commitment("build trust", LI, BigDecimal.ONE, " ", JAN_31));
  }

  private static LocalDate nullDate() {
    return null;
  }

  @Test
  @DisplayName("DOMAIN D10.3: a new sponsor replaces the old one, whose channels go with them")
  void newSponsor() {
    ExpansionCard card = card();
    SponsorRanking friends =
        SponsorRanking.of(CTO_PERSON, List.of(OUR_MANAGER), SponsorPolicy.standard());
    ExpansionCard changed = card.withSponsor(friends);
    assertEquals(Optional.of(SUN), changed.sponsor());
    assertEquals(List.of(), changed.channels());
    assertEquals(2, card.withSponsor(RANKING).channels().size(), "the same sponsor keeps them");
  }

  @Test
  @DisplayName(
      "DOMAIN D7.8: the owner and the managers above read the card; a peer and the people below"
          + " are refused naming the rule, and the refusal shows no content")
  void visibility() {
    ExpansionCard card = card();
    assertSame(card, card.readBy(LI, ORGANISATION));
    assertSame(card, card.readBy(CHEN, ORGANISATION));
    AccessDeniedException peer =
        assertThrows(AccessDeniedException.class, () -> card.readBy(ZHAO, ORGANISATION));
    assertEquals(RuleId.D7_8, peer.rule());
    assertEquals(
        "ExpansionCard CU-NORTH (not shown) refused 'read by E-ZHAO': E-ZHAO may not read the"
            + " expansion card of CU-NORTH: a card is read only by its owner and the managers"
            + " above them [DOMAIN D7.8]",
        peer.getMessage());
    assertFalse(peer.getMessage().contains(LI.value()), "the refusal does not name the owner");
    assertThrows(AccessDeniedException.class, () -> card.readBy(WU, ORGANISATION));
    assertThrows(AccessDeniedException.class, () -> card.readBy(QIAN, ORGANISATION));
    for (String secret : List.of("group CTO", "5G reference", "go]", "Wang Gang")) {
      assertFalse(card.toString().contains(secret), secret);
      assertFalse(card.keyPersons().get(0).toString().contains(secret), secret);
    }
    assertEquals(
        "P-2 assigned to E-LI, in performance targets, profile ***",
        card.keyPersons().get(0).toString());
  }

  @Test
  @DisplayName(
      "DOMAIN D7.8, D10.3: the cards of a region are read one account at a time under the same"
          + " rule, and the reviews due are listed by account alone, to those who may read the"
          + " card")
  void cards() {
    CustomerId south = CustomerId.of("CU-SOUTH");
    ExpansionCard zhaos = ExpansionCard.open(south, ZHAO, LocalDate.of(2026, 3, 15));
    ExpansionCards cards = ExpansionCards.of(List.of(card(), zhaos));

    assertEquals(List.of(card(), zhaos), cards.readableBy(CHEN, ORGANISATION));
    assertEquals(List.of(card()), cards.readableBy(LI, ORGANISATION));
    assertEquals(List.of(), cards.readableBy(WU, ORGANISATION));
    assertEquals(card(), cards.read(NORTH_MOBILE, CHEN, ORGANISATION));
    assertEquals(Optional.empty(), cards.find(CustomerId.of("CU-NONE"), WU, ORGANISATION));
    AccessDeniedException refused =
        assertThrows(AccessDeniedException.class, () -> cards.read(south, LI, ORGANISATION));
    assertEquals(RuleId.D7_8, refused.rule());
    assertEquals(
        List.of(NORTH_MOBILE), cards.reviewsDue(LocalDate.of(2026, 5, 1), CHEN, ORGANISATION));
    assertEquals(
        List.of(NORTH_MOBILE, south),
        cards.reviewsDue(LocalDate.of(2026, 6, 15), CHEN, ORGANISATION));
    assertEquals(
        List.of(NORTH_MOBILE), cards.reviewsDue(LocalDate.of(2026, 6, 15), LI, ORGANISATION));
    assertEquals(List.of(), cards.reviewsDue(LocalDate.of(2026, 6, 15), WU, ORGANISATION));
    assertEquals("ExpansionCards[2 cards]", cards.toString());
    assertEquals(2, cards.with(card(), LI, ORGANISATION).size());
    assertEquals(0, ExpansionCards.empty().size());
    IllegalArgumentException twice =
        assertThrows(
            IllegalArgumentException.class, () -> ExpansionCards.of(List.of(zhaos, zhaos)));
    assertTrue(twice.getMessage().endsWith("(DOMAIN D10.3)"));
  }

  @Test
  @DisplayName(
      "DOMAIN D10.3: a card built directly that breaks the rules is refused naming the rule")
  void invalidCards() {
    ExpansionCard card = card();
    IllegalArgumentException channelWithoutSponsor =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                new ExpansionCard(
                    card.customer(),
                    card.owner(),
                    card.openedOn(),
                    card.keyPersons(),
                    card.tasks(),
                    Optional.empty(),
                    card.channels(),
                    card.commitments(),
                    card.reviews()));
    assertTrue(channelWithoutSponsor.getMessage().endsWith("(DOMAIN D10.3)"));
    IllegalArgumentException ownerReviews =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                new ExpansionCard(
                    card.customer(),
                    card.owner(),
                    card.openedOn(),
                    card.keyPersons(),
                    card.tasks(),
                    card.sponsorRanking(),
                    card.channels(),
                    card.commitments(),
                    List.of(new CardReview(JAN_31, LI))));
    assertTrue(ownerReviews.getMessage().contains("not by the owner E-LI (DOMAIN D10.3)"));
    PersonId nobody = PersonId.of("P-0");
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new ExpansionCard(
                card.customer(),
                card.owner(),
                card.openedOn(),
                List.of(AssignedKeyPerson.of(nobody, LI), AssignedKeyPerson.of(nobody, WU)),
                List.of(),
                Optional.empty(),
                List.of(),
                List.of(),
                List.of()));
  }

  /** The card with other sponsor, channels, commitments and reviews, built directly. */
  private static ExpansionCard rebuilt(
      Optional<SponsorRanking> sponsor,
      List<Channel> channels,
      List<Commitment> commitments,
      List<CardReview> reviews) {
    ExpansionCard card = card();
    return new ExpansionCard(
        card.customer(),
        card.owner(),
        card.openedOn(),
        card.keyPersons(),
        card.tasks(),
        sponsor,
        channels,
        commitments,
        reviews);
  }

  private static String refusedCard(
      Optional<SponsorRanking> sponsor,
      List<Channel> channels,
      List<Commitment> commitments,
      List<CardReview> reviews) {
    return assertThrows(
            IllegalArgumentException.class,
            () -> rebuilt(sponsor, channels, commitments, reviews))
        .getMessage();
  }

  @Test
  @DisplayName(
      "DOMAIN D10.3: a card built directly keeps every rule at its edge: a sponsor from at least"
          + " one candidate for a key person on the card, channels to key persons on the card,"
          + " nothing due before the card was opened, reviews forward in time")
  void recordChecksAtTheirEdges() {
    Optional<SponsorRanking> sponsor = Optional.of(RANKING);
    List<Channel> channels = card().channels();
    List<Commitment> none = List.of();
    assertEquals(
        "a senior sponsor is chosen from at least one candidate (DOMAIN D10.3)",
        refusedCard(
            Optional.of(new SponsorRanking(CTO, PositionKind.CTO, List.of())),
            List.of(),
            none,
            List.of()));
    PersonId stranger = PersonId.of("P-9");
    assertEquals(
        "the sponsor of P-9 sponsors a key person on the card (DOMAIN D10.3)",
        refusedCard(
            Optional.of(new SponsorRanking(stranger, PositionKind.CTO, RANKING.ranking())),
            List.of(),
            none,
            List.of()));
    assertEquals(
        "a channel reaches a key person on the card, and P-9 is not (DOMAIN D10.3)",
        refusedCard(
            sponsor,
            List.of(new Channel(ChannelKind.KEY_EVENTS, stranger, "his daughter's wedding")),
            none,
            List.of()));

    Commitment onTheDay = new Commitment("a first visit", QIAN, BigDecimal.ONE, "visits", JAN_31);
    assertEquals(
        List.of(onTheDay), rebuilt(sponsor, channels, List.of(onTheDay), List.of()).commitments());
    assertEquals(
        "'a first visit' is due 2026-01-30, before the card was opened on 2026-01-31 (DOMAIN"
            + " D10.3)",
        refusedCard(
            sponsor,
            channels,
            List.of(
                new Commitment(
                    "a first visit", QIAN, BigDecimal.ONE, "visits", JAN_31.minusDays(1))),
            List.of()));

    CardReview first = new CardReview(JAN_31, CHEN);
    CardReview next = new CardReview(JAN_31.plusDays(1), CHEN);
    assertEquals(
        List.of(first, next), rebuilt(sponsor, channels, none, List.of(first, next)).reviews());
    assertEquals(
        "the card's reviews run forward in time (DOMAIN D10.3): 2026-01-30 after 2026-01-31",
        refusedCard(sponsor, channels, none, List.of(new CardReview(JAN_31.minusDays(1), CHEN))));
    assertEquals(
        "the card's reviews run forward in time (DOMAIN D10.3): 2026-01-31 after 2026-01-31",
        refusedCard(sponsor, channels, none, List.of(first, new CardReview(JAN_31, CHEN))));
  }
}
