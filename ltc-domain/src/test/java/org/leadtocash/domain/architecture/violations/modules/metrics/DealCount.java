package org.leadtocash.domain.architecture.violations.modules.metrics;

import org.leadtocash.domain.architecture.violations.modules.domain.Deal;
import org.leadtocash.domain.architecture.violations.modules.planning.DealPlan;

/** Breaks the module direction (fixture root {@code violations.modules}): metrics uses planning. */
public final class DealCount {

  /** Counts the deal, and the deals of its plan: metrics must not know planning. */
  public long count(Deal deal) {
    return deal.hashCode() == 0 ? 0 : new DealPlan().planned();
  }
}
