package org.leadtocash.domain.common;

import java.util.Objects;

/**
 * Identifies one of the customer's people: a member of its decision chain, an executive, a contact
 * (DOMAIN D7.2) — never one of our own people, who are {@link EmployeeId}s.
 *
 * @param value the host's value; non-blank, see {@link Identifier}
 */
public record PersonId(String value) implements Identifier {

  /**
   * Checks the value.
   *
   * @param value the host's value; non-blank, see {@link Identifier}
   * @throws IllegalArgumentException if the value is blank, too long or padded with whitespace
   */
  public PersonId {
    Objects.requireNonNull(value, "value");
    value = Identifier.checked(value, "PersonId");
  }

  /**
   * Returns the id with this value.
   *
   * @param value the host's value; not null, not blank
   * @return the id, never null
   */
  public static PersonId of(String value) {
    return new PersonId(value);
  }

  /** {@return the value itself, so that messages read {@code Lead LD-7}} */
  @Override
  public String toString() {
    return value;
  }
}
