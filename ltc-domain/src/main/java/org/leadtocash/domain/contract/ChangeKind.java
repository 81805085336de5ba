package org.leadtocash.domain.contract;

/** What a contract change changes (DOMAIN D5.2). */
public enum ChangeKind {
  /** The scope of supply or work; recorded, with no effect on value or milestones. */
  SCOPE,
  /** The contract value, raised or lowered; may also replace the payment milestones. */
  AMOUNT,
  /** Dates, typically the milestones' due dates; may replace the payment milestones. */
  DATES,
  /** The payment terms; may replace the payment milestones. */
  PAYMENT_TERMS;

  /** {@return whether a change of this kind may replace the payment milestones} */
  public boolean mayReplaceMilestones() {
    return this != SCOPE;
  }
}
