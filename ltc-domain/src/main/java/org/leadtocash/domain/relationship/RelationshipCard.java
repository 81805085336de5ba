package org.leadtocash.domain.relationship;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.leadtocash.domain.common.CustomerId;
import org.leadtocash.domain.common.DomainStyle;
import org.leadtocash.domain.common.EmployeeId;
import org.leadtocash.domain.common.PersonId;
import org.leadtocash.domain.customer.PersonalProfile;

/**
 * The card of a key relationship (关键客户拓展卡片, DOMAIN D7.8): the {@link KeyRelationship} it is about —
 * and so which of our people holds it, the customer's person, their customer and the current level
 * (D7.4) — the holder's notes, and the person's {@link PersonalProfile personal profile}.
 *
 * <p>The card has no owner of its own: its {@link #owner()} is always the holder of its {@link
 * #relationship()}, so that when the relationship is {@link KeyRelationship#transfer transferred}
 * and its {@link RelationshipCards collection} {@link RelationshipCards#follow follows} the
 * transfer, the card goes with it, and the former holder reads it no more (D4.7, D7.8). Replaying
 * the relationship's stored history gives the same relationship, and so the same holder and the
 * same readers.
 *
 * <p>The holder keeps the card up to date and keeps it secure. Notes and profile are sensitive:
 * {@link #toString()} shows neither. The host builds cards; to protect them, it keeps them in
 * {@link RelationshipCards}, whose read path lets only the holder and the holder's managers see a
 * card, whose write path lets only them write, replace or remove it, and which never hands a card
 * out otherwise.
 */
@Value.Immutable
@DomainStyle
public abstract class RelationshipCard {

  RelationshipCard() {}

  /**
   * {@return the key relationship the card is about, as its collection last followed it (D7.4,
   * D7.8); never null}
   */
  public abstract KeyRelationship relationship();

  /**
   * {@return which of our people holds the relationship, and so the card: its holder; never null}
   */
  public EmployeeId owner() {
    return relationship().owner();
  }

  /** {@return the customer's person; never null} */
  public PersonId person() {
    return relationship().person();
  }

  /** {@return the customer the person works for; never null} */
  public CustomerId customer() {
    return relationship().customer();
  }

  /** {@return the relationship's current level, once assessed (D7.4); never null} */
  public Optional<KeyRelationshipLevel> level() {
    return relationship().level();
  }

  /** {@return the holder's notes, oldest first; sensitive, never printed; never null} */
  @Value.Redacted
  public abstract List<String> notes();

  /** {@return the person's profile; sensitive, never printed (D7.8); never null} */
  @Value.Redacted
  public abstract PersonalProfile profile();

  /**
   * Returns the card of a key relationship as it stands.
   *
   * @param relationship the relationship; not null
   * @param profile the person's profile; not null
   * @param notes the holder's notes, oldest first; not null
   * @return the card, never null
   */
  public static RelationshipCard of(
      KeyRelationship relationship, PersonalProfile profile, List<String> notes) {
    Objects.requireNonNull(notes, "notes");
    Objects.requireNonNull(relationship, "relationship");
    return builder().relationship(relationship).profile(profile).addAllNotes(notes).build();
  }

  /** {@return the same card about a later state of its relationship (see RelationshipCards)} */
  RelationshipCard following(KeyRelationship later) {
    return builder().from(this).relationship(later).build();
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RelationshipCard}; the relationship and the profile are required. */
  public static final class Builder extends ImmutableRelationshipCard.Builder {
    Builder() {}
  }
}
