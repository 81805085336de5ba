package org.leadtocash.planning.allocation;

import static com.google.common.base.Preconditions.checkArgument;

import java.math.BigDecimal;
import java.util.Objects;
import org.leadtocash.domain.common.CustomerId;
import org.leadtocash.domain.common.EmployeeId;

/**
 * The hours one salesperson spends on one account in a sales-time allocation (DOMAIN D11.6).
 *
 * @param employee the salesperson; not null
 * @param customer the account; not null
 * @param hours the hours, in tenths; not null, above zero
 */
public record AssignedHours(EmployeeId employee, CustomerId customer, BigDecimal hours) {

  /**
   * Checks the hours.
   *
   * @param employee the salesperson; not null
   * @param customer the account; not null
   * @param hours the hours, in tenths; not null, above zero
   * @throws IllegalArgumentException if the hours are not above zero or finer than a tenth (DOMAIN
   *     D11.6)
   */
  public AssignedHours {
    Objects.requireNonNull(hours, "hours");
    Objects.requireNonNull(employee, "employee");
    Objects.requireNonNull(customer, "customer");
    hours = Hours.of(hours, "the hours of " + employee + " on " + customer);
    checkArgument(
        hours.signum() > 0,
        "an assignment of %s to %s has hours (DOMAIN D11.6)",
        employee,
        customer);
  }
}
