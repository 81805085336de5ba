package org.leadtocash.domain.relationship;

import java.util.Objects;
import org.leadtocash.domain.common.EmployeeId;
import org.leadtocash.domain.common.Identifier;
import org.leadtocash.domain.common.PersonId;

/**
 * A person in a {@link ConnectionNetwork} (DOMAIN D7.10): one of {@link Employee our people}, or
 * {@link Person another person} — someone of the customer's, or an intermediary such as a relative,
 * a neighbour or a club member.
 */
public sealed interface Contact permits Contact.Employee, Contact.Person {

  /**
   * Returns the contact of one of our people.
   *
   * @param id the employee; not null
   * @return the contact, never null
   */
  static Contact of(EmployeeId id) {
    return new Employee(id);
  }

  /**
   * Returns the contact of another person.
   *
   * @param id the person; not null
   * @return the contact, never null
   */
  static Contact of(PersonId id) {
    return new Person(id);
  }

  /** {@return the id of the employee or person; never null} */
  Identifier id();

  /** {@return whether the contact is one of our people} */
  boolean ours();

  /**
   * One of our people.
   *
   * @param id the employee; not null
   */
  record Employee(EmployeeId id) implements Contact {

    /**
     * Checks that the id is not null.
     *
     * @param id the employee; not null
     */
    public Employee {
      Objects.requireNonNull(id, "id");
    }

    /** {@return {@code true}: an employee is one of ours} */
    @Override
    public boolean ours() {
      return true;
    }

    /** {@return e.g. {@code E-1 (ours)}} */
    @Override
    public String toString() {
      return id + " (ours)";
    }
  }

  /**
   * A person who is not one of ours.
   *
   * @param id the person; not null
   */
  record Person(PersonId id) implements Contact {

    /**
     * Checks that the id is not null.
     *
     * @param id the person; not null
     */
    public Person {
      Objects.requireNonNull(id, "id");
    }

    /** {@return {@code false}: a person is not one of ours} */
    @Override
    public boolean ours() {
      return false;
    }

    /** {@return the person's id, e.g. {@code P-1}} */
    @Override
    public String toString() {
      return id.toString();
    }
  }
}
