package org.leadtocash.domain.team;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.leadtocash.domain.common.BusinessDate;
import org.leadtocash.domain.common.EmployeeId;

/**
 * One of our people holding a core role of a {@link CustomerGroupTriangle} (DOMAIN D4.3), and since
 * when, if known. The since-date is what {@link RotationPolicy#review} measures tenure from (D4.7).
 *
 * @param role the role held; not null
 * @param employee who holds it; not null
 * @param since the day they took the customer over, if known; not null
 */
public record RoleHolder(CoreRole role, EmployeeId employee, Optional<LocalDate> since) {

  /**
   * Checks that no part is null and that the since-date lies in the library's calendar.
   *
   * @param role the role held; not null
   * @param employee who holds it; not null
   * @param since the day they took the customer over, if known; not null
   * @throws IllegalArgumentException if the since-date is outside the library's calendar ({@link
   *     BusinessDate#EARLIEST} to {@link BusinessDate#LATEST}), where tenure cannot be measured
   *     (DOMAIN D4.7)
   */
  public RoleHolder {
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(employee, "employee");
    Objects.requireNonNull(since, "since");
    since.ifPresent(s -> BusinessDate.checkWithinCalendar(s, "since", "D4.7"));
  }

  /**
   * Returns a holder whose start is not known; their tenure cannot be reviewed (D4.7).
   *
   * @param role the role; not null
   * @param employee who holds it; not null
   * @return the holder, never null
   */
  public static RoleHolder of(CoreRole role, EmployeeId employee) {
    return new RoleHolder(role, employee, Optional.empty());
  }

  /**
   * Returns a holder who has held the role since the given day.
   *
   * @param role the role; not null
   * @param employee who holds it; not null
   * @param since the day they took the customer over; not null
   * @return the holder, never null
   */
  public static RoleHolder of(CoreRole role, EmployeeId employee, LocalDate since) {
    Objects.requireNonNull(since, "since");
    return new RoleHolder(role, employee, Optional.of(since));
  }

  /** {@return e.g. {@code AR E-7 since 2021-03-01}} */
  @Override
  public String toString() {
    return role + " " + employee + since.map(d -> " since " + d).orElse("");
  }
}
