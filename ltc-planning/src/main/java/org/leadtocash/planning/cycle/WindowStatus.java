package org.leadtocash.planning.cycle;

/**
 * Where developing the plan stands against its 8–12-week window (DOMAIN D11.10); see {@link
 * DevelopmentWindow}.
 */
public enum WindowStatus {
  /** The plan's development has not started. */
  NOT_STARTED("not started"),
  /** Under way, and the 12 weeks have not run out. */
  IN_PROGRESS("in progress"),
  /** Still under way after 12 weeks: late. */
  OVERDUE("overdue"),
  /** Finished in less than 8 weeks: too quick for the steps to have been done in earnest. */
  EARLY("finished early"),
  /** Finished within 8 to 12 weeks. */
  WITHIN("finished within the window"),
  /** Finished after more than 12 weeks. */
  LATE("finished late");

  private final String label;

  WindowStatus(String label) {
    this.label = label;
  }

  /** {@return the status in words, e.g. "finished late"; never null} */
  public String label() {
    return label;
  }
}
