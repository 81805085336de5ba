package org.leadtocash.domain.team;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;
import org.leadtocash.domain.common.CustomerId;
import org.leadtocash.domain.common.OrganisationLevel;

/**
 * Where a member of a {@link ProjectTriangle} comes from (DOMAIN D4.3, D4.4): the {@link Dedicated
 * customer-group triangle} of the customer's system department, or a {@link Pooled shared resource
 * pool} at some level of the organisation.
 */
public sealed interface MemberSource {

  /**
   * Returns the source of a member the customer's system department holds itself.
   *
   * @param customer the customer whose customer-group triangle it is; not null
   * @return the source, never null
   */
  static MemberSource dedicated(CustomerId customer) {
    return new Dedicated(customer);
  }

  /**
   * Returns the source of a member taken from a shared resource pool.
   *
   * @param poolLevel the level of the pool; not null, not {@link OrganisationLevel#AREA}
   * @return the source, never null
   */
  static MemberSource pooled(OrganisationLevel poolLevel) {
    return new Pooled(poolLevel);
  }

  /**
   * A member from the stable customer-group triangle of the customer's system department (D4.3).
   *
   * @param customer the customer whose system department holds the member; not null
   */
  record Dedicated(CustomerId customer) implements MemberSource {

    /**
     * Checks that the customer is not null.
     *
     * @param customer the customer whose system department holds the member; not null
     */
    public Dedicated {
      Objects.requireNonNull(customer, "customer");
    }

    /** {@return e.g. {@code dedicated, from the system department of CU-1}} */
    @Override
    public String toString() {
      return "dedicated, from the system department of " + customer;
    }
  }

  /**
   * A member from a shared resource pool (D4.4): the representative office's resource centre, the
   * region's, or the global pool at headquarters.
   *
   * @param poolLevel the level of the pool; not null, not {@link OrganisationLevel#AREA}
   */
  record Pooled(OrganisationLevel poolLevel) implements MemberSource {

    /**
     * Checks the level.
     *
     * @param poolLevel the level of the pool; not null, not {@link OrganisationLevel#AREA}
     * @throws IllegalArgumentException if the level is {@link OrganisationLevel#AREA}, which keeps
     *     no resource pool
     */
    public Pooled {
      Objects.requireNonNull(poolLevel, "poolLevel");
      checkArgument(
          ResourcePool.isPoolLevel(poolLevel),
          "resource pools are kept by a representative office, a region or headquarters, not at"
              + " %s (DOMAIN D4.4)",
          poolLevel);
    }

    /** {@return e.g. {@code pooled, from the region's resource pool}} */
    @Override
    public String toString() {
      return "pooled, from the " + poolLevel.label() + "'s resource pool";
    }
  }
}
