package org.leadtocash.metrics.team;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Maps;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.leadtocash.domain.common.EmployeeId;
import org.leadtocash.domain.common.Rate;
import org.leadtocash.domain.team.CoreRole;
import org.leadtocash.domain.team.RoleKpi;

/**
 * The scorecard of one employee in one core role of the iron triangle (DOMAIN D4.2): for every KPI
 * of the role — its own and the common ones — the exact average of the values measured in the
 * period, as a {@link Rate} {@code sum of values / number of measurements} whose value is the
 * average; a KPI not measured in the period has {@link Rate#NO_DATA}, so a gap shows.
 *
 * @param employee the employee; not null
 * @param role the core role; not null
 * @param averages one average per KPI of the role, in the order of {@link RoleKpi}; not null
 */
public record Scorecard(EmployeeId employee, CoreRole role, Map<RoleKpi, Rate> averages) {

  /**
   * Checks and copies the parts.
   *
   * @param employee the employee; not null
   * @param role the core role; not null
   * @param averages one average per KPI of the role, in the order of {@link RoleKpi}; not null
   * @throws IllegalArgumentException if the averages are not exactly the role's KPIs
   */
  public Scorecard {
    Objects.requireNonNull(averages, "averages");
    Objects.requireNonNull(employee, "employee");
    Objects.requireNonNull(role, "role");
    averages = Maps.immutableEnumMap(averages);
    checkArgument(
        averages.keySet().equals(role.kpis()),
        "the scorecard of %s as %s holds the role's KPIs %s, not %s (DOMAIN D4.2)",
        employee,
        role,
        role.kpis(),
        averages.keySet());
  }

  /**
   * Returns the average of one of the role's KPIs.
   *
   * @param kpi the KPI; not null
   * @return its average, {@link Rate#NO_DATA} if not measured; never null
   * @throws IllegalArgumentException if the KPI does not measure the role
   */
  public Rate average(RoleKpi kpi) {
    Objects.requireNonNull(kpi, "kpi");
    Rate average = averages.get(kpi);
    checkArgument(average != null, "%s is not measured by %s (DOMAIN D4.2)", role, kpi);
    return average;
  }

  /** {@return the KPIs measured at least once in the period, in {@link RoleKpi} order} */
  public Set<RoleKpi> measured() {
    return averages.entrySet().stream()
        .filter(e -> e.getValue().isDefined())
        .map(Map.Entry::getKey)
        .collect(ImmutableSet.toImmutableSet());
  }

  /** {@return the KPIs of the role not measured in the period: the scorecard's gaps} */
  public Set<RoleKpi> unmeasured() {
    return averages.entrySet().stream()
        .filter(e -> !e.getValue().isDefined())
        .map(Map.Entry::getKey)
        .collect(ImmutableSet.toImmutableSet());
  }

  /**
   * {@return e.g. {@code E-7 as AR: customer relationship 9/10, customer satisfaction no data …}}
   */
  @Override
  public String toString() {
    return employee
        + " as "
        + role
        + ": "
        + averages.entrySet().stream()
            .map(e -> e.getKey().label() + " " + e.getValue())
            .collect(Collectors.joining(", "));
  }
}
