package org.leadtocash.domain.relationship;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.Instant;
import java.util.Objects;
import org.leadtocash.domain.common.EmployeeId;

/**
 * A key relationship passed from one of our people to another, e.g. on rotation (DOMAIN D4.7): the
 * relationship is the company's, not the employee's (D7.5).
 *
 * @param relationship the relationship
 * @param from who held it
 * @param to who holds it now, not {@code from}
 * @param occurredAt when
 */
public record KeyRelationshipTransferred(
    KeyRelationshipId relationship, EmployeeId from, EmployeeId to, Instant occurredAt)
    implements KeyRelationshipEvent {

  /**
   * Checks that no part is null and that the holder changes.
   *
   * @param relationship the relationship
   * @param from who held it
   * @param to who holds it now, not {@code from}
   * @param occurredAt when
   * @throws IllegalArgumentException if {@code from} equals {@code to}
   */
  public KeyRelationshipTransferred {
    Objects.requireNonNull(relationship, "relationship");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(occurredAt, "occurredAt");
    checkArgument(!from.equals(to), "a transfer changes the holder, %s keeps it", from);
  }
}
