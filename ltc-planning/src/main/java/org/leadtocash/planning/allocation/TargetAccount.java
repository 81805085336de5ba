package org.leadtocash.planning.allocation;

import static com.google.common.base.Preconditions.checkArgument;

import java.math.BigDecimal;
import java.util.Objects;
import org.joda.money.Money;
import org.leadtocash.domain.common.CustomerId;
import org.leadtocash.domain.common.Probability;

/**
 * A target account of the sales-time allocation (DOMAIN D11.6): what it could bring, how often it
 * must at least be visited, and how many hours of selling it can use in the period.
 *
 * <p>The account's <b>floor</b> is its minimum visit frequency in hours: {@code minimumVisits ×
 * hoursPerVisit}. Its <b>useful hours</b> are the saturation point: the hours up to which selling
 * time earns a constant return per hour (under the {@link ReturnPolicy}), and beyond which more
 * time earns nothing more. Hours are planned in tenths of an hour; the measured numbers (the
 * potential and the win chance) come from the host as values.
 *
 * @param customer the account; not null
 * @param potential what the account could buy in the period (its sales potential); not null, not
 *     negative
 * @param winChance the chance that selling time on the account turns into business, e.g. the host's
 *     measured win rate for such accounts; not null
 * @param minimumVisits the minimum visit frequency in the period; not negative
 * @param hoursPerVisit the selling hours one visit takes, in tenths; not null, above zero
 * @param usefulHours the hours the account can use in the period (saturation), in tenths; not null,
 *     above zero and not below the floor
 */
public record TargetAccount(
    CustomerId customer,
    Money potential,
    Probability winChance,
    int minimumVisits,
    BigDecimal hoursPerVisit,
    BigDecimal usefulHours) {

  /**
   * Checks the account.
   *
   * @param customer the account; not null
   * @param potential the sales potential in the period; not null, not negative
   * @param winChance the chance that selling time turns into business; not null
   * @param minimumVisits the minimum visit frequency; not negative
   * @param hoursPerVisit the hours of one visit, in tenths; not null, above zero
   * @param usefulHours the hours the account can use, in tenths; not null, above zero and not below
   *     the floor
   * @throws IllegalArgumentException if the potential or the visits are negative, hours are
   *     negative, zero or finer than a tenth, or the floor is above the useful hours (DOMAIN D11.6)
   */
  public TargetAccount {
    Objects.requireNonNull(hoursPerVisit, "hoursPerVisit");
    Objects.requireNonNull(usefulHours, "usefulHours");
    Objects.requireNonNull(customer, "customer");
    Objects.requireNonNull(potential, "potential");
    Objects.requireNonNull(winChance, "winChance");
    hoursPerVisit = Hours.of(hoursPerVisit, "the hours per visit of " + customer);
    usefulHours = Hours.of(usefulHours, "the useful hours of " + customer);
    checkArgument(
        !potential.isNegative(),
        "the potential of %s is never negative (DOMAIN D11.6): %s",
        customer,
        potential);
    checkArgument(
        minimumVisits >= 0,
        "the minimum visits of %s are never negative (DOMAIN D11.6): %s",
        customer,
        minimumVisits);
    checkArgument(
        hoursPerVisit.signum() > 0,
        "a visit to %s takes some time (DOMAIN D11.6): %s h",
        customer,
        hoursPerVisit);
    checkArgument(
        usefulHours.signum() > 0,
        "%s can use some selling time (DOMAIN D11.6): %s useful hours",
        customer,
        usefulHours);
    BigDecimal floor = hoursPerVisit.multiply(BigDecimal.valueOf(minimumVisits));
    checkArgument(
        floor.compareTo(usefulHours) <= 0,
        "the floor of %s (%s visits × %s h = %s h) is above its %s useful hours (DOMAIN D11.6)",
        customer,
        minimumVisits,
        hoursPerVisit,
        floor,
        usefulHours);
  }

  /**
   * Returns a target account.
   *
   * @param customer the account; not null
   * @param potential the sales potential in the period; not null, not negative
   * @param winChance the chance that selling time turns into business; not null
   * @param minimumVisits the minimum visit frequency; not negative
   * @param hoursPerVisit the hours of one visit, in tenths; not null, above zero
   * @param usefulHours the hours the account can use, in tenths; not null, not below the floor
   * @return the account, never null
   * @throws IllegalArgumentException as the constructor does
   */
  public static TargetAccount of(
      CustomerId customer,
      Money potential,
      Probability winChance,
      int minimumVisits,
      BigDecimal hoursPerVisit,
      BigDecimal usefulHours) {
    return new TargetAccount(
        customer, potential, winChance, minimumVisits, hoursPerVisit, usefulHours);
  }

  /** {@return the floor: the minimum visit frequency in hours, visits × hours per visit} */
  public BigDecimal floorHours() {
    return hoursPerVisit.multiply(BigDecimal.valueOf(minimumVisits)).setScale(1);
  }

  /**
   * Returns the account with another potential, e.g. to see what more potential changes.
   *
   * @param potential the new potential; not null, not negative
   * @return the account with that potential, never null
   * @throws IllegalArgumentException if the potential is negative (DOMAIN D11.6)
   */
  public TargetAccount withPotential(Money potential) {
    return new TargetAccount(
        customer, potential, winChance, minimumVisits, hoursPerVisit, usefulHours);
  }
}
