package org.leadtocash.domain.common;

import java.util.Objects;

/**
 * Identifies a lead (DOMAIN D2).
 *
 * @param value the host's value; non-blank, see {@link Identifier}
 */
public record LeadId(String value) implements Identifier {

  /**
   * Checks the value.
   *
   * @param value the host's value; non-blank, see {@link Identifier}
   * @throws IllegalArgumentException if the value is blank, too long or padded with whitespace
   */
  public LeadId {
    Objects.requireNonNull(value, "value");
    value = Identifier.checked(value, "LeadId");
  }

  /**
   * Returns the id with this value.
   *
   * @param value the host's value; not null, not blank
   * @return the id, never null
   */
  public static LeadId of(String value) {
    return new LeadId(value);
  }

  /** {@return the value itself, so that messages read {@code Lead LD-7}} */
  @Override
  public String toString() {
    return value;
  }
}
