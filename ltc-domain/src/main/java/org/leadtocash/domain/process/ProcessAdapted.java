package org.leadtocash.domain.process;

import java.time.Instant;
import java.util.Objects;
import org.leadtocash.domain.common.EventType;

/**
 * A process of the architecture was adapted within the rights of DOMAIN D1.2.
 *
 * @param architecture the architecture, by its L1 process
 * @param version the version of the aggregate this event produced: 1 for its creation, one more for
 *     each event after it
 * @param adaptation the record of who changed what, with which approval, and when
 */
public record ProcessAdapted(ProcessId architecture, long version, Adaptation adaptation)
    implements ProcessArchitectureEvent {

  /** The stored type: {@code process-architecture.process-adapted}, schema version 1. */
  public static final EventType TYPE = EventType.of("process-architecture.process-adapted", 1);

  /**
   * Checks that no part is null.
   *
   * @param architecture the architecture, by its L1 process
   * @param version the version of the aggregate this event produced: 1 for its creation, one more
   *     for each event after it
   * @param adaptation the record of who changed what, with which approval, and when
   */
  public ProcessAdapted {
    Objects.requireNonNull(architecture, "architecture");
    Objects.requireNonNull(adaptation, "adaptation");
    EventType.checkVersion(version);
  }

  /** {@return when the adaptation happened; never null} */
  @Override
  public Instant occurredAt() {
    return adaptation.at();
  }

  @Override
  public EventType type() {
    return TYPE;
  }
}
