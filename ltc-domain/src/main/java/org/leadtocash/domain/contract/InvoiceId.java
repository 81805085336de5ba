package org.leadtocash.domain.contract;

import java.util.Objects;
import org.leadtocash.domain.common.Identifier;

/**
 * Identifies an invoice issued against a contract's payment milestone (DOMAIN D5.3).
 *
 * @param value the host's value; non-blank, see {@link Identifier}
 */
public record InvoiceId(String value) implements Identifier {

  /**
   * Checks the value.
   *
   * @param value the host's value; non-blank, see {@link Identifier}
   * @throws IllegalArgumentException if the value is blank, too long or padded with whitespace
   */
  public InvoiceId {
    Objects.requireNonNull(value, "value");
    value = Identifier.checked(value, "InvoiceId");
  }

  /**
   * Returns the id with this value.
   *
   * @param value the host's value; not null, not blank
   * @return the id, never null
   */
  public static InvoiceId of(String value) {
    return new InvoiceId(value);
  }

  /** {@return the value itself, so that messages read {@code clause PEN-1}} */
  @Override
  public String toString() {
    return value;
  }
}
