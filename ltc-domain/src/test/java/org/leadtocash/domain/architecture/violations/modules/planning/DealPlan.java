package org.leadtocash.domain.architecture.violations.modules.planning;

/** The planning side of the module-direction fixture. */
public final class DealPlan {

  /** Returns the number of planned deals. */
  public long planned() {
    return 3;
  }
}
