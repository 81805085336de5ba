package org.leadtocash.planning.allocation;

/**
 * Why an account got the hours it got in the sales-time allocation (DOMAIN D11.6): where its hours
 * lie between its floor and its useful hours, which the linear programme decides by comparing the
 * account's return per hour with what an hour of its salespeople's time earns at the margin.
 */
public enum HoursReason {
  /** No salesperson may serve it: it gets no hours (its floor is zero, or the plan is short). */
  UNSERVED("unserved"),
  /**
   * Its floor equals its useful hours: it gets exactly those hours, whatever its return per hour.
   */
  FIXED("fixed by its floor"),
  /**
   * It gets its floor only: its return per hour is no more than what one more hour of its
   * salespeople earns elsewhere.
   */
  AT_FLOOR("at its floor"),
  /**
   * It gets more than its floor and less than its useful hours: it takes the last hours of its
   * salespeople, and its return per hour is what one more hour of their time earns.
   */
  MARGINAL("marginal"),
  /**
   * It gets all its useful hours: its return per hour is at least what one more hour of its
   * salespeople's time earns.
   */
  AT_SATURATION("at its useful hours");

  private final String label;

  HoursReason(String label) {
    this.label = label;
  }

  /** {@return the reason in words, e.g. "at its floor"} */
  public String label() {
    return label;
  }
}
