package org.leadtocash.planning.expansion;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.leadtocash.domain.common.EmployeeId;
import org.leadtocash.domain.common.PersonId;

/**
 * One action of a {@link KeyRelationshipPlan}'s action plan (DOMAIN D10.2, step 5): what is done,
 * on which part of the plan, towards which person, by whom and when it is reviewed. Owner and
 * review date may be missing while the plan is drafted; the plan's {@link PlanReview review}
 * reports them ({@link Pitfall#RULES_NOT_FOLLOWED}).
 *
 * @param action what is done, e.g. "invite to the Shenzhen showcase"; not null, not blank
 * @param focus which part of the action plan it works on; not null
 * @param person the customer's person it works towards; not null
 * @param owner our employee who does it, or empty if not assigned yet; not null
 * @param reviewOn when its progress is reviewed, or empty if not set; not null
 */
public record PlannedAction(
    String action,
    ActionFocus focus,
    PersonId person,
    Optional<EmployeeId> owner,
    Optional<LocalDate> reviewOn) {

  /**
   * Checks the parts.
   *
   * @param action what is done; not null, not blank
   * @param focus which part of the action plan; not null
   * @param person the person it works towards; not null
   * @param owner who does it, or empty; not null
   * @param reviewOn when it is reviewed, or empty; not null
   * @throws IllegalArgumentException if the action is blank
   */
  public PlannedAction {
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(focus, "focus");
    Objects.requireNonNull(person, "person");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(reviewOn, "reviewOn");
    checkArgument(!action.isBlank(), "a planned action says what is done (DOMAIN D10.2)");
  }

  /**
   * Returns an action with its owner and review date.
   *
   * @param action what is done; not null, not blank
   * @param focus which part of the action plan; not null
   * @param person the person it works towards; not null
   * @param owner who does it; not null
   * @param reviewOn when it is reviewed; not null
   * @return the action, never null
   */
  public static PlannedAction of(
      String action, ActionFocus focus, PersonId person, EmployeeId owner, LocalDate reviewOn) {
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(reviewOn, "reviewOn");
    return new PlannedAction(action, focus, person, Optional.of(owner), Optional.of(reviewOn));
  }
}
