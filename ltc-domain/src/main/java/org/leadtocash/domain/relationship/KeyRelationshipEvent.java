package org.leadtocash.domain.relationship;

import org.leadtocash.domain.common.DomainEvent;

/**
 * Something that happened to a key relationship (DOMAIN D7.4, D7.5); replaying a relationship's
 * events rebuilds it.
 */
public sealed interface KeyRelationshipEvent extends DomainEvent
    permits KeyRelationshipOpened,
        KeyRelationshipAssessed,
        KeyRelationshipLevelChanged,
        KeyRelationshipTransferred {

  /** {@return the relationship it happened to; never null} */
  KeyRelationshipId relationship();

  /** {@return the relationship it happened to, as {@link #relationship()}; never null} */
  @Override
  default KeyRelationshipId aggregate() {
    return relationship();
  }
}
