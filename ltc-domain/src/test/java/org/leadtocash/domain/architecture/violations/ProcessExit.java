package org.leadtocash.domain.architecture.violations;

/** Breaks the no-exit rule: ends the host's JVM. */
public final class ProcessExit {

  /** Ends the JVM. */
  public void giveUp() {
    System.exit(1);
  }
}
