package org.leadtocash.planning.cycle;

/** The four stages of the rolling planning cycle, in order (DOMAIN D11.10). */
public enum CycleStage {
  /**
   * 1. Plan and prepare: management states expectations, timetable, responsibilities, templates and
   * guidelines.
   */
  PLAN_AND_PREPARE("plan and prepare"),
  /** 2. Develop the plan: the eight steps, within 8 to 12 weeks. */
  DEVELOP_THE_PLAN("develop the plan"),
  /** 3. Review and adjust: senior managers review the plans, and the account teams adjust them. */
  REVIEW_AND_ADJUST("review and adjust"),
  /** 4. Implement and monitor: the plans are carried out and reviewed at their cadence. */
  IMPLEMENT_AND_MONITOR("implement and monitor");

  private final String label;

  CycleStage(String label) {
    this.label = label;
  }

  /** {@return the stage in words, e.g. "develop the plan"; never null} */
  public String label() {
    return label;
  }
}
