package org.leadtocash.domain.relationship;

import java.time.Instant;
import java.util.Objects;

/**
 * One entry of a key relationship's level history (DOMAIN D7.4): the level it reached and when.
 *
 * @param level the level; not null
 * @param since when the relationship reached it; not null
 */
public record LevelSince(KeyRelationshipLevel level, Instant since) {

  /**
   * Checks that no part is null.
   *
   * @param level the level; not null
   * @param since when the relationship reached it; not null
   */
  public LevelSince {
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(since, "since");
  }

  /** {@return e.g. {@code accepted since 2026-03-31T09:00:00Z}} */
  @Override
  public String toString() {
    return level.label() + " since " + since;
  }
}
