package org.leadtocash.domain.lead;

/**
 * A lead's priority, set by the answers to Q2 and Q3 of the validation KCP; leads are reviewed in
 * priority order, highest first (DOMAIN D2.5).
 */
public enum LeadPriority {
  /** Reviewed first. */
  HIGH("high"),
  /** Reviewed after the high ones. */
  MEDIUM("medium"),
  /** Reviewed last. */
  LOW("low");

  private final String label;

  LeadPriority(String label) {
    this.label = label;
  }

  /** {@return the lead priority in words, for display, e.g. {@code high}; never null} */
  public String label() {
    return label;
  }
}
