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
 * The card of a key relationship (关键客户拓展卡片, DOMAIN D7.8): which of our people holds it, the
 * customer's person and their customer, the current level (D7.4), the holder's notes, and the
 * person's {@link PersonalProfile personal profile}.
 *
 * <p>The holder keeps the card up to date and keeps it secure. Notes and profile are sensitive:
 * {@link #toString()} shows neither. The host builds cards; to protect them, it keeps them in
 * {@link RelationshipCards}, whose read path lets only the holder and the holder's managers see a
 * card, and never hands a card out otherwise.
 */
@Value.Immutable
@DomainStyle
public abstract class RelationshipCard {

  RelationshipCard() {}

  /** {@return which of our people holds the relationship and the card; never null} */
  public abstract EmployeeId owner();

  /** {@return the customer's person; never null} */
  public abstract PersonId person();

  /** {@return the customer the person works for; never null} */
  public abstract CustomerId customer();

  /** {@return the relationship's current level, once assessed (D7.4); never null} */
  public abstract Optional<KeyRelationshipLevel> level();

  /** {@return the holder's notes, oldest first; sensitive, never printed; never null} */
  @Value.Redacted
  public abstract List<String> notes();

  /** {@return the person's profile; sensitive, never printed (D7.8); never null} */
  @Value.Redacted
  public abstract PersonalProfile profile();

  /**
   * Returns the card of a key relationship as it stands: its holder, person, customer and level.
   *
   * @param relationship the relationship; not null
   * @param profile the person's profile; not null
   * @param notes the holder's notes, oldest first; not null
   * @return the card, never null
   */
  public static RelationshipCard of(
      KeyRelationship relationship, PersonalProfile profile, List<String> notes) {
    Objects.requireNonNull(relationship, "relationship");
    return builder()
        .owner(relationship.owner())
        .person(relationship.person())
        .customer(relationship.customer())
        .level(relationship.level())
        .profile(profile)
        .addAllNotes(notes)
        .build();
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RelationshipCard}; owner, person, customer and profile are required. */
  public static final class Builder extends ImmutableRelationshipCard.Builder {
    Builder() {}
  }
}
