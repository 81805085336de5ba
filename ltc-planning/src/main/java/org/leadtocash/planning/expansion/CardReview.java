package org.leadtocash.planning.expansion;

import java.time.LocalDate;
import java.util.Objects;
import org.leadtocash.domain.common.EmployeeId;

/**
 * A review of an {@link ExpansionCard} with the owner's manager (DOMAIN D10.3).
 *
 * @param on the day of the review; not null
 * @param manager the owner's manager who reviewed it; not null
 */
public record CardReview(LocalDate on, EmployeeId manager) {

  /**
   * Checks that no part is null.
   *
   * @param on the day; not null
   * @param manager the manager; not null
   */
  public CardReview {
    Objects.requireNonNull(on, "on");
    Objects.requireNonNull(manager, "manager");
  }
}
