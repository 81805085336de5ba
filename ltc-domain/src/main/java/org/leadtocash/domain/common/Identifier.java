package org.leadtocash.domain.common;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;

/**
 * A typed identifier: aggregates reference each other by id only, never by holding each other.
 *
 * <p>The value is chosen by the host (a database key, a UUID, a code from an existing CRM). It is
 * non-blank, at most {@value #MAX_LENGTH} characters, and has no leading or trailing whitespace.
 */
public interface Identifier {

  /** The longest value an identifier may have. */
  int MAX_LENGTH = 128;

  /** {@return the identifier's value as the host gave it; never null, never blank} */
  String value();

  /**
   * Checks an identifier's value; used by the compact constructors of the id records.
   *
   * @param value the candidate value; not null
   * @param kind the id type's name for the message, e.g. {@code LeadId}; not null
   * @return {@code value}, unchanged
   * @throws IllegalArgumentException if the value is blank, too long or padded with whitespace
   */
  static String checked(String value, String kind) {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(value, kind);
    checkArgument(!value.isBlank(), "%s must not be blank", kind);
    checkArgument(
        value.strip().equals(value), "%s must not start or end with whitespace: '%s'", kind, value);
    checkArgument(
        value.length() <= MAX_LENGTH,
        "%s must be at most %s characters, was %s",
        kind,
        MAX_LENGTH,
        value.length());
    return value;
  }
}
