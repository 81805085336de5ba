package org.leadtocash.metrics.efficiency;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Objects;
import org.leadtocash.domain.common.EmployeeId;

/**
 * One entry of a salesperson's time sheet (DOMAIN D11.6): who spent how long on what, on which day.
 * The domain keeps no time sheets; the host supplies these entries, from its time recording or from
 * a sample survey of the sales force.
 *
 * @param employee who spent the time; not null
 * @param on the day; not null
 * @param kind what the time went to; not null
 * @param duration how long; not null, positive, at most a day
 */
public record SalesTimeEntry(
    EmployeeId employee, LocalDate on, SalesTimeKind kind, Duration duration) {

  /**
   * Checks the parts.
   *
   * @param employee who spent the time; not null
   * @param on the day; not null
   * @param kind what the time went to; not null
   * @param duration how long; not null, positive, at most a day
   * @throws IllegalArgumentException if the duration is not positive or longer than a day
   */
  public SalesTimeEntry {
    Objects.requireNonNull(employee, "employee");
    Objects.requireNonNull(on, "on");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(duration, "duration");
    checkArgument(
        !duration.isNegative() && !duration.isZero() && duration.compareTo(Duration.ofDays(1)) <= 0,
        "a time entry of %s on %s lasts more than nothing and at most a day, not %s",
        employee,
        on,
        duration);
  }

  /** {@return whether the time generates revenue (D11.6)} */
  public boolean isRevenueGenerating() {
    return kind.isRevenueGenerating();
  }
}
