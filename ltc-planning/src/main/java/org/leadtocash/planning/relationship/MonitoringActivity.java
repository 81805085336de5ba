package org.leadtocash.planning.relationship;

import java.time.Period;

/**
 * The routine monitoring of a plan in execution (DOMAIN D10.1, step 5, and D10.4), each on its
 * cadence from the day execution starts, and held by the owner's direct manager, who supervises the
 * plan (D10.4), or by the owner.
 */
public enum MonitoringActivity {
  /** The weekly sales meeting, held by the owner's direct manager (D10.1, D10.4). */
  WEEKLY_MEETING("weekly meeting", Period.ofWeeks(1), true),
  /** The weekly work plan, written by the owner and checked by the manager (D10.4). */
  WEEKLY_WORK_PLAN("weekly work plan", Period.ofWeeks(1), false),
  /** The quarterly self-check, by the owner (D10.1). */
  QUARTERLY_SELF_CHECK("quarterly self-check", Period.ofMonths(3), false),
  /** The half-year coaching, by the owner's direct manager (D10.1). */
  HALF_YEAR_COACHING("half-year coaching", Period.ofMonths(6), true),
  /**
   * The yearly evaluation, interpersonal, by the owner's direct manager (D10.1: evaluation by the
   * direct manager).
   */
  YEARLY_EVALUATION("yearly evaluation", Period.ofYears(1), true);

  private final String label;
  private final Period cadence;
  private final boolean heldByManager;

  MonitoringActivity(String label, Period cadence, boolean heldByManager) {
    this.label = label;
    this.cadence = cadence;
    this.heldByManager = heldByManager;
  }

  /** {@return the activity in D10.1's words; never null} */
  public String label() {
    return label;
  }

  /** {@return how often it falls due: a week, three months, six months or a year; never null} */
  public Period cadence() {
    return cadence;
  }

  /** {@return whether the owner's direct manager holds it (D10.4); otherwise the owner does} */
  public boolean heldByManager() {
    return heldByManager;
  }
}
