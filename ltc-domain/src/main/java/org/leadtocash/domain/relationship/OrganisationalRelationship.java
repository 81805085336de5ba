package org.leadtocash.domain.relationship;

import com.google.common.collect.Sets;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.leadtocash.domain.common.CustomerId;

/**
 * The organisational relationship (组织客户关系) with one customer, company to company (DOMAIN D7.1,
 * D7.7): the steps of the customer's procurement process we take part in. The more steps, the
 * higher its {@link #level(OrganisationalRelationshipPolicy) level}.
 *
 * @param customer the customer; not null
 * @param steps the procurement steps we take part in; not null, copied
 */
public record OrganisationalRelationship(CustomerId customer, Set<ProcurementStep> steps) {

  /**
   * Checks and copies the parts.
   *
   * @param customer the customer; not null
   * @param steps the procurement steps we take part in; not null, copied
   */
  public OrganisationalRelationship {
    Objects.requireNonNull(steps, "steps");
    Objects.requireNonNull(customer, "customer");
    steps = Sets.immutableEnumSet(steps);
  }

  /**
   * Returns the relationship taking part in the given steps.
   *
   * @param customer the customer; not null
   * @param steps the steps, repeats ignored; not null
   * @return the relationship, never null
   */
  public static OrganisationalRelationship of(CustomerId customer, ProcurementStep... steps) {
    Objects.requireNonNull(steps, "steps");
    return new OrganisationalRelationship(customer, Sets.immutableEnumSet(Arrays.asList(steps)));
  }

  /**
   * Returns the relationship with one more step taken part in.
   *
   * @param step the step; not null
   * @return the relationship with the step, never null
   */
  public OrganisationalRelationship with(ProcurementStep step) {
    Objects.requireNonNull(step, "step");
    return new OrganisationalRelationship(
        customer, Sets.union(steps, EnumSet.of(step)).immutableCopy());
  }

  /** {@return the steps we do not take part in yet, in process order; never null} */
  public Set<ProcurementStep> missingSteps() {
    return Sets.immutableEnumSet(Sets.difference(EnumSet.allOf(ProcurementStep.class), steps));
  }

  /**
   * Returns the level by the {@link OrganisationalRelationshipPolicy#standard() standard policy}.
   *
   * @return the level, never null
   */
  public OrganisationalRelationshipLevel level() {
    return level(OrganisationalRelationshipPolicy.standard());
  }

  /**
   * Returns the level the steps give (D7.7).
   *
   * @param policy the host's policy; not null
   * @return the level, never null
   * @throws NullPointerException if the policy returns no level
   */
  public OrganisationalRelationshipLevel level(OrganisationalRelationshipPolicy policy) {
    Objects.requireNonNull(policy, "policy");
    return Objects.requireNonNull(policy.level(steps), "the policy gives a level");
  }
}
