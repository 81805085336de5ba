package org.leadtocash.domain.activity;

import java.util.Objects;
import org.leadtocash.domain.common.Identifier;

/**
 * Identifies a contact activity (DOMAIN D7.9).
 *
 * @param value the host's value; non-blank, see {@link Identifier}
 */
public record ActivityId(String value) implements Identifier {

  /**
   * Checks the value.
   *
   * @param value the host's value; non-blank, see {@link Identifier}
   * @throws IllegalArgumentException if the value is blank, too long or padded with whitespace
   */
  public ActivityId {
    Objects.requireNonNull(value, "value");
    value = Identifier.checked(value, "ActivityId");
  }

  /**
   * Returns the id with this value.
   *
   * @param value the host's value; not null, not blank
   * @return the id, never null
   */
  public static ActivityId of(String value) {
    return new ActivityId(value);
  }

  /** {@return the value itself, so that messages read {@code activity A-7}} */
  @Override
  public String toString() {
    return value;
  }
}
