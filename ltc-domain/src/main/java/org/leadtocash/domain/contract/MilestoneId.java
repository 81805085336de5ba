package org.leadtocash.domain.contract;

import java.util.Objects;
import org.leadtocash.domain.common.Identifier;

/**
 * Identifies a payment milestone of a contract, unique within the contract (DOMAIN D5.3).
 *
 * @param value the host's value; non-blank, see {@link Identifier}
 */
public record MilestoneId(String value) implements Identifier {

  /**
   * Checks the value.
   *
   * @param value the host's value; non-blank, see {@link Identifier}
   * @throws IllegalArgumentException if the value is blank, too long or padded with whitespace
   */
  public MilestoneId {
    Objects.requireNonNull(value, "value");
    value = Identifier.checked(value, "MilestoneId");
  }

  /**
   * Returns the id with this value.
   *
   * @param value the host's value; not null, not blank
   * @return the id, never null
   */
  public static MilestoneId of(String value) {
    return new MilestoneId(value);
  }

  /** {@return the value itself, so that messages read {@code clause PEN-1}} */
  @Override
  public String toString() {
    return value;
  }
}
