package org.leadtocash.domain.architecture.violations;

/** Breaks the no-clock rule with {@code System.currentTimeMillis()}. */
public final class MillisClockRead {

  /** Returns the current time in milliseconds. */
  public long millis() {
    return System.currentTimeMillis();
  }
}
