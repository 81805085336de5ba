package org.leadtocash.planning.expansion;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;
import org.leadtocash.domain.common.EmployeeId;
import org.leadtocash.domain.common.FreeText;

/**
 * A key task of an {@link ExpansionCard} (DOMAIN D10.3), assigned to an employee, and whether it is
 * part of the employee's performance targets.
 *
 * @param task the task, e.g. "get the 5G core on the 2027 budget"; not null, not blank
 * @param employee our employee assigned to it; not null
 * @param inPerformanceTargets whether it is in the employee's performance targets
 */
public record KeyTask(String task, EmployeeId employee, boolean inPerformanceTargets) {

  /**
   * Checks the parts.
   *
   * @param task the task; not null, not blank
   * @param employee our employee; not null
   * @param inPerformanceTargets whether it is in the employee's performance targets
   * @throws IllegalArgumentException if the task is blank
   */
  public KeyTask {
    FreeText.line(task, "task");
    Objects.requireNonNull(task, "task");
    Objects.requireNonNull(employee, "employee");
    checkArgument(!task.isBlank(), "a key task says what is to be done (DOMAIN D10.3)");
  }

  /**
   * Returns a task assigned to an employee as one of their performance targets.
   *
   * @param task the task; not null, not blank
   * @param employee our employee; not null
   * @return the task, never null
   */
  public static KeyTask of(String task, EmployeeId employee) {
    return new KeyTask(task, employee, true);
  }
}
