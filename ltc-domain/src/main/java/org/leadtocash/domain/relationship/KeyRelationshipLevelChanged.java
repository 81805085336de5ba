package org.leadtocash.domain.relationship;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.leadtocash.domain.common.EventType;

/**
 * An assessment moved a key relationship to another level (DOMAIN D7.4): the history of a person's
 * level is the sequence of these events.
 *
 * @param relationship the relationship
 * @param version the version of the aggregate this event produced: 1 for its creation, one more for
 *     each event after it
 * @param from the level before, or empty at the first assessment
 * @param to the new level, different from {@code from}
 * @param occurredAt when
 */
public record KeyRelationshipLevelChanged(
    KeyRelationshipId relationship,
    long version,
    Optional<KeyRelationshipLevel> from,
    KeyRelationshipLevel to,
    Instant occurredAt)
    implements KeyRelationshipEvent {

  /** The stored type: {@code key-relationship.level-changed}, schema version 1. */
  public static final EventType TYPE = EventType.of("key-relationship.level-changed", 1);

  /**
   * Checks that no part is null and that the level changes.
   *
   * @param relationship the relationship
   * @param version the version of the aggregate this event produced: 1 for its creation, one more
   *     for each event after it
   * @param from the level before, or empty at the first assessment
   * @param to the new level, different from {@code from}
   * @param occurredAt when
   * @throws IllegalArgumentException if {@code from} equals {@code to}
   */
  public KeyRelationshipLevelChanged {
    Objects.requireNonNull(relationship, "relationship");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(occurredAt, "occurredAt");
    checkArgument(
        !from.equals(Optional.of(to)), "a level change changes the level, %s stays %s", from, to);
    EventType.checkVersion(version);
  }

  /** {@return whether the relationship moved up: to a higher level, or to its first level} */
  public boolean isUpgrade() {
    return from.map(before -> to.compareTo(before) > 0).orElse(true);
  }

  /** {@return e.g. {@code KR-7: contacted → accepted at 2026-03-31T09:00:00Z}} */
  @Override
  public String toString() {
    return relationship
        + ": "
        + from.map(KeyRelationshipLevel::label).orElse("not assessed")
        + " → "
        + to.label()
        + " at "
        + occurredAt;
  }

  @Override
  public EventType type() {
    return TYPE;
  }
}
