package org.leadtocash.domain.relationship;

import java.time.Instant;
import java.util.Objects;
import org.leadtocash.domain.common.EventType;

/**
 * A key relationship was assessed on its six dimensions (DOMAIN D7.5). The event keeps what the
 * policy in force concluded, so that replaying it needs no policy.
 *
 * @param relationship the relationship
 * @param version the version of the aggregate this event produced: 1 for its creation, one more for
 *     each event after it
 * @param assessment the scores, assessor and day
 * @param level the level the policy gave (D7.4)
 * @param tiedToOneEmployee whether the policy found it belongs to one employee (D7.5)
 * @param occurredAt when
 */
public record KeyRelationshipAssessed(
    KeyRelationshipId relationship,
    long version,
    KeyRelationshipAssessment assessment,
    KeyRelationshipLevel level,
    boolean tiedToOneEmployee,
    Instant occurredAt)
    implements KeyRelationshipEvent {

  /** The stored type: {@code key-relationship.assessed}, schema version 1. */
  public static final EventType TYPE = EventType.of("key-relationship.assessed", 1);

  /**
   * Checks that no part is null.
   *
   * @param relationship the relationship
   * @param version the version of the aggregate this event produced: 1 for its creation, one more
   *     for each event after it
   * @param assessment the scores, assessor and day
   * @param level the level the policy gave (D7.4)
   * @param tiedToOneEmployee whether the policy found it belongs to one employee (D7.5)
   * @param occurredAt when
   */
  public KeyRelationshipAssessed {
    Objects.requireNonNull(relationship, "relationship");
    Objects.requireNonNull(assessment, "assessment");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(occurredAt, "occurredAt");
    EventType.checkVersion(version);
  }

  @Override
  public EventType type() {
    return TYPE;
  }
}
