package org.leadtocash.planning.relationship;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;
import java.util.Optional;
import org.leadtocash.domain.common.CustomerId;
import org.leadtocash.domain.common.FreeText;
import org.leadtocash.domain.common.PersonId;
import org.leadtocash.domain.relationship.CustomerDepartment;

/**
 * A strategy to raise a relationship (DOMAIN D10.1, step 4): for one relationship target, what to
 * do with one person of a customer (for a key-person target) or with one of its departments (for an
 * organisational or general target).
 *
 * @param target the {@link RelationshipTarget#subject() subject} of the target it serves, e.g. "key
 *     persons at supportive and exclusive"; not null, not blank
 * @param customer the customer; not null
 * @param person the person, for a strategy per person; not null
 * @param department the department, for a strategy per department; not null
 * @param actions what will be done, e.g. "monthly technical exchange, invite to the showcase site";
 *     not null, not blank
 */
public record RelationshipStrategy(
    String target,
    CustomerId customer,
    Optional<PersonId> person,
    Optional<CustomerDepartment> department,
    String actions) {

  /**
   * Checks the strategy.
   *
   * @param target the subject of the target it serves; not null, not blank
   * @param customer the customer; not null
   * @param person the person, for a strategy per person; not null
   * @param department the department, for a strategy per department; not null
   * @param actions what will be done; not null, not blank
   * @throws IllegalArgumentException if a text is blank, or not exactly one of person and
   *     department is given
   */
  public RelationshipStrategy {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(customer, "customer");
    Objects.requireNonNull(person, "person");
    Objects.requireNonNull(department, "department");
    Objects.requireNonNull(actions, "actions");
    FreeText.line(target, "target");
    checkArgument(!target.isBlank(), "a strategy names the target it serves (DOMAIN D10.1)");
    checkArgument(
        person.isPresent() != department.isPresent(),
        "a strategy is for one person or one department, not %s (DOMAIN D10.1)",
        person.isPresent() ? "both" : "neither");
    checkArgument(
        !actions.isBlank(), "a strategy says what will be done (DOMAIN D10.1): %s", target);
  }

  /**
   * Returns a strategy for one person of a customer.
   *
   * @param target the target it serves, a key-person target; not null
   * @param customer the customer; not null
   * @param person the person; not null
   * @param actions what will be done; not null, not blank
   * @return the strategy, never null
   */
  public static RelationshipStrategy forPerson(
      RelationshipTarget target, CustomerId customer, PersonId person, String actions) {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(person, "person");
    return new RelationshipStrategy(
        target.subject(), customer, Optional.of(person), Optional.empty(), actions);
  }

  /**
   * Returns a strategy for one department of a customer.
   *
   * @param target the target it serves, an organisational or general target; not null
   * @param customer the customer; not null
   * @param department the department; not null
   * @param actions what will be done; not null, not blank
   * @return the strategy, never null
   */
  public static RelationshipStrategy forDepartment(
      RelationshipTarget target,
      CustomerId customer,
      CustomerDepartment department,
      String actions) {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(department, "department");
    return new RelationshipStrategy(
        target.subject(), customer, Optional.empty(), Optional.of(department), actions);
  }

  /**
   * {@return whom the strategy is for, e.g. {@code person P-7 of CU-1}; a plan keeps one strategy
   * per target and whom; never null}
   */
  public String whom() {
    return person.map(p -> "person " + p).orElseGet(() -> "department " + department.orElseThrow())
        + " of "
        + customer;
  }
}
