package org.leadtocash.domain.process;

import java.util.Objects;
import org.leadtocash.domain.common.Identifier;

/**
 * Identifies a process at any level of a process architecture, e.g. {@code LTC}, {@code LTC.MO} or
 * {@code LTC.MO.VERIFY} (DOMAIN D1.1, D1.3).
 *
 * @param value the value; non-blank, see {@link Identifier}
 */
public record ProcessId(String value) implements Identifier {

  /**
   * Checks the value.
   *
   * @param value the value; non-blank, see {@link Identifier}
   * @throws IllegalArgumentException if the value is blank, too long or padded with whitespace
   */
  public ProcessId {
    Objects.requireNonNull(value, "value");
    value = Identifier.checked(value, "ProcessId");
  }

  /**
   * Returns the id with this value.
   *
   * @param value the value; not null, not blank
   * @return the id, never null
   */
  public static ProcessId of(String value) {
    return new ProcessId(value);
  }

  /** {@return the value itself, so that messages read {@code ProcessArchitecture LTC}} */
  @Override
  public String toString() {
    return value;
  }
}
