package org.leadtocash.planning.expansion;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.leadtocash.domain.common.AccessDeniedException;
import org.leadtocash.domain.common.CustomerId;
import org.leadtocash.domain.common.EmployeeId;
import org.leadtocash.domain.common.RuleId;
import org.leadtocash.domain.relationship.CardDisclosure;
import org.leadtocash.domain.relationship.Organisation;

/**
 * The expansion cards of a sales organisation, at most one per key account, and the only way to
 * read and write them (DOMAIN D10.3, D7.8) — the planning counterpart of the domain's {@link
 * org.leadtocash.domain.relationship.RelationshipCards}, under the same rule: a card is read,
 * written, replaced and removed by its owner and the owner's managers at any level up the {@link
 * Organisation}, never by peers, the people below the owner or anyone else. Every read and every
 * write names the employee who asks.
 *
 * <p>The contract: the host builds {@link ExpansionCard}s and hands them over here; from then on
 * the cards leave this collection only through {@link #read}, {@link #find} and {@link
 * #readableBy}, which apply the rule for a named reader; {@link #reviewsDue} names only the
 * accounts, and only those whose cards the reader may see. A refusal throws an {@link AccessDeniedException} whose message names the account, the
 * employee who asked and the rule — never the card's owner nor its content, and by default ({@link
 * CardDisclosure#NOTHING}) not even whether there is a card: a refused read and the read of a
 * missing card are refused with the same message. {@link #toString()} shows the number of cards,
 * and the collection has identity equality: comparing or hashing its contents would be a read
 * around the rule.
 *
 * <p>The collection is an immutable value over a persistent tree: each write returns a new
 * collection in O(log n) expected time, sharing the rest with this one, so writing n cards one by
 * one takes O(n log n).
 */
public final class ExpansionCards {

  private static final ExpansionCards EMPTY = new ExpansionCards(null, 0L, CardDisclosure.NOTHING);

  private final AccountTree.@Nullable Node cards;

  /** The sequence number the next account added gets; it orders the cards as they were added. */
  private final long nextSequence;

  private final CardDisclosure disclosure;

  private ExpansionCards(
      AccountTree.@Nullable Node cards, long nextSequence, CardDisclosure disclosure) {
    this.cards = cards;
    this.nextSequence = nextSequence;
    this.disclosure = disclosure;
  }

  /** {@return a collection without cards, whose refusals tell nothing (D7.8); never null} */
  public static ExpansionCards empty() {
    return EMPTY;
  }

  /**
   * Returns a collection holding the given cards: the host's load of the cards it stored, which
   * replaces no one's card.
   *
   * @param cards the cards, at most one per key account; not null
   * @return the collection, whose refusals tell nothing (D7.8); never null
   * @throws IllegalArgumentException if two cards are about the same account
   */
  public static ExpansionCards of(Iterable<ExpansionCard> cards) {
    Objects.requireNonNull(cards, "cards");
    AccountTree.@Nullable Node tree = null;
    long sequence = 0;
    for (ExpansionCard card : cards) {
      Objects.requireNonNull(card, "card");
      checkArgument(
          AccountTree.get(tree, card.customer()) == null,
          "key account %s has one expansion card, not two (DOMAIN D10.3)",
          card.customer());
      tree = AccountTree.put(tree, card, sequence++);
    }
    return new ExpansionCards(tree, sequence, CardDisclosure.NOTHING);
  }

  /**
   * Returns this collection with refusals that tell what the host chose (D7.8); the cards are the
   * same.
   *
   * @param disclosure what a refusal may tell: {@link CardDisclosure#NOTHING} (the default) or
   *     {@link CardDisclosure#EXISTENCE}; not null
   * @return the collection, never null
   */
  public ExpansionCards disclosing(CardDisclosure disclosure) {
    Objects.requireNonNull(disclosure, "disclosure");
    return new ExpansionCards(cards, nextSequence, disclosure);
  }

  /** {@return what a refusal of this collection tells (D7.8); never null} */
  public CardDisclosure disclosure() {
    return disclosure;
  }

  /**
   * Returns a collection with the card written: added, or replacing the account's card, which keeps
   * its place (D10.3). The writer must be allowed to write the new card, and the card it replaces
   * if any: they are its owner, or one of the owner's managers (D7.8) — so a manager may hand an
   * account's card from one of their people to another, and a peer may not take it.
   *
   * @param card the card; not null
   * @param writer which of our people writes it; not null
   * @param organisation our hierarchy; not null
   * @return the new collection, never null
   * @throws AccessDeniedException if the writer is neither the new card's owner nor one of the
   *     owner's managers, or there is a card of the account that the writer may not replace (D7.8);
   *     the message never names an owner, tells whether a card is there only if the host opted in
   *     ({@link CardDisclosure#EXISTENCE}), and the collection is unchanged
   */
  public ExpansionCards with(ExpansionCard card, EmployeeId writer, Organisation organisation) {
    Objects.requireNonNull(card, "card");
    Objects.requireNonNull(writer, "writer");
    Objects.requireNonNull(organisation, "organisation");
    CustomerId customer = card.customer();
    String command = "write by " + writer;
    if (!mayUse(writer, card.owner(), organisation)) {
      throw hidden(customer, command, writer, "write");
    }
    ExpansionCard existing = AccountTree.get(cards, customer);
    if (existing != null && !mayUse(writer, existing.owner(), organisation)) {
      throw disclosure == CardDisclosure.EXISTENCE
          ? new AccessDeniedException(
              "ExpansionCard " + customer,
              "owned by another",
              command,
              RuleId.D7_8,
              String.format(
                  "%s has an expansion card already, which %s may not replace: a card is written"
                      + " only by its owner and the managers above them",
                  customer, writer))
          : hidden(customer, command, writer, "write");
    }
    return new ExpansionCards(
        AccountTree.put(cards, card, nextSequence),
        existing == null ? nextSequence + 1 : nextSequence,
        disclosure);
  }

  /**
   * Returns a collection without the account's card. The remover must be its owner or one of the
   * owner's managers (D7.8).
   *
   * @param customer the key account; not null
   * @param writer which of our people removes it; not null
   * @param organisation our hierarchy; not null
   * @return the new collection, never null
   * @throws AccessDeniedException if there is no card of the account that the writer may remove
   *     (D7.8): the same refusal whether the card is missing or not the writer's to remove, unless
   *     the host opted in to {@link CardDisclosure#EXISTENCE}; it never names the owner
   */
  public ExpansionCards without(CustomerId customer, EmployeeId writer, Organisation organisation) {
    Objects.requireNonNull(customer, "customer");
    Objects.requireNonNull(writer, "writer");
    Objects.requireNonNull(organisation, "organisation");
    ExpansionCard existing = AccountTree.get(cards, customer);
    if (existing == null || !mayUse(writer, existing.owner(), organisation)) {
      throw refused(customer, "remove by " + writer, writer, "remove", existing != null);
    }
    return new ExpansionCards(
        AccountTree.remove(Objects.requireNonNull(cards, "cards"), customer),
        nextSequence,
        disclosure);
  }

  /** {@return how many cards the collection holds} */
  public int size() {
    return AccountTree.size(cards);
  }

  /**
   * Reads the card of a key account, which the reader may see (D7.8): the reader is its owner or
   * one of the owner's managers in the organisation.
   *
   * @param customer the key account; not null
   * @param reader who asks; not null
   * @param organisation our hierarchy; not null
   * @return the card, never null
   * @throws AccessDeniedException if there is no card of the account that the reader may read
   *     (D7.8). By default the message is the same, word for word, whether the card is missing or
   *     the reader may not read it; with {@link CardDisclosure#EXISTENCE} it says which. It names
   *     the account, the reader and the rule, never the owner nor the card's content.
   */
  public ExpansionCard read(CustomerId customer, EmployeeId reader, Organisation organisation) {
    return find(customer, reader, organisation)
        .orElseThrow(
            () ->
                refused(
                    customer,
                    "read by " + reader,
                    reader,
                    "read",
                    AccountTree.get(cards, customer) != null));
  }

  /**
   * Finds the card of a key account, if the reader may see it (D7.8), without telling why not.
   *
   * @param customer the key account; not null
   * @param reader who asks; not null
   * @param organisation our hierarchy; not null
   * @return the card {@link #read} would return, or empty — the same empty whether there is no card
   *     or the reader may not read it; never null
   */
  public Optional<ExpansionCard> find(
      CustomerId customer, EmployeeId reader, Organisation organisation) {
    Objects.requireNonNull(customer, "customer");
    Objects.requireNonNull(reader, "reader");
    Objects.requireNonNull(organisation, "organisation");
    ExpansionCard card = AccountTree.get(cards, customer);
    return card != null && mayUse(reader, card.owner(), organisation)
        ? Optional.of(card)
        : Optional.empty();
  }

  /**
   * Returns the cards the reader may see (D7.8): their own and those of the people below them.
   *
   * @param reader who asks; not null
   * @param organisation our hierarchy; not null
   * @return exactly the cards {@link #read} would return to the reader, in the order their accounts
   *     were first added; never null
   */
  public List<ExpansionCard> readableBy(EmployeeId reader, Organisation organisation) {
    Objects.requireNonNull(reader, "reader");
    Objects.requireNonNull(organisation, "organisation");
    return AccountTree.inOrderAdded(cards, card -> mayUse(reader, card.owner(), organisation));
  }

  /**
   * Returns the key accounts whose card's review is due (D10.3), among the cards the reader may see
   * (D7.8): no card content, only the accounts. A card the reader may not read is left out, so the
   * list tells nobody of a card they could not {@link #read}.
   *
   * @param asOf the day asked about; not null
   * @param reader who asks; not null
   * @param organisation our hierarchy; not null
   * @return the accounts, in the order first added; never null
   */
  public List<CustomerId> reviewsDue(
      LocalDate asOf, EmployeeId reader, Organisation organisation) {
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(reader, "reader");
    Objects.requireNonNull(organisation, "organisation");
    return AccountTree.inOrderAdded(
            cards, card -> card.reviewDue(asOf) && mayUse(reader, card.owner(), organisation))
        .stream()
        .map(ExpansionCard::customer)
        .collect(ImmutableList.toImmutableList());
  }

  private static boolean mayUse(EmployeeId employee, EmployeeId owner, Organisation organisation) {
    return employee.equals(owner) || organisation.isManagerOf(employee, owner);
  }

  /**
   * The refusal of a read or a removal: by default the same whether the card is there or not; with
   * {@link CardDisclosure#EXISTENCE}, saying which. Never the owner.
   */
  private AccessDeniedException refused(
      CustomerId customer, String command, EmployeeId who, String what, boolean exists) {
    if (disclosure == CardDisclosure.EXISTENCE) {
      return new AccessDeniedException(
          "ExpansionCard " + customer,
          exists ? "owned by another" : "no card",
          command,
          RuleId.D7_8,
          exists
              ? String.format(
                  "%s is neither the owner of the expansion card of %s nor one of the owner's"
                      + " managers",
                  who, customer)
              : String.format("there is no expansion card of %s", customer));
    }
    return hidden(customer, command, who, what);
  }

  /** The refusal that tells nothing: the same whether the card is there or not (D7.8). */
  private static AccessDeniedException hidden(
      CustomerId customer, String command, EmployeeId who, String what) {
    return new AccessDeniedException(
        "ExpansionCard " + customer,
        "not shown",
        command,
        RuleId.D7_8,
        String.format(
            "%s may not %s the expansion card of %s: a card is read and written only by its owner"
                + " and the managers above them",
            who, what, customer));
  }

  /** {@return e.g. {@code ExpansionCards[3 cards]}: never any card's content (D7.8)} */
  @Override
  public String toString() {
    int size = size();
    return "ExpansionCards[" + size + (size == 1 ? " card]" : " cards]");
  }
}
