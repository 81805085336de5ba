package org.leadtocash.domain.relationship;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.leadtocash.domain.common.AccessDeniedException;
import org.leadtocash.domain.common.EmployeeId;
import org.leadtocash.domain.common.PersonId;
import org.leadtocash.domain.common.RuleId;

/**
 * The relationship cards of a sales organisation, at most one per customer person, and the only way
 * to read them (DOMAIN D7.8).
 *
 * <p>The rule, from the business-relevance and minimum-contact principles: a card is read by its
 * owner — the employee who holds the relationship — and by the owner's managers, at any level up
 * the {@link Organisation}; never by the owner's peers, the people below the owner, or anyone else.
 *
 * <p>The contract: the host builds {@link RelationshipCard}s and hands them over here; from then on
 * the cards leave this collection only through {@link #read} and {@link #readableBy}, which apply
 * the rule for a named reader. No other method returns a card or any part of one: {@link
 * #toString()} shows only the number of cards, and a refused read throws an {@link
 * AccessDeniedException} whose message names the person, the owner, the reader and the rule, never
 * the card's notes or profile. For the same reason the collection has identity equality: comparing
 * or hashing its contents would be a read around the rule. Protecting the cards the host still
 * holds, and authenticating the reader, are the host's part.
 */
public final class RelationshipCards {

  private static final RelationshipCards EMPTY = new RelationshipCards(ImmutableMap.of());

  private final ImmutableMap<PersonId, RelationshipCard> cards;

  private RelationshipCards(ImmutableMap<PersonId, RelationshipCard> cards) {
    this.cards = cards;
  }

  /** {@return a collection without cards; never null} */
  public static RelationshipCards empty() {
    return EMPTY;
  }

  /**
   * Returns a collection holding the given cards.
   *
   * @param cards the cards, at most one per person; not null
   * @return the collection, never null
   * @throws IllegalArgumentException if two cards are about the same person
   */
  public static RelationshipCards of(Iterable<RelationshipCard> cards) {
    Map<PersonId, RelationshipCard> byPerson = new LinkedHashMap<>();
    for (RelationshipCard card : cards) {
      Objects.requireNonNull(card, "card");
      checkArgument(
          byPerson.put(card.person(), card) == null,
          "person %s has one relationship card, not two (DOMAIN D7.8)",
          card.person());
    }
    return new RelationshipCards(ImmutableMap.copyOf(byPerson));
  }

  /**
   * Returns a collection with the card added, replacing the earlier card of the same person.
   *
   * @param card the card; not null
   * @return the new collection, never null
   */
  public RelationshipCards with(RelationshipCard card) {
    Objects.requireNonNull(card, "card");
    Map<PersonId, RelationshipCard> next = new LinkedHashMap<>(cards);
    next.put(card.person(), card);
    return new RelationshipCards(ImmutableMap.copyOf(next));
  }

  /** {@return how many cards the collection holds} */
  public int size() {
    return cards.size();
  }

  /**
   * Reads the card of a person, if the reader may see it (D7.8): the reader is the card's owner or
   * one of the owner's managers in the organisation.
   *
   * @param person the customer's person; not null
   * @param reader who asks; not null
   * @param organisation our hierarchy; not null
   * @return the card, or empty if there is no card for the person; never null
   * @throws AccessDeniedException if there is a card and the reader is neither its owner nor one of
   *     the owner's managers (D7.8); the message names the person, owner and reader, never the
   *     card's content
   */
  public Optional<RelationshipCard> read(
      PersonId person, EmployeeId reader, Organisation organisation) {
    Objects.requireNonNull(person, "person");
    Objects.requireNonNull(reader, "reader");
    Objects.requireNonNull(organisation, "organisation");
    RelationshipCard card = cards.get(person);
    if (card == null) {
      return Optional.empty();
    }
    if (!mayRead(reader, card.owner(), organisation)) {
      throw new AccessDeniedException(
          "RelationshipCard " + person,
          "owned by " + card.owner(),
          "read",
          RuleId.D7_8,
          String.format(
              "a card is read by its owner %s and the managers above them; %s is neither",
              card.owner(), reader));
    }
    return Optional.of(card);
  }

  /**
   * Returns the cards the reader may see (D7.8): their own and those of the people below them.
   *
   * @param reader who asks; not null
   * @param organisation our hierarchy; not null
   * @return exactly the cards {@link #read} would return to the reader, in the order added; never
   *     null
   */
  public List<RelationshipCard> readableBy(EmployeeId reader, Organisation organisation) {
    Objects.requireNonNull(reader, "reader");
    Objects.requireNonNull(organisation, "organisation");
    return cards.values().stream()
        .filter(card -> mayRead(reader, card.owner(), organisation))
        .collect(ImmutableList.toImmutableList());
  }

  private static boolean mayRead(EmployeeId reader, EmployeeId owner, Organisation organisation) {
    return reader.equals(owner) || organisation.isManagerOf(reader, owner);
  }

  /** {@return e.g. {@code RelationshipCards[3 cards]}: never any card's content (D7.8)} */
  @Override
  public String toString() {
    return "RelationshipCards[" + cards.size() + (cards.size() == 1 ? " card]" : " cards]");
  }
}
