package org.leadtocash.domain.relationship;

import java.util.Objects;
import java.util.Optional;

/**
 * One line of a {@link ChainCoverageReport}: a key person, their key-relationship level if known
 * (DOMAIN D7.4) and their playbook move (D7.3).
 *
 * @param person the key person; not null
 * @param level their current key-relationship level, or empty if not known; not null
 */
public record PersonCoverage(KeyPerson person, Optional<KeyRelationshipLevel> level) {

  /**
   * Checks that no part is null.
   *
   * @param person the key person; not null
   * @param level their current key-relationship level, or empty if not known; not null
   */
  public PersonCoverage {
    Objects.requireNonNull(person, "person");
    Objects.requireNonNull(level, "level");
  }

  /** {@return the playbook move of the person's stance, or empty while it is unknown (D7.3)} */
  public Optional<PlaybookMove> move() {
    return person.move();
  }

  /**
   * {@return whether the person is assessed (D7.2): their stance is recorded and their
   * key-relationship level is known}
   */
  public boolean assessed() {
    return DecisionChain.isAssessed(person, level.orElse(null));
  }

  /**
   * {@return e.g. {@code P-3 Head of IT (CTO) — decider, approver — supporter, coach — level
   * favourable → let them act}; never the person's name}
   */
  @Override
  public String toString() {
    return person.summary()
        + " — level "
        + level.map(KeyRelationshipLevel::label).orElse("unknown")
        + " → "
        + move().map(PlaybookMove::label).orElse("find out their stance");
  }
}
