package org.leadtocash.planning.expansion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leadtocash.testkit.relationship.CardRule.allowed;
import static org.leadtocash.testkit.relationship.CardRule.everyone;
import static org.leadtocash.testkit.relationship.CardRule.pick;

import java.time.LocalDate;
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
import org.leadtocash.domain.common.RuleId;
import org.leadtocash.domain.relationship.CardDisclosure;
import org.leadtocash.domain.relationship.Organisation;
import org.leadtocash.domain.testing.PersonalData;
import org.leadtocash.testkit.planning.Expansions;
import org.leadtocash.testkit.relationship.CardRule;
import org.leadtocash.testkit.relationship.CardRule.Write;
import org.leadtocash.testkit.relationship.Relationships;

/**
 * The expansion cards stay behind D7.8 (DOMAIN D10.3; issue 12 §3), over the kit's organisations
 * and random owners, readers and writers: a card is read, written, replaced and removed exactly
 * when the rule allows, and a refused write or removal changes nothing; a refusal for an existing
 * card is word for word the refusal for a missing one and names no owner; and the collection
 * behaves as an insertion-ordered map under any writes.
 */
class ExpansionCardSecurityProperties {

  private static final LocalDate OPENED = LocalDate.of(2026, 1, 5);

  private static CustomerId account(int index) {
    return CustomerId.of("CU-" + index);
  }

  /** The card of account {@code CU-i}, owned by {@code owner}, with a personal profile on it. */
  private static ExpansionCard card(int account, EmployeeId owner) {
    return ExpansionCard.open(account(account), owner, OPENED)
        .withKeyPerson(
            AssignedKeyPerson.of(PersonId.of("P-" + account), owner)
                .withProfile(PersonalData.profile()));
  }

  private static List<ExpansionCard> cards(List<EmployeeId> everyone, List<Integer> owners) {
    List<ExpansionCard> list = new ArrayList<>();
    for (int a = 0; a < owners.size(); a++) {
      list.add(card(a, pick(everyone, owners.get(a))));
    }
    return list;
  }

  @Property(tries = 300)
  void aRefusalForAnExistingCardIsTheRefusalForAMissingOneAndNamesNoOwner(
      @ForAll("organisations") Organisation organisation,
      @ForAll @Size(min = 1, max = 5) List<Integer> owners,
      @ForAll int readerIndex) {
    List<EmployeeId> everyone = everyone(organisation);
    EmployeeId reader = pick(everyone, readerIndex);
    List<ExpansionCard> list = cards(everyone, owners);
    ExpansionCards cards = ExpansionCards.of(list);
    int refused = 0;
    for (ExpansionCard card : list) {
      CustomerId account = card.customer();
      if (allowed(organisation, reader, card.owner())) {
        assertEquals(card, cards.read(account, reader, organisation));
        assertEquals(Optional.of(card), cards.find(account, reader, organisation));
        continue;
      }
      refused++;
      AccessDeniedException existing =
          assertThrows(
              AccessDeniedException.class, () -> cards.read(account, reader, organisation));
      AccessDeniedException missing =
          assertThrows(
              AccessDeniedException.class,
              () -> ExpansionCards.empty().read(account, reader, organisation));
      assertEquals(missing.getMessage(), existing.getMessage());
      assertEquals(RuleId.D7_8, existing.rule());
      assertFalse(existing.getMessage().contains(card.owner().value()), existing::getMessage);
      PersonalData.assertNoSecretIn(existing.getMessage());
      assertEquals(Optional.empty(), cards.find(account, reader, organisation));
      AccessDeniedException disclosed =
          assertThrows(
              AccessDeniedException.class,
              () -> cards.disclosing(CardDisclosure.EXISTENCE).read(account, reader, organisation));
      assertFalse(disclosed.getMessage().contains(card.owner().value()), disclosed::getMessage);
      PersonalData.assertNoSecretIn(disclosed.getMessage());
    }
    Statistics.label("refused reads").collect(Math.min(refused, 2));
  }

  @Property(tries = 300)
  void aCardIsWrittenReplacedAndRemovedExactlyWhenTheRuleAllows(
      @ForAll("organisations") Organisation organisation,
      @ForAll @Size(min = 1, max = 4) List<Integer> owners,
      @ForAll @IntRange(min = 0, max = 5) int target,
      @ForAll int newOwnerIndex,
      @ForAll int writerIndex,
      @ForAll CardDisclosure disclosure) {
    List<EmployeeId> everyone = everyone(organisation);
    List<ExpansionCard> list = cards(everyone, owners);
    ExpansionCards cards = ExpansionCards.of(list).disclosing(disclosure);
    EmployeeId writer = pick(everyone, writerIndex);
    ExpansionCard fresh = card(target, pick(everyone, newOwnerIndex));
    Optional<EmployeeId> existingOwner =
        target < list.size() ? Optional.of(list.get(target).owner()) : Optional.empty();

    boolean mayWrite =
        allowed(organisation, writer, fresh.owner())
            && existingOwner.map(o -> allowed(organisation, writer, o)).orElse(true);
    if (mayWrite) {
      ExpansionCards written = cards.with(fresh, writer, organisation);
      assertEquals(fresh, written.read(account(target), fresh.owner(), organisation));
      assertEquals(list.size() + (existingOwner.isPresent() ? 0 : 1), written.size());
    } else {
      AccessDeniedException e =
          assertThrows(AccessDeniedException.class, () -> cards.with(fresh, writer, organisation));
      assertEquals(RuleId.D7_8, e.rule());
      existingOwner.ifPresent(
          o -> {
            if (!o.equals(writer)) {
              assertFalse(e.getMessage().contains(o.value()), e::getMessage);
            }
          });
    }
    Statistics.label("write allowed").collect(mayWrite);

    boolean mayRemove = existingOwner.map(o -> allowed(organisation, writer, o)).orElse(false);
    if (mayRemove) {
      ExpansionCards removed = cards.without(account(target), writer, organisation);
      assertEquals(list.size() - 1, removed.size());
      assertEquals(Optional.empty(), removed.find(account(target), writer, organisation));
    } else {
      AccessDeniedException e =
          assertThrows(
              AccessDeniedException.class,
              () -> cards.without(account(target), writer, organisation));
      if (disclosure == CardDisclosure.NOTHING) {
        AccessDeniedException missing =
            assertThrows(
                AccessDeniedException.class,
                () -> ExpansionCards.empty().without(account(target), writer, organisation));
        assertEquals(missing.getMessage(), e.getMessage(), "a refusal does not tell existence");
      }
    }
    for (ExpansionCard card : list) {
      assertEquals(card, cards.read(card.customer(), card.owner(), organisation), "unchanged");
    }
    assertEquals(list.size(), cards.size());
  }

  @Property(tries = 200)
  void underAnyWritesTheCardsAreAnInsertionOrderedMap(@ForAll("writes") List<Write> writes) {
    Organisation organisation = Expansions.organisation();
    EmployeeId head = EmployeeId.of("E-0");
    List<EmployeeId> owners = List.of(EmployeeId.of("E-1"), EmployeeId.of("E-2"));
    Map<CustomerId, ExpansionCard> model = new LinkedHashMap<>();
    ExpansionCards cards = ExpansionCards.empty();
    List<ExpansionCards> versions = new ArrayList<>();
    List<List<ExpansionCard>> expected = new ArrayList<>();
    for (Write write : writes) {
      CustomerId account = account(write.card());
      if (write.put()) {
        ExpansionCard card = card(write.card(), owners.get(write.holder()));
        cards = cards.with(card, head, organisation);
        model.put(account, card);
      } else if (model.containsKey(account)) {
        cards = cards.without(account, head, organisation);
        model.remove(account);
      } else {
        ExpansionCards before = cards;
        assertThrows(
            AccessDeniedException.class, () -> before.without(account, head, organisation));
      }
      versions.add(cards);
      expected.add(List.copyOf(model.values()));
      assertEquals(model.size(), cards.size());
    }
    for (int i = 0; i < versions.size(); i++) {
      assertEquals(expected.get(i), versions.get(i).readableBy(head, organisation), "version " + i);
      assertEquals(
          expected.get(i).stream().map(ExpansionCard::customer).toList(),
          versions.get(i).reviewsDue(
              OPENED.plusMonths(ExpansionCard.REVIEW_MONTHS), head, organisation),
          "every card is due three months after it was opened, in the order first added");
    }
    for (EmployeeId owner : owners) {
      assertEquals(
          model.values().stream().filter(c -> c.owner().equals(owner)).toList(),
          cards.readableBy(owner, organisation));
      assertEquals(
          model.values().stream()
              .filter(c -> c.owner().equals(owner))
              .map(ExpansionCard::customer)
              .toList(),
          cards.reviewsDue(OPENED.plusMonths(ExpansionCard.REVIEW_MONTHS), owner, organisation),
          "an owner hears only of the reviews due on their own cards");
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
  void theKitsCardsAreReadByTheirOwnersAndManagersUnderEitherDisclosure(
      @ForAll ExpansionCards cards, @ForAll @IntRange(min = 0, max = 5) int reader) {
    EmployeeId who = EmployeeId.of("E-" + reader);
    for (ExpansionCard card : cards.readableBy(who, Expansions.organisation())) {
      assertTrue(allowed(Expansions.organisation(), who, card.owner()));
      assertEquals(card, cards.read(card.customer(), card.owner(), Expansions.organisation()));
      assertEquals(card, cards.read(card.customer(), who, Expansions.organisation()));
    }
  }
}
