package org.leadtocash.domain.process;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;
import org.leadtocash.domain.common.FreeText;

/**
 * A department of our own organisation, such as the sales management department (销售管理部): the
 * department responsible for a process (DOMAIN D1.3), or the one organisation of the LTC operating
 * rhythm (D1.6).
 *
 * @param name the department's name; not null, not blank
 */
public record Department(String name) {

  /** The sales management department (销售管理部), which runs the LTC operating rhythm (D1.6). */
  public static final Department SALES_MANAGEMENT = new Department("sales management department");

  /**
   * Checks the name.
   *
   * @param name the department's name; not null, not blank
   * @throws IllegalArgumentException if the name is blank
   */
  public Department {
    FreeText.line(name, "name");
    Objects.requireNonNull(name, "name");
    checkArgument(!name.isBlank(), "a department has a name (DOMAIN D1.3)");
  }

  /**
   * Returns the department with this name.
   *
   * @param name the name; not null, not blank
   * @return the department, never null
   */
  public static Department of(String name) {
    return new Department(name);
  }

  /** {@return the name} */
  @Override
  public String toString() {
    return name;
  }
}
