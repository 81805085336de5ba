package org.leadtocash.planning.allocation;

import static com.google.common.base.Preconditions.checkArgument;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * Why a sales-time allocation is infeasible (DOMAIN D11.6): the minimum visit hours of the target
 * accounts do not fit in the hours the salespeople have (within the accounts each may serve), and
 * headcount is not enough to reach every target account at its minimum visit frequency.
 *
 * <p>The shortfall is the floor hours no allocation can cover: the sum of the floors less the most
 * floor hours the salespeople can cover. New salespeople who may serve every account and bring
 * {@code hoursPerNewSalesperson} each close it with {@link #headcount()} of them: each hour they
 * bring can go to an account whose floor is not covered.
 *
 * @param hours the floor hours that cannot be covered, in tenths; not null, above zero
 * @param hoursPerNewSalesperson the capacity one more salesperson would bring, in tenths; not null,
 *     above zero
 */
public record Shortfall(BigDecimal hours, BigDecimal hoursPerNewSalesperson) {

  /**
   * Checks the shortfall.
   *
   * @param hours the floor hours that cannot be covered; not null, above zero
   * @param hoursPerNewSalesperson the capacity of one more salesperson; not null, above zero
   * @throws IllegalArgumentException if either is not above zero or finer than a tenth (DOMAIN
   *     D11.6)
   */
  public Shortfall {
    Objects.requireNonNull(hours, "hours");
    Objects.requireNonNull(hoursPerNewSalesperson, "hoursPerNewSalesperson");
    hours = Hours.of(hours, "a shortfall");
    hoursPerNewSalesperson = Hours.of(hoursPerNewSalesperson, "the capacity of a new salesperson");
    checkArgument(hours.signum() > 0, "a shortfall is some hours (DOMAIN D11.6): %s", hours);
    checkArgument(
        hoursPerNewSalesperson.signum() > 0,
        "a new salesperson brings some hours (DOMAIN D11.6): %s",
        hoursPerNewSalesperson);
  }

  /** {@return the salespeople to add: the shortfall over one's capacity, rounded up} */
  public int headcount() {
    return hours.divide(hoursPerNewSalesperson, 0, RoundingMode.CEILING).intValueExact();
  }

  /** {@return the shortfall in words} */
  public String explanation() {
    return "the minimum visits do not fit: "
        + Hours.text(hours)
        + " of floor hours are short; "
        + headcount()
        + " more salespeople at "
        + Hours.text(hoursPerNewSalesperson)
        + " each would close it";
  }
}
