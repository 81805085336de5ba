package org.leadtocash.domain.architecture.violations;

import java.time.Instant;

/** Breaks the no-clock rule: reads the system clock with {@code Instant.now()}. */
public final class HiddenClockRead {

  /** Returns the current instant. */
  public Instant stamp() {
    return Instant.now();
  }
}
