package org.leadtocash.domain.process;

import org.leadtocash.domain.common.DomainEvent;

/**
 * Something that happened to a process architecture (DOMAIN D1); replaying an architecture's events
 * rebuilds it.
 */
public sealed interface ProcessArchitectureEvent extends DomainEvent
    permits ArchitectureEstablished, ProcessAdapted {

  /** {@return the architecture it happened to, by its L1 process; never null} */
  ProcessId architecture();

  /** {@return the architecture it happened to, as {@link #architecture()}; never null} */
  @Override
  default ProcessId aggregate() {
    return architecture();
  }
}
