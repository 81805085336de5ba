package org.leadtocash.domain.voice;

/**
 * Where a non-technical issue is in its lifecycle, in order (DOMAIN D8.2): accepted → handling →
 * escalated (only when needed) → closed → evaluated by the customer.
 */
public enum IssueStatus {
  /** Accepted (受理问题): recorded, waiting for its handler. */
  ACCEPTED("accepted"),
  /** Being handled (处理问题) at the representative office. */
  HANDLING("being handled"),
  /** Escalated (升级问题) up our organisation, and handled there; may be escalated further. */
  ESCALATED("escalated"),
  /** Closed (关闭问题) with its resolution; awaits the customer's evaluation. */
  CLOSED("closed"),
  /** Evaluated (评价) by the customer; done, accepts no further command. */
  EVALUATED("evaluated by the customer");

  private final String label;

  IssueStatus(String label) {
    this.label = label;
  }

  /** {@return the status in words, for display, e.g. {@code being handled}; never null} */
  public String label() {
    return label;
  }

  /** {@return whether the issue is still open: accepted, being handled or escalated} */
  public boolean isOpen() {
    return this == ACCEPTED || this == HANDLING || this == ESCALATED;
  }
}
