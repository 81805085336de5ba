package org.leadtocash.planning.relationship;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import org.leadtocash.domain.common.CustomerId;
import org.leadtocash.domain.common.EmployeeId;
import org.leadtocash.domain.customer.CustomerGrade;
import org.leadtocash.domain.customer.GradeAttestation;

/**
 * The staffing of one customer in a plan's execution (DOMAIN D10.1, step 5): the customer's grade
 * (its importance, D6.2) and the maturity of our relationships with it, the person responsible with
 * their ability, and the people allocated — the owner among them.
 *
 * <p>The grade is the customer's, not the planner's: build a staffing with {@link
 * #of(GradeAttestation, Maturity, EmployeeId, Ability, EmployeeId...)} from the attestation the
 * {@link org.leadtocash.domain.customer.Customer customer} issues, and {@link
 * RelationshipPlan#startExecution(java.time.LocalDate, List, List, StaffingPolicy,
 * java.time.Instant) startExecution} refuses a staffing whose grade its customer does not attest
 * (DOMAIN D6.2). The maturity stays the planner's own judgement. The record keeps the grade as a
 * plain value, as the stored {@link PlanExecutionStarted} holds it.
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
   * Returns a staffing with the owner alone or with others, for the customer whose grade is
   * attested and with that grade (DOMAIN D6.2, D10.1).
   *
   * @param grade the attestation the customer issued of its grade; not null
   * @param maturity how mature our relationships with it are: the planner's judgement; not null
   * @param owner who is responsible; not null
   * @param ownerAbility the owner's ability; not null
   * @param others the others allocated, besides the owner; not null
   * @return the staffing of the attesting customer with its grade, the owner first; never null
   * @throws IllegalArgumentException if someone is allocated twice
   */
  public static CustomerStaffing of(
      GradeAttestation grade,
      Maturity maturity,
      EmployeeId owner,
      Ability ownerAbility,
      EmployeeId... others) {
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(others, "others");
    Objects.requireNonNull(grade, "grade");
    return new CustomerStaffing(
        grade.customer(),
        grade.grade(),
        maturity,
        owner,
        ownerAbility,
        ImmutableList.<EmployeeId>builder().add(owner).add(others).build());
  }
}
