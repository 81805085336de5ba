package org.leadtocash.domain.team;

import java.util.Objects;
import org.leadtocash.domain.common.CustomerId;
import org.leadtocash.domain.common.EmployeeId;
import org.leadtocash.domain.common.OrganisationLevel;

/**
 * A person holding a core role in a {@link ProjectTriangle}, and where they come from (DOMAIN D4.3,
 * D4.4).
 *
 * @param employee who it is; not null
 * @param source the customer-group triangle or the pool they come from; not null
 */
public record ProjectMember(EmployeeId employee, MemberSource source) {

  /**
   * Checks that no part is null.
   *
   * @param employee who it is; not null
   * @param source the customer-group triangle or the pool they come from; not null
   */
  public ProjectMember {
    Objects.requireNonNull(employee, "employee");
    Objects.requireNonNull(source, "source");
  }

  /**
   * Returns a member the customer's system department holds itself.
   *
   * @param employee who it is; not null
   * @param customer the customer whose customer-group triangle they belong to; not null
   * @return the member, never null
   */
  public static ProjectMember dedicated(EmployeeId employee, CustomerId customer) {
    return new ProjectMember(employee, MemberSource.dedicated(customer));
  }

  /**
   * Returns a member taken from a shared resource pool.
   *
   * @param employee who it is; not null
   * @param poolLevel the pool's level; not null, not {@link OrganisationLevel#AREA}
   * @return the member, never null
   */
  public static ProjectMember pooled(EmployeeId employee, OrganisationLevel poolLevel) {
    return new ProjectMember(employee, MemberSource.pooled(poolLevel));
  }

  /** {@return e.g. {@code E-7, pooled, from the region's resource pool}} */
  @Override
  public String toString() {
    return employee + ", " + source;
  }
}
