package org.leadtocash.planning.relationship;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.leadtocash.domain.common.CustomerId;

/**
 * What a {@link StaffingPolicy} asks of one customer's staffing (DOMAIN D10.1, step 5): at least so
 * many people, and an owner of at least so much ability.
 *
 * @param customer the customer; not null
 * @param people the fewest people to allocate, 1 to 100
 * @param ability the least ability of the owner; not null
 */
public record StaffingNorm(CustomerId customer, int people, Ability ability) {

  /**
   * Checks the norm.
   *
   * @param customer the customer; not null
   * @param people the fewest people to allocate, 1 to 100
   * @param ability the least ability of the owner; not null
   * @throws IllegalArgumentException if the number of people is out of range
   */
  public StaffingNorm {
    Objects.requireNonNull(customer, "customer");
    Objects.requireNonNull(ability, "ability");
    checkArgument(
        people >= 1 && people <= 100,
        "a staffing norm asks for 1 to 100 people, not %s (DOMAIN D10.1)",
        people);
  }

  /**
   * Returns what is wrong with a staffing under this norm.
   *
   * @param staffing the customer's staffing; not null
   * @return the shortfalls in words, e.g. "CU-1 has 2 people, fewer than 3", empty when it meets
   *     the norm; never null
   */
  public List<String> shortfalls(CustomerStaffing staffing) {
    Objects.requireNonNull(staffing, "staffing");
    List<String> shortfalls = new ArrayList<>();
    if (staffing.people().size() < people) {
      shortfalls.add(
          staffing.customer()
              + " ("
              + staffing.grade()
              + ", "
              + staffing.maturity().label()
              + ") has "
              + staffing.people().size()
              + (staffing.people().size() == 1 ? " person" : " people")
              + ", fewer than "
              + people);
    }
    if (!staffing.ownerAbility().isAtLeast(ability)) {
      shortfalls.add(
          staffing.customer()
              + " (grade "
              + staffing.grade()
              + ") is owned by "
              + staffing.owner()
              + ", "
              + staffing.ownerAbility().label()
              + ", where its importance asks for "
              + ability.label()
              + " or above");
    }
    return List.copyOf(shortfalls);
  }
}
