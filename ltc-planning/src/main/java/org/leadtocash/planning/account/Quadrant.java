package org.leadtocash.planning.account;

/**
 * The four quadrants of the growth matrix, size of prize × probability of success (DOMAIN D11.3),
 * in their order of priority: act now first, shelve last.
 *
 * <p>Each quadrant is one combination of a big or small prize with a likely or unlikely success, so
 * the four partition the plane. A bigger prize or a likelier success never leads to a quadrant of
 * lower priority: act now is above both plan the attack and opportunistic, which are above shelve.
 * Between those two, the bigger prize comes first: plan the attack (big, unlikely) ranks above
 * opportunistic (small, likely).
 */
public enum Quadrant {
  /** Big prize, likely success: act now. */
  ACT_NOW("act now", true, true),
  /** Big prize, unlikely success: plan the attack. */
  PLAN_THE_ATTACK("plan the attack", true, false),
  /** Small prize, likely success: take it when it comes. */
  OPPORTUNISTIC("opportunistic", false, true),
  /** Small prize, unlikely success: shelve it. */
  SHELVE("shelve", false, false);

  private final String label;
  private final boolean bigPrize;
  private final boolean likely;

  Quadrant(String label, boolean bigPrize, boolean likely) {
    this.label = label;
    this.bigPrize = bigPrize;
    this.likely = likely;
  }

  /**
   * Returns the quadrant of a prize and a probability of success.
   *
   * @param bigPrize whether the prize is big (at or above the prize threshold)
   * @param likely whether success is likely (at or above the probability threshold)
   * @return the one quadrant of that combination, never null
   */
  public static Quadrant of(boolean bigPrize, boolean likely) {
    if (bigPrize) {
      return likely ? ACT_NOW : PLAN_THE_ATTACK;
    }
    return likely ? OPPORTUNISTIC : SHELVE;
  }

  /** {@return the quadrant in words, e.g. "plan the attack"} */
  public String label() {
    return label;
  }

  /** {@return its priority, 1 (act now) to 4 (shelve): a lower number comes first} */
  public int priority() {
    return ordinal() + 1;
  }

  /** {@return whether the quadrant holds big prizes} */
  public boolean bigPrize() {
    return bigPrize;
  }

  /** {@return whether the quadrant holds likely successes} */
  public boolean likely() {
    return likely;
  }
}
