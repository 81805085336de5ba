package org.leadtocash.planning.relationship;

import java.util.Objects;
import org.leadtocash.domain.customer.CustomerGrade;

/** The standard staffing policy, documented on {@link StaffingPolicy#standard()}. */
final class StandardStaffingPolicy implements StaffingPolicy {

  static final StandardStaffingPolicy INSTANCE = new StandardStaffingPolicy();

  private StandardStaffingPolicy() {}

  @Override
  public int people(CustomerGrade grade, Maturity maturity) {
    Objects.requireNonNull(grade, "grade");
    Objects.requireNonNull(maturity, "maturity");
    int base =
        switch (grade) {
          case S -> 4;
          case A -> 3;
          case B -> 2;
          case C -> 1;
        };
    int adjusted =
        switch (maturity) {
          case NEW -> base + 1;
          case DEVELOPING -> base;
          case MATURE -> base - 1;
        };
    return Math.max(1, adjusted);
  }

  @Override
  public Ability ownerAbility(CustomerGrade grade) {
    return switch (Objects.requireNonNull(grade, "grade")) {
      case S -> Ability.EXPERT;
      case A -> Ability.SENIOR;
      case B -> Ability.EXPERIENCED;
      case C -> Ability.JUNIOR;
    };
  }

  @Override
  public String toString() {
    return "StaffingPolicy.standard()";
  }
}
