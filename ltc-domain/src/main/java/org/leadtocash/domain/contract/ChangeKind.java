package org.leadtocash.domain.contract;

/** What a contract change changes (DOMAIN D5.2). */
public enum ChangeKind {
  /** The scope of supply or work; recorded, with no effect on value or milestones. */
  SCOPE("scope"),
  /** The contract value, raised or lowered; may also replace the payment milestones. */
  AMOUNT("amount"),
  /** Dates, typically the milestones' due dates; may replace the payment milestones. */
  DATES("dates"),
  /** The payment terms; may replace the payment milestones. */
  PAYMENT_TERMS("payment terms");

  private final String label;

  ChangeKind(String label) {
    this.label = label;
  }

  /** {@return the change kind in words, for display, e.g. {@code scope}; never null} */
  public String label() {
    return label;
  }

  /** {@return whether a change of this kind may replace the payment milestones} */
  public boolean mayReplaceMilestones() {
    return this != SCOPE;
  }
}
