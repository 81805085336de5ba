package org.leadtocash.metrics.team;

import static com.google.common.base.Preconditions.checkArgument;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import org.leadtocash.domain.common.EmployeeId;
import org.leadtocash.domain.common.OrganisationLevel;

/**
 * One time-sheet entry of a person in a shared resource pool (DOMAIN D4.4), the input of {@link
 * PoolUtilisation}: the level of the pool — the representative office's shared resource centre, the
 * region's or the global pool at headquarters — the person, the day (or first day of the week)
 * booked, and the hours available, assigned to projects and charged to projects. The domain keeps
 * the pools ({@link org.leadtocash.domain.team.ResourcePool}) but not their time sheets, which come
 * from the host's own systems.
 *
 * <p>Hours are exact decimals ({@code 7.5}), not negative. Hours assigned and hours charged are
 * each part of the hours available (overtime counts as available time); charged hours may exceed
 * assigned ones, when work was booked beyond the plan.
 *
 * @param pool the level of the pool; not null, a representative office, a region or headquarters
 * @param employee the person; not null
 * @param date the day booked, or the first day of the week booked; not null
 * @param availableHours the hours the person was available; not null, not negative
 * @param assignedHours the hours assigned to projects; not null, 0 to {@code availableHours}
 * @param chargedHours the hours charged to projects; not null, 0 to {@code availableHours}
 */
public record PoolTimeEntry(
    OrganisationLevel pool,
    EmployeeId employee,
    LocalDate date,
    BigDecimal availableHours,
    BigDecimal assignedHours,
    BigDecimal chargedHours) {

  /**
   * Checks the parts.
   *
   * @param pool the level of the pool; not null, a representative office, a region or headquarters
   * @param employee the person; not null
   * @param date the day booked, or the first day of the week booked; not null
   * @param availableHours the hours the person was available; not null, not negative
   * @param assignedHours the hours assigned to projects; not null, 0 to {@code availableHours}
   * @param chargedHours the hours charged to projects; not null, 0 to {@code availableHours}
   * @throws IllegalArgumentException if the level keeps no pools, an amount of hours is negative,
   *     or the assigned or charged hours exceed the available ones
   */
  public PoolTimeEntry {
    Objects.requireNonNull(availableHours, "availableHours");
    Objects.requireNonNull(assignedHours, "assignedHours");
    Objects.requireNonNull(chargedHours, "chargedHours");
    Objects.requireNonNull(pool, "pool");
    Objects.requireNonNull(employee, "employee");
    Objects.requireNonNull(date, "date");
    PoolHours.check(availableHours, assignedHours, chargedHours);
    checkArgument(
        pool != OrganisationLevel.AREA,
        "resource pools are kept by a representative office, a region or headquarters, not at %s"
            + " (DOMAIN D4.4)",
        pool);
  }

  /** {@return the entry's hours; never null} */
  public PoolHours hours() {
    return new PoolHours(availableHours, assignedHours, chargedHours);
  }
}
