package org.leadtocash.domain.relationship;

import java.util.Objects;
import org.leadtocash.domain.common.Identifier;

/**
 * Identifies one {@link KeyRelationship}: ours with one person of a customer (DOMAIN D7.1).
 *
 * @param value the host's value; non-blank, see {@link Identifier}
 */
public record KeyRelationshipId(String value) implements Identifier {

  /**
   * Checks the value.
   *
   * @param value the host's value; non-blank, see {@link Identifier}
   * @throws IllegalArgumentException if the value is blank, too long or padded with whitespace
   */
  public KeyRelationshipId {
    Objects.requireNonNull(value, "value");
    value = Identifier.checked(value, "KeyRelationshipId");
  }

  /**
   * Returns the id with this value.
   *
   * @param value the host's value; not null, not blank
   * @return the id, never null
   */
  public static KeyRelationshipId of(String value) {
    return new KeyRelationshipId(value);
  }

  /** {@return the value itself, so that messages read {@code KeyRelationship KR-7}} */
  @Override
  public String toString() {
    return value;
  }
}
