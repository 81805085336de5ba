package org.leadtocash.domain.relationship;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leadtocash.testkit.relationship.CardRule.allowed;
import static org.leadtocash.testkit.relationship.CardRule.everyone;
import static org.leadtocash.testkit.relationship.CardRule.pick;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.statistics.Statistics;
import org.leadtocash.domain.common.AccessDeniedException;
import org.leadtocash.domain.common.CustomerId;
import org.leadtocash.domain.common.EmployeeId;
import org.leadtocash.domain.common.PersonId;
import org.leadtocash.domain.common.PersonalDataAccess;
import org.leadtocash.domain.common.RuleId;
import org.leadtocash.domain.customer.ExecutiveProfile;
import org.leadtocash.domain.testing.PersonalData;
import org.leadtocash.testkit.relationship.CardRule;
import org.leadtocash.testkit.relationship.CardRule.Write;
import org.leadtocash.testkit.relationship.Relationships;

/**
 * Personal data stays behind D7.8 (issue 12 §3), over the kit's organisations and random holders,
 * readers, writers and transfers: a card is read, written and removed exactly when the rule allows;
 * after any transfers only the current holder and their managers read it, and the relationship's
 * replayed history gives the same readers; a refusal for an existing card is word for word the
 * refusal for a missing one and names no holder; an executive's personal profile is read exactly by
 * the card's readers; and the collection behaves as an insertion-ordered map under any writes.
 */
class CardSecurityProperties {

  private static final CustomerId CUSTOMER = CustomerId.of("CU-1");
  private static final Instant AFTER_ASSESSMENT = Instant.parse("2026-02-01T09:00:00Z");

  private static PersonId person(int index) {
    return PersonId.of("P-" + index);
  }

  /** The card of person {@code P-i}, its relationship held by {@code holder}. */
  private static RelationshipCard card(int person, EmployeeId holder) {
    return PersonalData.card(CUSTOMER, person(person), holder);
  }

  @Property(tries = 200)
  void afterAnyTransfersOnlyTheCurrentHolderAndTheirManagersReadTheCard(
      @ForAll("organisations") Organisation organisation,
      @ForAll @Size(min = 1, max = 5) List<Integer> holders,
      @ForAll @Size(max = 12) List<@IntRange(min = 0, max = 50) Integer> transfers) {
    List<EmployeeId> everyone = everyone(organisation);
    List<KeyRelationship> relationships = new ArrayList<>();
    List<List<KeyRelationshipEvent>> histories = new ArrayList<>();
    List<RelationshipCard> cards = new ArrayList<>();
    for (int p = 0; p < holders.size(); p++) {
      KeyRelationship relationship =
          PersonalData.relationship(CUSTOMER, person(p), pick(everyone, holders.get(p)));
      relationships.add(relationship);
      histories.add(new ArrayList<>());
      cards.add(card(p, relationship.owner()));
    }
    RelationshipCards followed = RelationshipCards.of(cards);
    int moved = 0;
    for (int t = 0; t < transfers.size(); t++) {
      int p = transfers.get(t) % holders.size();
      EmployeeId to = pick(everyone, transfers.get(t) / holders.size() + t);
      KeyRelationship before = relationships.get(p);
      if (to.equals(before.owner())) {
        continue;
      }
      var transferred = before.transfer(to, AFTER_ASSESSMENT.plusSeconds(t));
      relationships.set(p, transferred.state());
      histories.get(p).addAll(transferred.events());
      followed = followed.follow(transferred.state(), before.owner(), organisation);
      moved++;
    }
    RelationshipCards replayed = RelationshipCards.of(cards);
    for (int p = 0; p < holders.size(); p++) {
      KeyRelationship snapshot = cards.get(p).relationship();
      replayed =
          replayed.follow(
              KeyRelationship.replay(snapshot, histories.get(p)), snapshot.owner(), organisation);
    }
    for (EmployeeId reader : everyone) {
      for (int p = 0; p < holders.size(); p++) {
        EmployeeId holder = relationships.get(p).owner();
        Optional<RelationshipCard> found = followed.find(person(p), reader, organisation);
        assertEquals(allowed(organisation, reader, holder), found.isPresent(), "" + reader);
        found.ifPresent(card -> assertEquals(holder, card.owner()));
        assertEquals(found, replayed.find(person(p), reader, organisation), "replayed");
      }
    }
    Statistics.label("transfers").collect(Math.min(moved, 3));
  }

  @Property(tries = 300)
  void aCardFollowsARelationshipOnlyForItsHolderOrTheirManagers(
      @ForAll("organisations") Organisation organisation,
      @ForAll int holderIndex,
      @ForAll @Size(min = 1, max = 4) List<Integer> transfers,
      @ForAll int writerIndex,
      @ForAll CardDisclosure disclosure) {
    List<EmployeeId> everyone = everyone(organisation);
    EmployeeId holder = pick(everyone, holderIndex);
    KeyRelationship relationship = PersonalData.relationship(CUSTOMER, person(0), holder);
    RelationshipCard card = PersonalData.card(CUSTOMER, person(0), holder);
    RelationshipCards cards = RelationshipCards.of(List.of(card)).disclosing(disclosure);
    KeyRelationship later = relationship;
    for (int t = 0; t < transfers.size(); t++) {
      EmployeeId to = pick(everyone, transfers.get(t));
      if (to.equals(later.owner())) {
        to = EmployeeId.of("E-OTHER-" + t);
      }
      later = later.transfer(to, AFTER_ASSESSMENT.plusSeconds(t)).state();
    }
    KeyRelationship forged = later;
    EmployeeId writer = pick(everyone, writerIndex);
    if (allowed(organisation, writer, holder)) {
      RelationshipCards moved = cards.follow(forged, writer, organisation);
      assertEquals(forged.owner(), moved.read(person(0), forged.owner(), organisation).owner());
    } else {
      AccessDeniedException e =
          assertThrows(
              AccessDeniedException.class, () -> cards.follow(forged, writer, organisation));
      assertEquals(RuleId.D7_8, e.rule());
      if (!holder.equals(writer)) {
        assertFalse(e.getMessage().contains(holder.value()), e::getMessage);
      }
      PersonalData.assertNoSecretIn(e.getMessage());
    }
    assertEquals(card, cards.read(person(0), holder, organisation), "the collection is unchanged");
    Statistics.label("follow allowed").collect(allowed(organisation, writer, holder));
  }

  @Property(tries = 300)
  void aRefusalForAnExistingCardIsTheRefusalForAMissingOneAndNamesNoHolder(
      @ForAll("organisations") Organisation organisation,
      @ForAll @Size(min = 1, max = 5) List<Integer> holders,
      @ForAll int readerIndex) {
    List<EmployeeId> everyone = everyone(organisation);
    EmployeeId reader = pick(everyone, readerIndex);
    List<RelationshipCard> list = new ArrayList<>();
    for (int p = 0; p < holders.size(); p++) {
      list.add(card(p, pick(everyone, holders.get(p))));
    }
    RelationshipCards cards = RelationshipCards.of(list);
    int refused = 0;
    for (RelationshipCard card : list) {
      if (allowed(organisation, reader, card.owner())) {
        continue;
      }
      refused++;
      AccessDeniedException existing =
          assertThrows(
              AccessDeniedException.class, () -> cards.read(card.person(), reader, organisation));
      AccessDeniedException missing =
          assertThrows(
              AccessDeniedException.class,
              () -> RelationshipCards.empty().read(card.person(), reader, organisation));
      assertEquals(missing.getMessage(), existing.getMessage());
      assertEquals(RuleId.D7_8, existing.rule());
      assertFalse(existing.getMessage().contains(card.owner().value()), existing::getMessage);
      PersonalData.assertNoSecretIn(existing.getMessage());
      AccessDeniedException disclosed =
          assertThrows(
              AccessDeniedException.class,
              () ->
                  cards
                      .disclosing(CardDisclosure.EXISTENCE)
                      .read(card.person(), reader, organisation));
      assertFalse(disclosed.getMessage().contains(card.owner().value()), disclosed::getMessage);
    }
    Statistics.label("refused reads").collect(Math.min(refused, 2));
  }

  @Property(tries = 300)
  void aCardIsWrittenReplacedAndRemovedExactlyWhenTheRuleAllows(
      @ForAll("organisations") Organisation organisation,
      @ForAll @Size(min = 1, max = 4) List<Integer> holders,
      @ForAll @IntRange(min = 0, max = 5) int target,
      @ForAll int newHolderIndex,
      @ForAll int writerIndex) {
    List<EmployeeId> everyone = everyone(organisation);
    List<RelationshipCard> list = new ArrayList<>();
    for (int p = 0; p < holders.size(); p++) {
      list.add(card(p, pick(everyone, holders.get(p))));
    }
    RelationshipCards cards = RelationshipCards.of(list);
    EmployeeId writer = pick(everyone, writerIndex);
    RelationshipCard fresh = card(target, pick(everyone, newHolderIndex));
    Optional<EmployeeId> existingHolder =
        target < list.size() ? Optional.of(list.get(target).owner()) : Optional.empty();

    boolean mayWrite =
        allowed(organisation, writer, fresh.owner())
            && existingHolder.map(h -> allowed(organisation, writer, h)).orElse(true);
    if (mayWrite) {
      RelationshipCards written = cards.with(fresh, writer, organisation);
      assertEquals(fresh, written.read(person(target), fresh.owner(), organisation));
      assertEquals(list.size() + (existingHolder.isPresent() ? 0 : 1), written.size());
    } else {
      AccessDeniedException e =
          assertThrows(AccessDeniedException.class, () -> cards.with(fresh, writer, organisation));
      assertEquals(RuleId.D7_8, e.rule());
      existingHolder.ifPresent(
          h -> {
            if (!h.equals(writer)) {
              assertFalse(e.getMessage().contains(h.value()), e::getMessage);
            }
          });
    }
    Statistics.label("write allowed").collect(mayWrite);

    boolean mayRemove = existingHolder.map(h -> allowed(organisation, writer, h)).orElse(false);
    if (mayRemove) {
      RelationshipCards removed = cards.without(person(target), writer, organisation);
      assertEquals(list.size() - 1, removed.size());
      assertEquals(Optional.empty(), removed.find(person(target), writer, organisation));
    } else {
      AccessDeniedException e =
          assertThrows(
              AccessDeniedException.class,
              () -> cards.without(person(target), writer, organisation));
      AccessDeniedException missing =
          assertThrows(
              AccessDeniedException.class,
              () -> RelationshipCards.empty().without(person(target), writer, organisation));
      assertEquals(missing.getMessage(), e.getMessage(), "a refusal does not tell existence");
    }
  }

  @Property(tries = 200)
  void anExecutivesPersonalProfileIsReadExactlyByTheReadersOfTheirCard(
      @ForAll("organisations") Organisation organisation,
      @ForAll @Size(max = 4) List<Integer> holders,
      @ForAll @IntRange(min = 0, max = 5) int executive) {
    List<EmployeeId> everyone = everyone(organisation);
    List<RelationshipCard> list = new ArrayList<>();
    for (int p = 0; p < holders.size(); p++) {
      list.add(card(p, pick(everyone, holders.get(p))));
    }
    RelationshipCards cards = RelationshipCards.of(list);
    PersonalDataAccess access = cards.access(organisation);
    ExecutiveProfile profile =
        ExecutiveProfile.builder()
            .person(person(executive))
            .name("the executive")
            .profile(PersonalData.profile())
            .build();
    for (EmployeeId reader : everyone) {
      if (cards.find(person(executive), reader, organisation).isPresent()) {
        assertEquals(PersonalData.profile(), profile.profile(reader, access));
      } else {
        AccessDeniedException e =
            assertThrows(AccessDeniedException.class, () -> profile.profile(reader, access));
        assertEquals(RuleId.D7_8, e.rule());
        PersonalData.assertNoSecretIn(e.getMessage());
      }
    }
  }

  @Property(tries = 200)
  void underAnyWritesTheCardsAreAnInsertionOrderedMap(@ForAll("writes") List<Write> writes) {
    Organisation organisation =
        Organisation.builder()
            .member(EmployeeId.of("E-HEAD"))
            .member(EmployeeId.of("E-A"), EmployeeId.of("E-HEAD"))
            .member(EmployeeId.of("E-B"), EmployeeId.of("E-HEAD"))
            .build();
    EmployeeId head = EmployeeId.of("E-HEAD");
    List<EmployeeId> holders = List.of(EmployeeId.of("E-A"), EmployeeId.of("E-B"));
    Map<PersonId, RelationshipCard> model = new LinkedHashMap<>();
    RelationshipCards cards = RelationshipCards.empty();
    List<RelationshipCards> versions = new ArrayList<>();
    List<List<RelationshipCard>> expected = new ArrayList<>();
    for (Write write : writes) {
      PersonId person = person(write.card());
      if (write.put()) {
        RelationshipCard card = card(write.card(), holders.get(write.holder()));
        cards = cards.with(card, head, organisation);
        model.put(person, card);
      } else if (model.containsKey(person)) {
        cards = cards.without(person, head, organisation);
        model.remove(person);
      } else {
        RelationshipCards before = cards;
        assertThrows(AccessDeniedException.class, () -> before.without(person, head, organisation));
      }
      versions.add(cards);
      expected.add(List.copyOf(model.values()));
      assertEquals(model.size(), cards.size());
    }
    for (int i = 0; i < versions.size(); i++) {
      assertEquals(expected.get(i), versions.get(i).readableBy(head, organisation), "version " + i);
    }
    for (EmployeeId holder : holders) {
      assertEquals(
          model.values().stream().filter(c -> c.owner().equals(holder)).toList(),
          cards.readableBy(holder, organisation));
    }
  }

  @Provide
  Arbitrary<List<Write>> writes() {
    return CardRule.writes();
  }

  @Provide
  Arbitrary<Organisation> organisations() {
    return Relationships.organisations();
  }

  @Property(tries = 20)
  void theKitsCardsAreReadByTheirHoldersUnderEitherDisclosure(
      @ForAll RelationshipCards cards, @ForAll("organisations") Organisation organisation) {
    for (EmployeeId reader : everyone(organisation)) {
      for (RelationshipCard card : cards.readableBy(reader, organisation)) {
        assertTrue(allowed(organisation, reader, card.owner()));
        assertEquals(card, cards.read(card.person(), card.owner(), organisation));
      }
    }
  }
}
