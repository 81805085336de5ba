package org.leadtocash.domain.activity;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Sets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.leadtocash.domain.customer.DepartmentKind;

/**
 * The relationship work of one lifecycle stage (DOMAIN D7.11): its goal and the business objectives
 * behind it, the customer's departments to reach, the methods, and our owner roles with what each
 * covers, the leading owner first.
 *
 * @param stage the stage; not null
 * @param goal the stage's goal in one phrase; not null, not blank
 * @param objectives the business objectives of the stage; not null, none blank
 * @param departments the customer's departments to reach; not null, not empty
 * @param methods how they are reached; not null, not empty, none blank
 * @param owners our owner roles, the leading one first, each with what it covers; not null, not
 *     empty, no blank text
 */
public record PlaybookEntry(
    LifecycleStage stage,
    String goal,
    List<String> objectives,
    Set<DepartmentKind> departments,
    List<String> methods,
    Map<PlaybookOwner, String> owners) {

  /**
   * Checks and copies the parts; the departments are kept in their enum order.
   *
   * @param stage the stage; not null
   * @param goal the stage's goal in one phrase; not null, not blank
   * @param objectives the business objectives of the stage; not null, none blank
   * @param departments the customer's departments to reach; not null, not empty
   * @param methods how they are reached; not null, not empty, none blank
   * @param owners our owner roles, the leading one first, each with what it covers; not null, not
   *     empty, no blank text
   * @throws IllegalArgumentException if a text is blank, or there is no department, method or owner
   */
  public PlaybookEntry {
    Objects.requireNonNull(objectives, "objectives");
    Objects.requireNonNull(departments, "departments");
    Objects.requireNonNull(methods, "methods");
    Objects.requireNonNull(owners, "owners");
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(goal, "goal");
    objectives = ImmutableList.copyOf(objectives);
    departments = Sets.immutableEnumSet(departments);
    methods = ImmutableList.copyOf(methods);
    owners = ImmutableMap.copyOf(owners);
    checkArgument(!goal.isBlank(), "the %s stage has a goal (DOMAIN D7.11)", stage);
    checkArgument(
        objectives.stream().noneMatch(String::isBlank), "an objective of %s is not blank", stage);
    checkArgument(
        !departments.isEmpty(), "the %s stage reaches some department (DOMAIN D7.11)", stage);
    checkArgument(
        !methods.isEmpty() && methods.stream().noneMatch(String::isBlank),
        "the %s stage names its methods (DOMAIN D7.11)",
        stage);
    checkArgument(
        !owners.isEmpty() && owners.values().stream().noneMatch(String::isBlank),
        "the %s stage names its owners and what each covers (DOMAIN D7.11)",
        stage);
  }

  /** {@return the owner role who leads the stage's relationship work; never null} */
  public PlaybookOwner leadOwner() {
    return owners.keySet().iterator().next();
  }

  /**
   * Returns whether the stage reaches a department.
   *
   * @param department the department; not null
   * @return whether it is among {@link #departments()}
   */
  public boolean reaches(DepartmentKind department) {
    Objects.requireNonNull(department, "department");
    return departments.contains(department);
  }

  /**
   * Returns whether an owner role takes part in the stage's relationship work.
   *
   * @param owner the role; not null
   * @return whether it is among {@link #owners()}
   */
  public boolean isOwnedBy(PlaybookOwner owner) {
    Objects.requireNonNull(owner, "owner");
    return owners.containsKey(owner);
  }
}
