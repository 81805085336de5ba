package org.leadtocash.domain.voice;

import java.util.Objects;
import org.leadtocash.domain.common.Identifier;

/**
 * Identifies a customer's non-technical issue (DOMAIN D8.2).
 *
 * @param value the host's value; non-blank, see {@link Identifier}
 */
public record IssueId(String value) implements Identifier {

  /**
   * Checks the value.
   *
   * @param value the host's value; non-blank, see {@link Identifier}
   * @throws IllegalArgumentException if the value is blank, too long or padded with whitespace
   */
  public IssueId {
    Objects.requireNonNull(value, "value");
    value = Identifier.checked(value, "IssueId");
  }

  /**
   * Returns the id with this value.
   *
   * @param value the host's value; not null, not blank
   * @return the id, never null
   */
  public static IssueId of(String value) {
    return new IssueId(value);
  }

  /** {@return the value itself, so that messages read {@code CustomerIssue IS-7}} */
  @Override
  public String toString() {
    return value;
  }
}
