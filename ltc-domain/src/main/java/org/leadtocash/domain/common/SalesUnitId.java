package org.leadtocash.domain.common;

import java.util.Objects;

/**
 * Identifies a unit of our sales organisation: a representative office, a region or an area (DOMAIN
 * D9.5).
 *
 * @param value the host's value; non-blank, see {@link Identifier}
 */
public record SalesUnitId(String value) implements Identifier {

  /**
   * Checks the value.
   *
   * @param value the host's value; non-blank, see {@link Identifier}
   * @throws IllegalArgumentException if the value is blank, too long or padded with whitespace
   */
  public SalesUnitId {
    Objects.requireNonNull(value, "value");
    value = Identifier.checked(value, "SalesUnitId");
  }

  /**
   * Returns the id with this value.
   *
   * @param value the host's value; not null, not blank
   * @return the id, never null
   */
  public static SalesUnitId of(String value) {
    return new SalesUnitId(value);
  }

  /** {@return the value itself} */
  @Override
  public String toString() {
    return value;
  }
}
