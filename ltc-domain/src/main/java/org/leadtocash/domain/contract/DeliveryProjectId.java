package org.leadtocash.domain.contract;

import java.util.Objects;
import org.leadtocash.domain.common.Identifier;

/**
 * Identifies the delivery project that registration and handover of a contract trigger (DOMAIN
 * D5.1).
 *
 * @param value the host's value; non-blank, see {@link Identifier}
 */
public record DeliveryProjectId(String value) implements Identifier {

  /**
   * Checks the value.
   *
   * @param value the host's value; non-blank, see {@link Identifier}
   * @throws IllegalArgumentException if the value is blank, too long or padded with whitespace
   */
  public DeliveryProjectId {
    Objects.requireNonNull(value, "value");
    value = Identifier.checked(value, "DeliveryProjectId");
  }

  /**
   * Returns the id with this value.
   *
   * @param value the host's value; not null, not blank
   * @return the id, never null
   */
  public static DeliveryProjectId of(String value) {
    return new DeliveryProjectId(value);
  }

  /** {@return the value itself, so that messages read {@code clause PEN-1}} */
  @Override
  public String toString() {
    return value;
  }
}
