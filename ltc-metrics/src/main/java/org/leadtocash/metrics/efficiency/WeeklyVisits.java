package org.leadtocash.metrics.efficiency;

import static com.google.common.base.Preconditions.checkArgument;

import org.leadtocash.domain.common.Rate;

/**
 * Customer visits per employee per week against the target (DOMAIN D2.2, D12): over a roster and a
 * set of ISO weeks, the visits made, the employee-weeks counted — every employee in every week,
 * with or without a visit — and how many of those reached the target.
 *
 * @param target the visits an employee makes in a week; positive
 * @param visits the visits counted; not negative
 * @param employeeWeeks the roster's size times the number of weeks; not negative
 * @param employeeWeeksOnTarget the employee-weeks with at least {@code target} visits; 0 to {@code
 *     employeeWeeks}
 */
public record WeeklyVisits(
    int target, long visits, long employeeWeeks, long employeeWeeksOnTarget) {

  /**
   * Checks the counts.
   *
   * @param target the visits an employee makes in a week; positive
   * @param visits the visits counted; not negative
   * @param employeeWeeks the roster's size times the number of weeks; not negative
   * @param employeeWeeksOnTarget the employee-weeks with at least {@code target} visits; 0 to
   *     {@code employeeWeeks}
   * @throws IllegalArgumentException if a count is negative, the target is not positive, more
   *     employee-weeks are on target than counted, or visits make no employee-week
   */
  public WeeklyVisits {
    checkArgument(target > 0, "a visit target is positive, not %s", target);
    checkArgument(visits >= 0, "visits are not negative: %s", visits);
    checkArgument(employeeWeeks >= 0, "employee-weeks are not negative: %s", employeeWeeks);
    checkArgument(
        employeeWeeksOnTarget >= 0 && employeeWeeksOnTarget <= employeeWeeks,
        "0 to %s employee-weeks are on target, not %s",
        employeeWeeks,
        employeeWeeksOnTarget);
    checkArgument(
        employeeWeeks > 0 || visits == 0, "%s visits need an employee-week to count in", visits);
  }

  /** {@return the average visits per employee per week; "no data" without employee-weeks} */
  public Rate average() {
    return employeeWeeks == 0 ? Rate.NO_DATA : Rate.of(visits, employeeWeeks);
  }

  /** {@return the share of employee-weeks on target; "no data" without employee-weeks} */
  public Rate onTarget() {
    return employeeWeeks == 0 ? Rate.NO_DATA : Rate.of(employeeWeeksOnTarget, employeeWeeks);
  }
}
