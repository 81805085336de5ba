package org.leadtocash.planning.relationship;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import org.leadtocash.domain.common.CustomerId;
import org.leadtocash.domain.common.EmployeeId;
import org.leadtocash.domain.customer.CustomerGrade;

/**
 * The staffing of one customer in a plan's execution (DOMAIN D10.1, step 5): the customer's grade
 * (its importance, D6.2) and the maturity of our relationships with it, the person responsible with
 * their ability, and the people allocated — the owner among them.
 *
 * @param customer the customer; not null
 * @param grade the customer's grade; not null
 * @param maturity how mature our relationships with it are; not null
 * @param owner who is responsible for the customer; not null, one of {@code people}
 * @param ownerAbility the owner's ability; not null
 * @param people everyone allocated to the customer; not null, not empty, no duplicate
 */
public record CustomerStaffing(
    CustomerId customer,
    CustomerGrade grade,
    Maturity maturity,
    EmployeeId owner,
    Ability ownerAbility,
    List<EmployeeId> people) {

  /**
   * Checks the staffing.
   *
   * @param customer the customer; not null
   * @param grade the customer's grade; not null
   * @param maturity how mature our relationships with it are; not null
   * @param owner who is responsible; not null, one of {@code people}
   * @param ownerAbility the owner's ability; not null
   * @param people everyone allocated; not null, no duplicate
   * @throws IllegalArgumentException if someone is allocated twice or the owner is not allocated
   */
  public CustomerStaffing {
    Objects.requireNonNull(people, "people");
    Objects.requireNonNull(customer, "customer");
    Objects.requireNonNull(grade, "grade");
    Objects.requireNonNull(maturity, "maturity");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(ownerAbility, "ownerAbility");
    people = ImmutableList.copyOf(people);
    checkArgument(
        new HashSet<>(people).size() == people.size(),
        "the people of %s are each allocated once (DOMAIN D10.1): %s",
        customer,
        people);
    checkArgument(
        people.contains(owner),
        "the owner %s of %s is one of the people allocated to it (DOMAIN D10.1): %s",
        owner,
        customer,
        people);
  }

  /**
   * Returns a staffing with the owner alone or with others.
   *
   * @param customer the customer; not null
   * @param grade the customer's grade; not null
   * @param maturity how mature our relationships with it are; not null
   * @param owner who is responsible; not null
   * @param ownerAbility the owner's ability; not null
   * @param others the others allocated, besides the owner; not null
   * @return the staffing, the owner first; never null
   * @throws IllegalArgumentException if someone is allocated twice
   */
  public static CustomerStaffing of(
      CustomerId customer,
      CustomerGrade grade,
      Maturity maturity,
      EmployeeId owner,
      Ability ownerAbility,
      EmployeeId... others) {
    return new CustomerStaffing(
        customer,
        grade,
        maturity,
        owner,
        ownerAbility,
        ImmutableList.<EmployeeId>builder().add(owner).add(others).build());
  }
}
