package org.leadtocash.domain.architecture.compliant.modules.domain;

/** The domain side of the module-direction fixture (root {@code compliant.modules}). */
public final class Deal {

  /** Returns the deal's value in yuan. */
  public long value() {
    return 100;
  }
}
