package org.leadtocash.domain.process;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.Instant;
import java.util.Objects;
import org.leadtocash.domain.common.EventType;

/**
 * Headquarters established a process architecture from its global standard (DOMAIN D1.1, D1.2).
 *
 * @param architecture the architecture, by its L1 process
 * @param version the version of the aggregate this event produced: 1 for its creation, one more for
 *     each event after it
 * @param standard the global standard it starts from
 * @param occurredAt when
 */
public record ArchitectureEstablished(
    ProcessId architecture, long version, ProcessCatalogue standard, Instant occurredAt)
    implements ProcessArchitectureEvent {

  /** The stored type: {@code process-architecture.established}, schema version 1. */
  public static final EventType TYPE = EventType.of("process-architecture.established", 1);

  /**
   * Checks the parts.
   *
   * @param architecture the architecture, by its L1 process
   * @param version the version of the aggregate this event produced: 1 for its creation, one more
   *     for each event after it
   * @param standard the global standard it starts from
   * @param occurredAt when
   * @throws IllegalArgumentException if the architecture is not the standard's L1 process
   */
  public ArchitectureEstablished {
    Objects.requireNonNull(architecture, "architecture");
    Objects.requireNonNull(standard, "standard");
    Objects.requireNonNull(occurredAt, "occurredAt");
    checkArgument(
        standard.root().id().equals(architecture),
        "an architecture is named by its L1 process %s, not %s",
        standard.root().id(),
        architecture);
    EventType.checkVersion(version);
  }

  @Override
  public EventType type() {
    return TYPE;
  }
}
