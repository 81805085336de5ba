package org.leadtocash.metrics.team;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.leadtocash.domain.common.CustomerId;
import org.leadtocash.domain.common.EmployeeId;
import org.leadtocash.domain.team.CoreRole;
import org.leadtocash.domain.team.CustomerGroupTriangle;
import org.leadtocash.domain.team.RoleHolder;
import org.leadtocash.domain.team.SystemDepartmentSize;
import org.leadtocash.metrics.ReportingPeriod;
import org.threeten.extra.LocalDateRange;

/** Measurements, time-sheet entries and triangles built through the public API. */
final class TeamMetricsFixtures {

  /** The year 2026 as a reporting period, read in UTC. */
  static final ReportingPeriod Y2026 = ReportingPeriod.year(Year.of(2026), ZoneOffset.UTC);

  /** The year 2026, half-open. */
  static final LocalDateRange YEAR =
      LocalDateRange.of(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1));

  private TeamMetricsFixtures() {}

  static EmployeeId employee(int n) {
    return EmployeeId.of("E-" + n);
  }

  /** Quarter {@code q} counted from Q1 2026: 0–3 lie in {@link #YEAR}, 4 and up after it. */
  static LocalDateRange quarter(int q) {
    LocalDate start = LocalDate.of(2026, 1, 1).plusMonths(3L * q);
    return LocalDateRange.of(start, start.plusMonths(3));
  }

  static BigDecimal decimal(String value) {
    return new BigDecimal(value);
  }

  /**
   * A customer-group triangle of the size that holds as many roles as starts are given, the AR
   * first; an empty start is a holder of unknown tenure. Employees are numbered from {@code first}.
   */
  static CustomerGroupTriangle triangle(int customer, int first, List<LocalDate> starts) {
    List<CoreRole> roles = List.of(CoreRole.AR, CoreRole.SR, CoreRole.FR);
    SystemDepartmentSize size =
        List.of(SystemDepartmentSize.SMALL, SystemDepartmentSize.MEDIUM, SystemDepartmentSize.LARGE)
            .get(starts.size() - 1);
    List<RoleHolder> holders = new ArrayList<>();
    for (int i = 0; i < starts.size(); i++) {
      LocalDate since = starts.get(i);
      holders.add(
          since == null
              ? RoleHolder.of(roles.get(i), employee(first + i))
              : RoleHolder.of(roles.get(i), employee(first + i), since));
    }
    return CustomerGroupTriangle.builder()
        .customer(CustomerId.of("CU-" + customer))
        .size(size)
        .addAllHolders(holders)
        .build();
  }
}
