package org.leadtocash.domain.customer;

import org.joda.money.Money;

/**
 * Why a customer's actual returns fall short of the expected ones, or that they do not (DOMAIN
 * D6.6).
 *
 * <p>The rule: a period is {@link #ON_TRACK} when its actual return is at least the expected one.
 * When it falls short, the investment decides: if the investment done is below the investment
 * planned, the work was not done and the customer's value was not developed ({@link
 * #UNDER_INVESTMENT}); if the planned investment was done in full, the value was over-estimated
 * ({@link #OVERESTIMATED_VALUE}).
 */
public enum ReturnDiagnosis {
  /** The actual return reached the expected one. */
  ON_TRACK("on track", "keep the plan and the investment"),
  /**
   * The return fell short and the planned investment or work was not done: the customer's value was
   * not developed.
   */
  UNDER_INVESTMENT(
      "under-investment: the planned work was not done",
      "do the planned work before expecting the return"),
  /** The return fell short although the planned work was done: we expected too much. */
  OVERESTIMATED_VALUE(
      "over-estimated value: the work was done, the return fell short",
      "identify the customer's value again, and regrade it if the value falls (D6.3)");

  private final String label;
  private final String action;

  ReturnDiagnosis(String label, String action) {
    this.label = label;
    this.action = action;
  }

  /** {@return what the diagnosis means, in words; never null} */
  public String label() {
    return label;
  }

  /** {@return what to do next about a period with this diagnosis; never null} */
  public String action() {
    return action;
  }

  /** Applies the rule of the class comment to amounts in one currency. */
  static ReturnDiagnosis of(Money expected, Money actual, Money planned, Money done) {
    if (!actual.isLessThan(expected)) {
      return ON_TRACK;
    }
    return done.isLessThan(planned) ? UNDER_INVESTMENT : OVERESTIMATED_VALUE;
  }
}
