package org.leadtocash.planning.cycle;

/** Where a {@link ReviewDue review due} stands (DOMAIN D11.10). */
public enum ReviewStatus {
  /** Held. */
  HELD("held"),
  /** Not held yet, and not overdue: due today or later. */
  OPEN("open"),
  /** Not held, and its due date has passed. */
  OVERDUE("overdue");

  private final String label;

  ReviewStatus(String label) {
    this.label = label;
  }

  /** {@return the status in words; never null} */
  public String label() {
    return label;
  }
}
