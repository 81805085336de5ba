package org.leadtocash.planning.cycle;

/** The reviews of the fourth stage, implement and monitor (DOMAIN D11.10). */
public enum ReviewKind {
  /**
   * The review of one account's plan: every quarter for a most important account, every year for a
   * secondary one.
   */
  ACCOUNT_REVIEW("account review"),
  /** The yearly collective review of the unimportant accounts' progress. */
  COLLECTIVE_REVIEW("collective review of the unimportant accounts"),
  /** The report on the most important accounts' progress, every 6 months. */
  PROGRESS_REPORT("progress report on the most important accounts");

  private final String label;

  ReviewKind(String label) {
    this.label = label;
  }

  /** {@return the review in words, e.g. "account review"; never null} */
  public String label() {
    return label;
  }
}
