package org.leadtocash.planning.expansion;

import java.util.Objects;
import java.util.Optional;
import org.leadtocash.domain.common.PersonId;
import org.leadtocash.domain.relationship.KeyRelationshipLevel;

/**
 * Our relationship with one person of the decision chain against the main competitor's (DOMAIN
 * D10.2, step 3): both on the six levels of D7.4. Where ours is higher the person is our
 * stronghold; where the competitor's is higher, theirs.
 *
 * @param person the customer's person; not null
 * @param ours our key-relationship level with the person; not null
 * @param competitor the main competitor's level with the person, or empty if not assessed; not null
 */
public record Standing(
    PersonId person, KeyRelationshipLevel ours, Optional<KeyRelationshipLevel> competitor) {

  /**
   * Checks that no part is null.
   *
   * @param person the customer's person; not null
   * @param ours our level; not null
   * @param competitor the competitor's level, or empty; not null
   */
  public Standing {
    Objects.requireNonNull(person, "person");
    Objects.requireNonNull(ours, "ours");
    Objects.requireNonNull(competitor, "competitor");
  }

  /**
   * Returns a standing assessed against the competitor.
   *
   * @param person the customer's person; not null
   * @param ours our level; not null
   * @param competitor the main competitor's level; not null
   * @return the standing, never null
   */
  public static Standing of(
      PersonId person, KeyRelationshipLevel ours, KeyRelationshipLevel competitor) {
    Objects.requireNonNull(competitor, "competitor");
    return new Standing(person, ours, Optional.of(competitor));
  }

  /**
   * Returns a standing of ours alone, the competitor's not assessed.
   *
   * @param person the customer's person; not null
   * @param ours our level; not null
   * @return the standing, never null
   */
  public static Standing oursOnly(PersonId person, KeyRelationshipLevel ours) {
    return new Standing(person, ours, Optional.empty());
  }

  /** {@return whether the person is our stronghold: our level above the competitor's, assessed} */
  public boolean stronghold() {
    return competitor.filter(c -> ours.compareTo(c) > 0).isPresent();
  }

  /** {@return whether the person is the competitor's stronghold: their level above ours} */
  public boolean competitorStronghold() {
    return competitor.filter(c -> c.compareTo(ours) > 0).isPresent();
  }

  /** {@return e.g. {@code P-3: ours favourable, competitor's accepted}} */
  @Override
  public String toString() {
    return person
        + ": ours "
        + ours.label()
        + ", competitor's "
        + competitor.map(KeyRelationshipLevel::label).orElse("not assessed");
  }
}
