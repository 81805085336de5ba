package org.leadtocash.metrics.team;

import static com.google.common.base.Preconditions.checkArgument;

import java.math.BigDecimal;
import java.util.Objects;
import org.leadtocash.domain.common.EmployeeId;
import org.leadtocash.domain.team.CoreRole;
import org.leadtocash.domain.team.RoleKpi;
import org.threeten.extra.LocalDateRange;

/**
 * One measured value of an iron-triangle role KPI (DOMAIN D4.2), the input of {@link
 * RoleScorecard}: who was measured, in which core role, on which of the role's KPIs, the value and
 * the period it covers. The domain keeps the KPIs of each role ({@link CoreRole#kpis()}) but not
 * their measurements, which come from the host's own systems.
 *
 * <p>The value is on the host's documented scale for the KPI and is not negative: an attainment of
 * the target ({@code 0.95} for 95%), a satisfaction score ({@code 4.2} of 5), a suppression ratio
 * ({@code 1.5}). It is exact ({@link BigDecimal}), never floating point. Values of one KPI should
 * share a scale, since the scorecard averages them.
 *
 * @param employee who was measured; not null
 * @param role the core role they were measured in; not null
 * @param kpi the KPI measured; not null, one of the role's KPIs (D4.2)
 * @param value the measured value; not null, not negative
 * @param period the period the value covers; not null, bounded
 */
public record RoleKpiMeasurement(
    EmployeeId employee, CoreRole role, RoleKpi kpi, BigDecimal value, LocalDateRange period) {

  /**
   * Checks the parts.
   *
   * @param employee who was measured; not null
   * @param role the core role they were measured in; not null
   * @param kpi the KPI measured; not null, one of the role's KPIs (D4.2)
   * @param value the measured value; not null, not negative
   * @param period the period the value covers; not null, bounded
   * @throws IllegalArgumentException if the KPI does not measure the role, the value is negative or
   *     the period unbounded
   */
  public RoleKpiMeasurement {
    Objects.requireNonNull(employee, "employee");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(kpi, "kpi");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(period, "period");
    checkArgument(
        role.kpis().contains(kpi),
        "%s (%s) is not measured by '%s'; its KPIs are %s (DOMAIN D4.2)",
        role,
        role.label(),
        kpi.label(),
        role.kpis());
    checkArgument(value.signum() >= 0, "a role KPI's value is not negative: %s", value);
    checkArgument(
        !period.isUnboundedStart() && !period.isUnboundedEnd(),
        "a measurement covers a bounded period, not %s",
        period);
  }

  /**
   * Returns a measurement.
   *
   * @param employee who was measured; not null
   * @param role the core role; not null
   * @param kpi the KPI; not null, one of the role's
   * @param value the value; not null, not negative
   * @param period the period covered; not null, bounded
   * @return the measurement, never null
   * @throws IllegalArgumentException as the constructor
   */
  public static RoleKpiMeasurement of(
      EmployeeId employee, CoreRole role, RoleKpi kpi, BigDecimal value, LocalDateRange period) {
    return new RoleKpiMeasurement(employee, role, kpi, value, period);
  }
}
