package org.leadtocash.planning.target;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.leadtocash.domain.common.CustomerId;
import org.leadtocash.domain.common.OrganisationLevel;
import org.leadtocash.domain.common.SalesUnitId;

/**
 * One unit's line in a {@link CoverageReport} (DOMAIN D9.5): a representative office with its
 * customers' lines, or a region or an area, whose coverage is the sum of its children's.
 *
 * @param unit the sales unit; not null
 * @param level its level in the sales organisation; not null, not headquarters
 * @param coverage its target's coverage; not null
 * @param customers an office's customers' lines, in the planner's order; not null, empty for a
 *     region or an area and for an office whose target is not decomposed
 */
public record UnitCoverage(
    SalesUnitId unit,
    OrganisationLevel level,
    Coverage coverage,
    List<CustomerCoverage> customers) {

  /**
   * Checks the line.
   *
   * @param unit the sales unit; not null
   * @param level its level; not null, not headquarters
   * @param coverage its coverage; not null
   * @param customers an office's customers' lines; not null, each customer once, in the coverage's
   *     currency, summing to the coverage; empty for a region or an area
   * @throws IllegalArgumentException if a region or an area has customer lines, a customer repeats
   *     or the customers' lines do not sum to the unit's coverage
   */
  public UnitCoverage {
    Objects.requireNonNull(customers, "customers");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(coverage, "coverage");
    customers = ImmutableList.copyOf(customers);
    checkArgument(
        level != OrganisationLevel.HEADQUARTERS,
        "targets roll up representative office → region → area (DOMAIN D9.5), not to %s",
        level.label());
    if (!customers.isEmpty()) {
      checkArgument(
          level == OrganisationLevel.REPRESENTATIVE_OFFICE,
          "customers are planned in representative offices (DOMAIN D9.5): %s is a %s",
          unit,
          level.label());
      Set<CustomerId> seen = new HashSet<>();
      Coverage sum = Coverage.zero(coverage.currency());
      for (CustomerCoverage customer : customers) {
        checkArgument(
            seen.add(customer.customer()),
            "a customer is planned once (DOMAIN D9.5): %s is listed twice in %s",
            customer.customer(),
            unit);
        sum = sum.plus(customer.coverage());
      }
      checkArgument(
          sum.equals(coverage),
          "an office's coverage is the sum of its customers' (DOMAIN D9.5): %s shows %s, its"
              + " customers sum to %s",
          unit,
          coverage.explanation(),
          sum.explanation());
    }
  }

  /** {@return the line in words, e.g. {@code region REGION-NORTH: target CNY 20,000,000.00, …}} */
  public String explanation() {
    return level.label() + " " + unit + ": " + coverage.explanation();
  }
}
