package org.leadtocash.domain.relationship;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.Instant;
import java.util.Objects;
import org.leadtocash.domain.common.EmployeeId;
import org.leadtocash.domain.common.EventType;

/**
 * A key relationship passed from one of our people to another, e.g. on rotation (DOMAIN D4.7): the
 * relationship is the company's, not the employee's (D7.5).
 *
 * @param relationship the relationship
 * @param version the version of the aggregate this event produced: 1 for its creation, one more for
 *     each event after it
 * @param from who held it
 * @param to who holds it now, not {@code from}
 * @param occurredAt when
 */
public record KeyRelationshipTransferred(
    KeyRelationshipId relationship,
    long version,
    EmployeeId from,
    EmployeeId to,
    Instant occurredAt)
    implements KeyRelationshipEvent {

  /** The stored type: {@code key-relationship.transferred}, schema version 1. */
  public static final EventType TYPE = EventType.of("key-relationship.transferred", 1);

  /**
   * Checks that no part is null and that the holder changes.
   *
   * @param relationship the relationship
   * @param version the version of the aggregate this event produced: 1 for its creation, one more
   *     for each event after it
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
    EventType.checkVersion(version);
  }

  @Override
  public EventType type() {
    return TYPE;
  }
}
