package org.leadtocash.domain.process;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.Instant;
import java.util.Objects;

/**
 * Headquarters established a process architecture from its global standard (DOMAIN D1.1, D1.2).
 *
 * @param architecture the architecture, by its L1 process
 * @param standard the global standard it starts from
 * @param occurredAt when
 */
public record ArchitectureEstablished(
    ProcessId architecture, ProcessCatalogue standard, Instant occurredAt)
    implements ProcessArchitectureEvent {

  /**
   * Checks the parts.
   *
   * @param architecture the architecture, by its L1 process
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
  }
}
