package org.leadtocash.domain.architecture.violations;

/** Breaks the no-static-state rule with a non-final static field. */
public final class MutableCounter {

  static int counter;

  /** Counts one more call. */
  public int next() {
    return ++counter;
  }
}
