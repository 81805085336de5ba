package org.leadtocash.planning.relationship;

import org.leadtocash.domain.customer.CustomerGrade;

/**
 * How many people a customer needs by its grade and the maturity of our relationships with it, and
 * how able its owner must be for its importance (DOMAIN D10.1, step 5). A host replaces the {@link
 * #standard() standard} policy with its own by implementing this interface; the plan keeps the
 * norms in its event, so a stored history replays without the policy.
 */
public interface StaffingPolicy {

  /**
   * Returns the fewest people to allocate to a customer.
   *
   * @param grade the customer's grade; not null
   * @param maturity the maturity of our relationships with it; not null
   * @return the number of people, 1 to 100
   */
  int people(CustomerGrade grade, Maturity maturity);

  /**
   * Returns the least ability of the person responsible for a customer.
   *
   * @param grade the customer's grade: its importance; not null
   * @return the ability, never null
   */
  Ability ownerAbility(CustomerGrade grade);

  /**
   * Returns the standard policy: by grade S 4 people, A 3, B 2, C 1; one more for a new
   * relationship, one fewer (but at least 1) for a mature one; an owner at least expert for S,
   * senior for A, experienced for B and junior for C.
   *
   * @return the standard policy, never null
   */
  static StaffingPolicy standard() {
    return StandardStaffingPolicy.INSTANCE;
  }
}
