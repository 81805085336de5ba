package org.leadtocash.domain.relationship;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.leadtocash.domain.common.AccessDeniedException;
import org.leadtocash.domain.common.EmployeeId;
import org.leadtocash.domain.common.PersonId;
import org.leadtocash.domain.common.PersonalDataAccess;
import org.leadtocash.domain.common.RuleId;

/**
 * The relationship cards of a sales organisation, at most one per customer person, and the only way
 * to read and write them (DOMAIN D7.8).
 *
 * <p>The rule, from the business-relevance and minimum-contact principles: a card is read, written,
 * replaced and removed by its holder — the employee who holds its {@link KeyRelationship} now — and
 * by the holder's managers, at any level up the {@link Organisation}; never by the holder's peers,
 * the people below the holder, or anyone else. Every read and every write names the employee who
 * asks.
 *
 * <p>The card follows its relationship: a card's holder is its relationship's {@link
 * KeyRelationship#owner() owner}, and {@link #follow} moves the card on to a later state of that
 * relationship — after a {@link KeyRelationship#transfer transfer}, the new holder and their
 * managers read it, and the former holder no longer does (D4.7). Moving it is a write like any
 * other: only the holder until then, or one of their managers, may. Following the state that the
 * relationship's stored history replays to gives the same readers.
 *
 * <p>The contract: the host builds {@link RelationshipCard}s and hands them over here; from then on
 * the cards leave this collection only through {@link #read}, {@link #find} and {@link
 * #readableBy}, which apply the rule for a named reader. No other method returns a card or any part
 * of one: {@link #toString()} shows only the number of cards, and a refusal throws an {@link
 * AccessDeniedException} whose message names the person, the employee who asked and the rule —
 * never the card's holder, notes or profile, and by default ({@link CardDisclosure#NOTHING}) not
 * even whether there is a card: a refused read and the read of a missing card are refused with the
 * same message. For the same reason the collection has identity equality: comparing or hashing its
 * contents would be a read around the rule. Protecting the cards the host still holds, and
 * authenticating the employee who asks, are the host's part.
 *
 * <p>The collection is an immutable value over a persistent tree: each write returns a new
 * collection in O(log n) expected time, sharing the rest with this one, so loading n cards one by
 * one takes O(n log n).
 */
public final class RelationshipCards {

  private static final RelationshipCards EMPTY =
      new RelationshipCards(null, 0L, CardDisclosure.NOTHING);

  private final CardTree.@Nullable Node cards;

  /** The sequence number the next card added gets; it orders the cards as they were added. */
  private final long nextSequence;

  private final CardDisclosure disclosure;

  private RelationshipCards(
      CardTree.@Nullable Node cards, long nextSequence, CardDisclosure disclosure) {
    this.cards = cards;
    this.nextSequence = nextSequence;
    this.disclosure = disclosure;
  }

  /** {@return a collection without cards, whose refusals tell nothing (D7.8); never null} */
  public static RelationshipCards empty() {
    return EMPTY;
  }

  /**
   * Returns a collection holding the given cards: the host's load of the cards it stored, which
   * replaces no one's card.
   *
   * @param cards the cards, at most one per person; not null
   * @return the collection, whose refusals tell nothing (D7.8); never null
   * @throws IllegalArgumentException if two cards are about the same person
   */
  public static RelationshipCards of(Iterable<RelationshipCard> cards) {
    Objects.requireNonNull(cards, "cards");
    CardTree.@Nullable Node tree = null;
    long sequence = 0;
    for (RelationshipCard card : cards) {
      Objects.requireNonNull(card, "card");
      checkArgument(
          CardTree.get(tree, card.person()) == null,
          "person %s has one relationship card, not two (DOMAIN D7.8)",
          card.person());
      tree = CardTree.put(tree, card, sequence++);
    }
    return new RelationshipCards(tree, sequence, CardDisclosure.NOTHING);
  }

  /**
   * Returns this collection with refusals that tell what the host chose (D7.8); the cards are the
   * same.
   *
   * @param disclosure what a refusal may tell: {@link CardDisclosure#NOTHING} (the default) or
   *     {@link CardDisclosure#EXISTENCE}; not null
   * @return the collection, never null
   */
  public RelationshipCards disclosing(CardDisclosure disclosure) {
    Objects.requireNonNull(disclosure, "disclosure");
    return new RelationshipCards(cards, nextSequence, disclosure);
  }

  /** {@return what a refusal of this collection tells (D7.8); never null} */
  public CardDisclosure disclosure() {
    return disclosure;
  }

  /**
   * Returns a collection with the card written: added, or replacing the person's card. The writer
   * must be allowed to write the new card, and the card it replaces if any: they hold its
   * relationship, or are one of the holder's managers (D7.8).
   *
   * @param card the card; not null
   * @param writer which of our people writes it; not null
   * @param organisation our hierarchy; not null
   * @return the new collection, never null
   * @throws AccessDeniedException if the writer is neither the holder of the new card's
   *     relationship nor one of the holder's managers, or there is a card of the person that the
   *     writer may not replace (D7.8); the message never names a holder, and tells whether a card
   *     is there only if the host opted in ({@link CardDisclosure#EXISTENCE})
   * @throws IllegalArgumentException if the card replaces the person's card of the same
   *     relationship with an earlier state of it, which would take the card back from its holder
   *     (D7.8)
   */
  public RelationshipCards with(
      RelationshipCard card, EmployeeId writer, Organisation organisation) {
    Objects.requireNonNull(card, "card");
    Objects.requireNonNull(writer, "writer");
    Objects.requireNonNull(organisation, "organisation");
    PersonId person = card.person();
    CardTree.Node existing = CardTree.get(cards, person);
    if (!mayUse(writer, card.owner(), organisation)) {
      throw hidden(person, "write by " + writer, writer, "write this card of");
    }
    if (existing != null) {
      if (!mayUse(writer, existing.card.owner(), organisation)) {
        throw disclosure == CardDisclosure.EXISTENCE
            ? new AccessDeniedException(
                "RelationshipCard " + person,
                "held by another",
                "write by " + writer,
                RuleId.D7_8,
                String.format(
                    "%s has a card already, which %s may not replace: a card is written only by"
                        + " the holder of its relationship and the managers above them",
                    person, writer))
            : hidden(person, "write by " + writer, writer, "write this card of");
      }
      KeyRelationship before = existing.card.relationship();
      checkArgument(
          !before.id().equals(card.relationship().id())
              || card.relationship().version() >= before.version(),
          "the card of %s follows %s at version %s; a card at version %s would take it back to an"
              + " earlier holder (DOMAIN D7.8)",
          person,
          before.id(),
          before.version(),
          card.relationship().version());
    }
    return new RelationshipCards(
        CardTree.put(cards, card, nextSequence), nextSequence + 1, disclosure);
  }

  /**
   * Returns a collection without the person's card. The remover must hold its relationship or be
   * one of the holder's managers (D7.8).
   *
   * @param person the customer's person; not null
   * @param writer which of our people removes it; not null
   * @param organisation our hierarchy; not null
   * @return the new collection, never null
   * @throws AccessDeniedException if there is no card of the person that the writer may remove
   *     (D7.8): the same refusal whether the card is missing or not the writer's to remove, unless
   *     the host opted in to {@link CardDisclosure#EXISTENCE}; it never names the holder
   */
  public RelationshipCards without(PersonId person, EmployeeId writer, Organisation organisation) {
    Objects.requireNonNull(person, "person");
    Objects.requireNonNull(writer, "writer");
    Objects.requireNonNull(organisation, "organisation");
    CardTree.Node existing = CardTree.get(cards, person);
    if (existing == null || !mayUse(writer, existing.card.owner(), organisation)) {
      throw refused(person, "remove by " + writer, writer, "remove a card of", existing != null);
    }
    return new RelationshipCards(
        CardTree.remove(Objects.requireNonNull(cards, "cards"), person), nextSequence, disclosure);
  }

  /**
   * Returns a collection whose card of the relationship's person follows the relationship to this
   * later state of it: after a {@link KeyRelationship#transfer transfer}, to its new holder (D4.7,
   * D7.8). The card's notes and profile stay. The host calls it with each new state of a
   * relationship — or with the state its stored history {@link KeyRelationship#replay(List)
   * replays} to, which gives the same readers.
   *
   * <p>Moving a card is a write under D7.8: the writer must be allowed over the card as it is — its
   * holder until now (who hands the relationship over) or one of that holder's managers (the
   * manager who transfers it). A relationship is a value anyone can build, so the state given is no
   * evidence of who may move the card: someone who builds a relationship with the card's id and
   * transfers it to themselves is refused unless they could write the card anyway.
   *
   * <p>It changes nothing, and checks no writer, when there is no card of the person, when the
   * person's card is about another relationship, or when the state given is not later than the one
   * the card follows (an earlier state never takes a card back), so calling it again, or late, is
   * harmless.
   *
   * <p>What it tells: a relationship carries no evidence of who may move its card, so a caller who
   * knows a relationship's id and person can learn, from a refusal or its absence, whether the
   * person has a card that follows that relationship — even with {@link CardDisclosure#NOTHING}.
   * It never tells the holder nor the content. A host that must hide even that calls {@code
   * follow} only from its own handling of the relationship's events, not on a caller's behalf.
   *
   * @param relationship the relationship as it is now; not null
   * @param writer which of our people moves the card; not null
   * @param organisation our hierarchy; not null
   * @return the collection with the card following the relationship, never null
   * @throws AccessDeniedException if the card would move and the writer is neither its holder until
   *     now nor one of that holder's managers (D7.8); the message never names a holder, and the
   *     collection is unchanged
   */
  public RelationshipCards follow(
      KeyRelationship relationship, EmployeeId writer, Organisation organisation) {
    Objects.requireNonNull(relationship, "relationship");
    Objects.requireNonNull(writer, "writer");
    Objects.requireNonNull(organisation, "organisation");
    CardTree.Node existing = CardTree.get(cards, relationship.person());
    if (existing == null
        || !existing.card.relationship().id().equals(relationship.id())
        || relationship.version() <= existing.card.relationship().version()) {
      return this;
    }
    if (!mayUse(writer, existing.card.owner(), organisation)) {
      throw refused(relationship.person(), "follow by " + writer, writer, "move the card of", true);
    }
    return new RelationshipCards(
        CardTree.put(cards, existing.card.following(relationship), nextSequence),
        nextSequence,
        disclosure);
  }

  /** {@return how many cards the collection holds} */
  public int size() {
    return CardTree.size(cards);
  }

  /**
   * Reads the card of a person, which the reader may see (D7.8): the reader holds its relationship
   * or is one of the holder's managers in the organisation.
   *
   * @param person the customer's person; not null
   * @param reader who asks; not null
   * @param organisation our hierarchy; not null
   * @return the card, never null
   * @throws AccessDeniedException if there is no card of the person that the reader may read
   *     (D7.8). By default the message is the same, word for word, whether the card is missing or
   *     the reader may not read it ("no card you may read"); with {@link CardDisclosure#EXISTENCE}
   *     it says which. It names the person, the reader and the rule, never the holder nor the
   *     card's content.
   */
  public RelationshipCard read(PersonId person, EmployeeId reader, Organisation organisation) {
    Objects.requireNonNull(person, "person");
    Objects.requireNonNull(reader, "reader");
    Objects.requireNonNull(organisation, "organisation");
    CardTree.Node node = CardTree.get(cards, person);
    if (node == null || !mayUse(reader, node.card.owner(), organisation)) {
      throw refused(person, "read by " + reader, reader, "read a card of", node != null);
    }
    return node.card;
  }

  /**
   * Finds the card of a person, if the reader may see it (D7.8), without telling why not.
   *
   * @param person the customer's person; not null
   * @param reader who asks; not null
   * @param organisation our hierarchy; not null
   * @return the card {@link #read} would return, or empty — the same empty whether there is no card
   *     or the reader may not read it; never null
   */
  public Optional<RelationshipCard> find(
      PersonId person, EmployeeId reader, Organisation organisation) {
    Objects.requireNonNull(person, "person");
    Objects.requireNonNull(reader, "reader");
    Objects.requireNonNull(organisation, "organisation");
    CardTree.Node node = CardTree.get(cards, person);
    return node != null && mayUse(reader, node.card.owner(), organisation)
        ? Optional.of(node.card)
        : Optional.empty();
  }

  /**
   * Returns the cards the reader may see (D7.8): those they hold and those of the people below
   * them.
   *
   * @param reader who asks; not null
   * @param organisation our hierarchy; not null
   * @return exactly the cards {@link #read} would return to the reader, in the order first added;
   *     never null
   */
  public List<RelationshipCard> readableBy(EmployeeId reader, Organisation organisation) {
    Objects.requireNonNull(reader, "reader");
    Objects.requireNonNull(organisation, "organisation");
    List<CardTree.Node> readable = new ArrayList<>();
    CardTree.forEach(
        cards,
        node -> {
          if (mayUse(reader, node.card.owner(), organisation)) {
            readable.add(node);
          }
        });
    return readable.stream()
        .sorted(Comparator.comparingLong(node -> node.sequence))
        .map(node -> node.card)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the D7.8 rule over these cards as a {@link PersonalDataAccess}, for the other values
   * that hold a person's personal data, such as an {@link
   * org.leadtocash.domain.customer.ExecutiveProfile}: a reader may read a person's personal data
   * exactly when they may {@link #read} the person's card — they hold the key relationship with the
   * person, or are one of the holder's managers. Without a card of the person, no one may.
   *
   * @param organisation our hierarchy; not null
   * @return the rule, over this collection as it is now; never null
   */
  public PersonalDataAccess access(Organisation organisation) {
    Objects.requireNonNull(organisation, "organisation");
    return (reader, person) -> find(person, reader, organisation).isPresent();
  }

  private static boolean mayUse(EmployeeId employee, EmployeeId holder, Organisation organisation) {
    return employee.equals(holder) || organisation.isManagerOf(employee, holder);
  }

  /**
   * The refusal of a read or a write: by default the same whether the card is there or not; with
   * {@link CardDisclosure#EXISTENCE}, saying which. Never the holder.
   */
  private AccessDeniedException refused(
      PersonId person, String command, EmployeeId who, String what, boolean exists) {
    if (disclosure == CardDisclosure.EXISTENCE) {
      return new AccessDeniedException(
          "RelationshipCard " + person,
          exists ? "held by another" : "no card",
          command,
          RuleId.D7_8,
          exists
              ? String.format(
                  "%s is neither the holder of the relationship with %s nor one of the holder's"
                      + " managers",
                  who, person)
              : String.format("there is no card of %s", person));
    }
    return hidden(person, command, who, what);
  }

  /** The refusal that tells nothing: the same whether the card is there or not (D7.8). */
  private static AccessDeniedException hidden(
      PersonId person, String command, EmployeeId who, String what) {
    return new AccessDeniedException(
        "RelationshipCard " + person,
        "not shown",
        command,
        RuleId.D7_8,
        String.format(
            "%s may not %s %s: a card is read and written only by the holder of its relationship"
                + " and the managers above them",
            who, what, person));
  }

  /** {@return e.g. {@code RelationshipCards[3 cards]}: never any card's content (D7.8)} */
  @Override
  public String toString() {
    int size = size();
    return "RelationshipCards[" + size + (size == 1 ? " card]" : " cards]");
  }
}
