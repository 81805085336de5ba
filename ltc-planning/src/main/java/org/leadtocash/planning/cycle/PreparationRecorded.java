package org.leadtocash.planning.cycle;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.Instant;
import java.util.Objects;
import org.leadtocash.domain.common.EventType;

/**
 * Management recorded, or revised, one item of the first stage, plan and prepare (DOMAIN D11.10).
 *
 * @param cycle the cycle
 * @param version the version of the aggregate this event produced: 1 for its creation, one more for
 *     each event after it
 * @param item the item
 * @param content what was recorded
 * @param occurredAt when
 */
public record PreparationRecorded(
    PlanningCycleId cycle, long version, PreparationItem item, String content, Instant occurredAt)
    implements PlanningCycleEvent {

  /** The stored type: {@code planning-cycle.preparation-recorded}, schema version 1. */
  public static final EventType TYPE = EventType.of("planning-cycle.preparation-recorded", 1);

  /**
   * Checks that no part is null and no text is blank.
   *
   * @param cycle the cycle
   * @param version the version of the aggregate this event produced: 1 for its creation, one more
   *     for each event after it
   * @param item the item
   * @param content what was recorded
   * @param occurredAt when
   */
  public PreparationRecorded {
    Objects.requireNonNull(cycle, "cycle");
    Objects.requireNonNull(item, "item");
    Objects.requireNonNull(content, "content");
    checkArgument(
        !content.isBlank(), "PreparationRecorded: the content is not blank (DOMAIN D11.10)");
    Objects.requireNonNull(occurredAt, "occurredAt");
    EventType.checkVersion(version);
  }

  @Override
  public EventType type() {
    return TYPE;
  }
}
