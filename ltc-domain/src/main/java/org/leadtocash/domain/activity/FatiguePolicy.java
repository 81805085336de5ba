package org.leadtocash.domain.activity;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.OptionalInt;

/**
 * When repeating a contact activity with the same person is too soon (DOMAIN D7.9: "activities are
 * rotated to avoid customer fatigue"; the sources: keep innovating the contact scenes so that the
 * customer does not tire of them). The sources give no number; a host with its own rhythm replaces
 * {@link #standard()}.
 *
 * <p>Two activities of the same {@link ActivityType} that meet the same person are {@code d} days
 * apart, where {@code d} is the number of days from the end of the one that starts first to the
 * start of the other, and 0 if they overlap. A {@link ContactPlan} flags them when {@code d} is
 * less than the type's window. Flags are warnings for the plan's owner, never refusals.
 */
public interface FatiguePolicy {

  /**
   * Returns the window of an activity type, in days.
   *
   * @param type the activity type; not null
   * @return the window, at least 1 (two activities of the type with the same person fewer days
   *     apart are flagged); or empty if repeating the type is never flagged
   */
  OptionalInt windowDays(ActivityType type);

  /**
   * Returns the default policy: a window of {@value StandardFatiguePolicy#WINDOW_DAYS} days for
   * every type except {@link ActivityType#DAILY_VISIT}, which is never flagged — daily visits are
   * the routine of the relationship ("keep up routine visits, the golden 20 minutes", D7.4), not a
   * scene to rotate.
   *
   * @return the default policy, never null
   */
  static FatiguePolicy standard() {
    return StandardFatiguePolicy.INSTANCE;
  }

  /**
   * Returns a policy with the same window for every type, daily visits included.
   *
   * @param days the window in days, at least 1
   * @return the policy, never null
   * @throws IllegalArgumentException if {@code days} is less than 1
   */
  static FatiguePolicy uniform(int days) {
    checkArgument(days >= 1, "a fatigue window is at least 1 day, not %s", days);
    return new UniformFatiguePolicy(days);
  }
}
