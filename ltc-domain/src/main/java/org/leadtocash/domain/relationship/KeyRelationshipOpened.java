package org.leadtocash.domain.relationship;

import java.time.Instant;
import java.util.Objects;
import org.leadtocash.domain.common.CustomerId;
import org.leadtocash.domain.common.EmployeeId;
import org.leadtocash.domain.common.EventType;
import org.leadtocash.domain.common.PersonId;

/**
 * A key relationship with one person of a customer was opened, held by one of our people (DOMAIN
 * D7.1).
 *
 * @param relationship the relationship
 * @param version the version of the aggregate this event produced: 1 for its creation, one more for
 *     each event after it
 * @param customer the customer the person works for
 * @param person the customer's person
 * @param owner who holds the relationship
 * @param occurredAt when
 */
public record KeyRelationshipOpened(
    KeyRelationshipId relationship,
    long version,
    CustomerId customer,
    PersonId person,
    EmployeeId owner,
    Instant occurredAt)
    implements KeyRelationshipEvent {

  /** The stored type: {@code key-relationship.opened}, schema version 1. */
  public static final EventType TYPE = EventType.of("key-relationship.opened", 1);

  /**
   * Checks that no part is null.
   *
   * @param relationship the relationship
   * @param version the version of the aggregate this event produced: 1 for its creation, one more
   *     for each event after it
   * @param customer the customer the person works for
   * @param person the customer's person
   * @param owner who holds the relationship
   * @param occurredAt when
   */
  public KeyRelationshipOpened {
    Objects.requireNonNull(relationship, "relationship");
    Objects.requireNonNull(customer, "customer");
    Objects.requireNonNull(person, "person");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(occurredAt, "occurredAt");
    EventType.checkVersion(version);
  }

  @Override
  public EventType type() {
    return TYPE;
  }
}
