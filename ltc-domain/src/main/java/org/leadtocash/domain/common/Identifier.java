package org.leadtocash.domain.common;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;

/**
 * A typed identifier: aggregates reference each other by id only, never by holding each other.
 *
 * <p>The value is chosen by the host (a database key, a UUID, a code from an existing CRM). It is
 * non-blank, at most {@value #MAX_LENGTH} characters, has no leading or trailing whitespace and no
 * control character (no {@link Character#isISOControl ISO control character}, no line or paragraph
 * separator U+2028/U+2029), so that an id printed in an exception message cannot forge a log line.
 * A value that breaks this fails fast with an {@link IllegalArgumentException} that names the id
 * type and shows the offending characters escaped ({@code \n}), never raw (DESIGN §2, bad arguments
 * fail fast).
 */
public interface Identifier {

  /** The longest value an identifier may have. */
  int MAX_LENGTH = 128;

  /** The rule an id's refusal message cites: bad arguments fail fast, see DESIGN §2. */
  String RULE = "DESIGN §2: ids refuse blank, overlong or control-character values";

  /** {@return the identifier's value as the host gave it; never null, never blank} */
  String value();

  /**
   * Checks an identifier's value; used by the compact constructors of the id records.
   *
   * @param value the candidate value; not null
   * @param kind the id type's name for the message, e.g. {@code LeadId}; not null
   * @return {@code value}, unchanged
   * @throws IllegalArgumentException if the value is blank, too long, padded with whitespace or
   *     holds a control character; the message names {@code kind} and escapes the value
   */
  static String checked(String value, String kind) {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(value, kind);
    checkArgument(!value.isBlank(), "%s must not be blank (%s)", kind, RULE);
    Escaping.check(value, kind, MAX_LENGTH, false, true, RULE);
    checkArgument(
        value.strip().equals(value),
        "%s must not start or end with whitespace: '%s' (%s)",
        kind,
        value,
        RULE);
    return value;
  }
}
