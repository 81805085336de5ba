package org.leadtocash.domain.relationship;

import java.util.Objects;
import org.leadtocash.domain.common.PersonId;

/**
 * A person of a customer department we have a relationship with (DOMAIN D7.6), and whether they are
 * one of "tomorrow's stars" (明日之星): someone not yet senior whose rise we foresee, and whom we
 * develop early.
 *
 * @param person the customer's person; not null
 * @param department their department; not null
 * @param tomorrowsStar whether we develop them early as one of tomorrow's stars
 */
public record DepartmentContact(
    PersonId person, CustomerDepartment department, boolean tomorrowsStar) {

  /**
   * Checks that no part is null.
   *
   * @param person the customer's person; not null
   * @param department their department; not null
   * @param tomorrowsStar whether we develop them early as one of tomorrow's stars
   */
  public DepartmentContact {
    Objects.requireNonNull(person, "person");
    Objects.requireNonNull(department, "department");
  }

  /**
   * Returns a contact who is not flagged as one of tomorrow's stars.
   *
   * @param person the person; not null
   * @param department their department; not null
   * @return the contact, never null
   */
  public static DepartmentContact of(PersonId person, CustomerDepartment department) {
    return new DepartmentContact(person, department, false);
  }

  /**
   * Returns a contact flagged as one of tomorrow's stars, to develop early (D7.6).
   *
   * @param person the person; not null
   * @param department their department; not null
   * @return the contact, never null
   */
  public static DepartmentContact tomorrowsStar(PersonId person, CustomerDepartment department) {
    return new DepartmentContact(person, department, true);
  }

  /** {@return e.g. {@code P-7 in procurement, one of tomorrow's stars}} */
  @Override
  public String toString() {
    return person + " in " + department + (tomorrowsStar ? ", one of tomorrow's stars" : "");
  }
}
