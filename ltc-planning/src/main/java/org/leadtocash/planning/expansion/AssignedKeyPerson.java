package org.leadtocash.planning.expansion;

import java.util.Objects;
import java.util.Optional;
import org.leadtocash.domain.common.EmployeeId;
import org.leadtocash.domain.common.PersonId;
import org.leadtocash.domain.customer.PersonalProfile;

/**
 * A key person of an {@link ExpansionCard} (DOMAIN D10.3): the customer's person, the employee
 * assigned to them, whether that is part of the employee's performance targets, and the person's
 * {@link PersonalProfile profile} if known. The profile is personal data (D7.8): {@link
 * #toString()} never shows it.
 *
 * @param person the customer's person; not null
 * @param employee our employee assigned to the person; not null
 * @param inPerformanceTargets whether the assignment is in the employee's performance targets
 * @param profile the person's profile, or empty if not known yet; not null
 */
public record AssignedKeyPerson(
    PersonId person,
    EmployeeId employee,
    boolean inPerformanceTargets,
    Optional<PersonalProfile> profile) {

  /**
   * Checks that no part is null.
   *
   * @param person the customer's person; not null
   * @param employee our employee; not null
   * @param inPerformanceTargets whether it is in the employee's performance targets
   * @param profile the profile, or empty; not null
   */
  public AssignedKeyPerson {
    Objects.requireNonNull(person, "person");
    Objects.requireNonNull(employee, "employee");
    Objects.requireNonNull(profile, "profile");
  }

  /**
   * Returns a key person assigned to an employee as one of their performance targets, without a
   * profile yet.
   *
   * @param person the customer's person; not null
   * @param employee our employee; not null
   * @return the assignment, never null
   */
  public static AssignedKeyPerson of(PersonId person, EmployeeId employee) {
    return new AssignedKeyPerson(person, employee, true, Optional.empty());
  }

  /**
   * Returns this assignment with the person's profile.
   *
   * @param profile the profile; not null
   * @return the assignment, never null
   */
  public AssignedKeyPerson withProfile(PersonalProfile profile) {
    Objects.requireNonNull(profile, "profile");
    return new AssignedKeyPerson(person, employee, inPerformanceTargets, Optional.of(profile));
  }

  /** {@return e.g. {@code P-3 assigned to E-LI, in performance targets, profile ***}} */
  @Override
  public String toString() {
    return person
        + " assigned to "
        + employee
        + (inPerformanceTargets ? ", in performance targets" : ", not in performance targets")
        + (profile.isPresent() ? ", profile ***" : ", no profile");
  }
}
