package org.leadtocash.domain.process;

import java.time.Instant;
import java.util.Objects;

/**
 * A process of the architecture was adapted within the rights of DOMAIN D1.2.
 *
 * @param architecture the architecture, by its L1 process
 * @param adaptation the record of who changed what, with which approval, and when
 */
public record ProcessAdapted(ProcessId architecture, Adaptation adaptation)
    implements ProcessArchitectureEvent {

  /**
   * Checks that no part is null.
   *
   * @param architecture the architecture, by its L1 process
   * @param adaptation the record of who changed what, with which approval, and when
   */
  public ProcessAdapted {
    Objects.requireNonNull(architecture, "architecture");
    Objects.requireNonNull(adaptation, "adaptation");
  }

  /** {@return when the adaptation happened; never null} */
  @Override
  public Instant occurredAt() {
    return adaptation.at();
  }
}
