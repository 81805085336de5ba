package org.leadtocash.domain.architecture.compliant.modules.planning;

import org.leadtocash.domain.architecture.compliant.modules.domain.Deal;

/** Planning builds on the domain, as DESIGN §1 allows (root {@code compliant.modules}). */
public final class DealPlan {

  /** Returns the planned value of the deal. */
  public long planned(Deal deal) {
    return deal.value() * 2;
  }
}
