package org.leadtocash.domain.voice;

import java.util.Objects;
import org.leadtocash.domain.common.Identifier;

/**
 * Identifies an item of a contract's scope, unique within the contract (DOMAIN D8.4).
 *
 * @param value the host's value; non-blank, see {@link Identifier}
 */
public record ScopeItemId(String value) implements Identifier {

  /**
   * Checks the value.
   *
   * @param value the host's value; non-blank, see {@link Identifier}
   * @throws IllegalArgumentException if the value is blank, too long or padded with whitespace
   */
  public ScopeItemId {
    Objects.requireNonNull(value, "value");
    value = Identifier.checked(value, "ScopeItemId");
  }

  /**
   * Returns the id with this value.
   *
   * @param value the host's value; not null, not blank
   * @return the id, never null
   */
  public static ScopeItemId of(String value) {
    return new ScopeItemId(value);
  }

  /** {@return the value itself, so that messages read {@code scope item CORE-SW}} */
  @Override
  public String toString() {
    return value;
  }
}
