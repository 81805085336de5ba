package org.leadtocash.domain.common;

import java.util.Objects;

/**
 * Identifies a competitor that bids against us (DOMAIN D3.5).
 *
 * @param value the host's value; non-blank, see {@link Identifier}
 */
public record CompetitorId(String value) implements Identifier {

  /**
   * Checks the value.
   *
   * @param value the host's value; non-blank, see {@link Identifier}
   * @throws IllegalArgumentException if the value is blank, too long or padded with whitespace
   */
  public CompetitorId {
    Objects.requireNonNull(value, "value");
    value = Identifier.checked(value, "CompetitorId");
  }

  /**
   * Returns the id with this value.
   *
   * @param value the host's value; not null, not blank
   * @return the id, never null
   */
  public static CompetitorId of(String value) {
    return new CompetitorId(value);
  }

  /** {@return the value itself, so that messages read {@code Lead LD-7}} */
  @Override
  public String toString() {
    return value;
  }
}
