package org.leadtocash.planning.allocation;

import static com.google.common.base.Preconditions.checkArgument;

import java.math.BigDecimal;
import java.util.Objects;
import org.joda.money.Money;
import org.leadtocash.domain.common.EmployeeId;
import org.leadtocash.domain.common.Figures;

/**
 * One salesperson's hours in a sales-time allocation (DOMAIN D11.6), and what one more hour of
 * their capacity is worth.
 *
 * <p>The value of one more hour is the dual value (shadow price) of the salesperson's capacity in
 * the linear programme, taken from the right: what the optimal expected return gains per hour when
 * the capacity grows by a tenth of an hour. It is zero for a salesperson with hours to spare. Where
 * the dual is not unique (a degenerate plan) it is the smallest dual value, the one the next hour
 * really earns; a whole extra hour earns at most this much, since the return of time diminishes.
 *
 * @param employee the salesperson; not null
 * @param capacityHours their capacity, in tenths; not null
 * @param hours the hours allocated to them, in tenths; not null, at most the capacity
 * @param hourValue what one more hour of their capacity is worth; not null, not negative
 */
public record SalespersonHours(
    EmployeeId employee, BigDecimal capacityHours, BigDecimal hours, Money hourValue) {

  /**
   * Checks the hours.
   *
   * @param employee the salesperson; not null
   * @param capacityHours their capacity; not null
   * @param hours their allocated hours; not null, at most the capacity
   * @param hourValue what one more hour of their capacity is worth; not null, not negative
   * @throws IllegalArgumentException if hours are negative or finer than a tenth, the hours exceed
   *     the capacity, or the value is negative (DOMAIN D11.6)
   */
  public SalespersonHours {
    Objects.requireNonNull(capacityHours, "capacityHours");
    Objects.requireNonNull(hours, "hours");
    Objects.requireNonNull(employee, "employee");
    capacityHours = Hours.of(capacityHours, "the capacity of " + employee);
    hours = Hours.of(hours, "the hours of " + employee);
    Objects.requireNonNull(hourValue, "hourValue");
    checkArgument(
        hours.compareTo(capacityHours) <= 0,
        "%s works at most their capacity of %s h (DOMAIN D11.6), not %s h",
        employee,
        capacityHours,
        hours);
    checkArgument(
        !hourValue.isNegative(),
        "one more hour of %s is never worth less than nothing (DOMAIN D11.6): %s",
        employee,
        hourValue);
  }

  /** {@return the capacity left unallocated} */
  public BigDecimal spareHours() {
    return capacityHours.subtract(hours);
  }

  /** {@return the hours and the value of one more hour in words} */
  public String explanation() {
    return employee
        + " works "
        + Hours.text(hours)
        + " of "
        + Hours.text(capacityHours)
        + "; one more hour is worth "
        + Figures.money(hourValue);
  }
}
