package org.leadtocash.planning.expansion;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.leadtocash.domain.common.CustomerId;
import org.leadtocash.domain.common.EmployeeId;
import org.leadtocash.domain.relationship.Organisation;

/**
 * The expansion cards of a sales organisation, at most one per key account, and the only way to
 * read them (DOMAIN D10.3, D7.8) — the planning counterpart of the domain's {@link
 * org.leadtocash.domain.relationship.RelationshipCards}, under the same rule: a card is read by its
 * owner and the owner's managers at any level up the {@link Organisation}, never by peers, the
 * people below the owner or anyone else ({@link ExpansionCard#readBy}).
 *
 * <p>Cards leave this collection only through {@link #read} and {@link #readableBy}; {@link
 * #reviewsDue} names only the accounts. {@link #toString()} shows the number of cards, and the
 * collection has identity equality: comparing or hashing its contents would be a read around the
 * rule.
 */
public final class ExpansionCards {

  private static final ExpansionCards EMPTY = new ExpansionCards(ImmutableMap.of());

  private final ImmutableMap<CustomerId, ExpansionCard> cards;

  private ExpansionCards(ImmutableMap<CustomerId, ExpansionCard> cards) {
    this.cards = cards;
  }

  /** {@return a collection without cards; never null} */
  public static ExpansionCards empty() {
    return EMPTY;
  }

  /**
   * Returns a collection holding the given cards.
   *
   * @param cards the cards, at most one per key account; not null
   * @return the collection, never null
   * @throws IllegalArgumentException if two cards are about the same account
   */
  public static ExpansionCards of(Iterable<ExpansionCard> cards) {
    Objects.requireNonNull(cards, "cards");
    Map<CustomerId, ExpansionCard> byCustomer = new LinkedHashMap<>();
    for (ExpansionCard card : cards) {
      Objects.requireNonNull(card, "card");
      checkArgument(
          byCustomer.put(card.customer(), card) == null,
          "key account %s has one expansion card, not two (DOMAIN D10.3)",
          card.customer());
    }
    return new ExpansionCards(ImmutableMap.copyOf(byCustomer));
  }

  /**
   * Returns a collection with the card added, replacing the earlier card of the same account.
   *
   * @param card the card; not null
   * @return the new collection, never null
   */
  public ExpansionCards with(ExpansionCard card) {
    Objects.requireNonNull(card, "card");
    Map<CustomerId, ExpansionCard> next = new LinkedHashMap<>(cards);
    next.put(card.customer(), card);
    return new ExpansionCards(ImmutableMap.copyOf(next));
  }

  /** {@return how many cards the collection holds} */
  public int size() {
    return cards.size();
  }

  /**
   * Reads the card of a key account, if the reader may see it (D7.8).
   *
   * @param customer the key account; not null
   * @param reader who asks; not null
   * @param organisation our hierarchy; not null
   * @return the card, or empty if the account has no card; never null
   * @throws org.leadtocash.domain.common.AccessDeniedException if there is a card and the reader is
   *     neither its owner nor one of the owner's managers (D7.8)
   */
  public Optional<ExpansionCard> read(
      CustomerId customer, EmployeeId reader, Organisation organisation) {
    Objects.requireNonNull(customer, "customer");
    Objects.requireNonNull(reader, "reader");
    Objects.requireNonNull(organisation, "organisation");
    return Optional.ofNullable(cards.get(customer)).map(c -> c.readBy(reader, organisation));
  }

  /**
   * Returns the cards the reader may see (D7.8): their own and those of the people below them.
   *
   * @param reader who asks; not null
   * @param organisation our hierarchy; not null
   * @return exactly the cards {@link #read} would return to the reader, in the order added; never
   *     null
   */
  public List<ExpansionCard> readableBy(EmployeeId reader, Organisation organisation) {
    Objects.requireNonNull(reader, "reader");
    Objects.requireNonNull(organisation, "organisation");
    return cards.values().stream()
        .filter(c -> c.mayBeReadBy(reader, organisation))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the key accounts whose card's review is due (D10.3): no card content, only the
   * accounts.
   *
   * @param asOf the day asked about; not null
   * @return the accounts, in the order added; never null
   */
  public List<CustomerId> reviewsDue(LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    return cards.values().stream()
        .filter(c -> c.reviewDue(asOf))
        .map(ExpansionCard::customer)
        .collect(ImmutableList.toImmutableList());
  }

  /** {@return e.g. {@code ExpansionCards[3 cards]}: never any card's content (D7.8)} */
  @Override
  public String toString() {
    return "ExpansionCards[" + cards.size() + (cards.size() == 1 ? " card]" : " cards]");
  }
}
