package org.leadtocash.domain.relationship;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;
import org.leadtocash.domain.common.FreeText;
import org.leadtocash.domain.customer.DepartmentKind;

/**
 * A department of the customer that our work touches (DOMAIN D7.6, D7.11), e.g. {@code Network
 * planning} of kind {@link DepartmentKind#PLANNING}. Two departments are equal when name and kind
 * are.
 *
 * @param name the customer's name for it; not null, not blank, without surrounding whitespace
 * @param kind what kind of department it is; not null
 */
public record CustomerDepartment(String name, DepartmentKind kind) {

  /**
   * Checks the name.
   *
   * @param name the customer's name for it; not null, not blank, without surrounding whitespace
   * @param kind what kind of department it is; not null
   * @throws IllegalArgumentException if the name is blank or padded with whitespace
   */
  public CustomerDepartment {
    FreeText.line(name, "name");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    checkArgument(!name.isBlank(), "a customer department has a name");
    checkArgument(
        name.strip().equals(name),
        "a department's name has no surrounding whitespace: '%s'",
        FreeText.escaped(name));
  }

  /**
   * Returns the department with this name and kind.
   *
   * @param name the customer's name for it; not null, not blank
   * @param kind its kind; not null
   * @return the department, never null
   */
  public static CustomerDepartment of(String name, DepartmentKind kind) {
    return new CustomerDepartment(name, kind);
  }

  /**
   * Returns the department named after its kind, e.g. {@code procurement}: for a customer with one
   * department of that kind.
   *
   * @param kind its kind; not null
   * @return the department, never null
   */
  public static CustomerDepartment of(DepartmentKind kind) {
    Objects.requireNonNull(kind, "kind");
    return new CustomerDepartment(kind.label(), kind);
  }

  /** {@return e.g. {@code Network planning (planning)}, or {@code procurement}} */
  @Override
  public String toString() {
    return name.equals(kind.label()) ? name : name + " (" + kind.label() + ")";
  }
}
