package org.leadtocash.planning.cycle;

import java.util.Objects;
import org.leadtocash.domain.common.CustomerId;

/**
 * An account a {@link PlanningCycle} plans for, with its importance (DOMAIN D11.10).
 *
 * @param customer the customer; not null
 * @param importance how important it is, which sets its review cadence; not null
 */
public record PlannedAccount(CustomerId customer, AccountImportance importance) {

  /**
   * Checks that no part is null.
   *
   * @param customer the customer; not null
   * @param importance how important it is; not null
   */
  public PlannedAccount {
    Objects.requireNonNull(customer, "customer");
    Objects.requireNonNull(importance, "importance");
  }
}
