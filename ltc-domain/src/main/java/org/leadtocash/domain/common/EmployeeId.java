package org.leadtocash.domain.common;

import java.util.Objects;

/**
 * Identifies one of our own people: a salesperson, an AR, SR or FR, a lead manager, an approver
 * (DOMAIN D2.4, D4).
 *
 * @param value the host's value; non-blank, see {@link Identifier}
 */
public record EmployeeId(String value) implements Identifier {

  /**
   * Checks the value.
   *
   * @param value the host's value; non-blank, see {@link Identifier}
   * @throws IllegalArgumentException if the value is blank, too long or padded with whitespace
   */
  public EmployeeId {
    Objects.requireNonNull(value, "value");
    value = Identifier.checked(value, "EmployeeId");
  }

  /**
   * Returns the id with this value.
   *
   * @param value the host's value; not null, not blank
   * @return the id, never null
   */
  public static EmployeeId of(String value) {
    return new EmployeeId(value);
  }

  /** {@return the value itself, so that messages read {@code Lead LD-7}} */
  @Override
  public String toString() {
    return value;
  }
}
