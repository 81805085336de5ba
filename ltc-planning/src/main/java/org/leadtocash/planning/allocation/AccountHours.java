package org.leadtocash.planning.allocation;

import static com.google.common.base.Preconditions.checkArgument;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;
import org.joda.money.Money;
import org.leadtocash.domain.common.CustomerId;
import org.leadtocash.domain.common.Figures;

/**
 * The hours one target account gets in a sales-time allocation (DOMAIN D11.6), and why.
 *
 * <p>The {@link #reason() reason} follows from where the hours lie between the floor and the useful
 * hours; the {@code hourValue} is what it is compared with: for an account at its floor (or fixed
 * by it), the least that one more hour earns among the salespeople who may serve it; otherwise the
 * most that one more hour earns among the salespeople who serve it (zero when nobody may serve it).
 *
 * @param customer the account; not null
 * @param hours the hours it gets, in tenths; not null, from the floor to the useful hours
 * @param floorHours its floor, the minimum visit frequency in hours; not null
 * @param usefulHours the hours it can use; not null, not below the floor
 * @param returnPerHour the expected return of one of its hours, under the allocation's {@link
 *     ReturnPolicy}; not null, not negative
 * @param hourValue what one more hour of its salespeople's time earns, as above, not negative, in
 *     the same currency; empty when no salesperson may serve it; not null
 */
public record AccountHours(
    CustomerId customer,
    BigDecimal hours,
    BigDecimal floorHours,
    BigDecimal usefulHours,
    Money returnPerHour,
    Optional<Money> hourValue) {

  /**
   * Checks the hours.
   *
   * @param customer the account; not null
   * @param hours the hours it gets; not null, from the floor to the useful hours
   * @param floorHours its floor; not null
   * @param usefulHours its useful hours; not null
   * @param returnPerHour its expected return per hour; not null, not negative
   * @param hourValue what one more hour of its salespeople's time earns, not negative; empty when
   *     no salesperson may serve it; not null
   * @throws IllegalArgumentException if hours are negative or finer than a tenth, the hours lie
   *     outside floor to useful hours, an unserved account has hours, an amount is negative, or the
   *     currencies differ (DOMAIN D11.6)
   */
  public AccountHours {
    Objects.requireNonNull(hours, "hours");
    Objects.requireNonNull(floorHours, "floorHours");
    Objects.requireNonNull(usefulHours, "usefulHours");
    Objects.requireNonNull(customer, "customer");
    hours = Hours.of(hours, "the hours of " + customer);
    floorHours = Hours.of(floorHours, "the floor of " + customer);
    usefulHours = Hours.of(usefulHours, "the useful hours of " + customer);
    Objects.requireNonNull(returnPerHour, "returnPerHour");
    Objects.requireNonNull(hourValue, "hourValue");
    checkArgument(
        floorHours.compareTo(hours) <= 0 && hours.compareTo(usefulHours) <= 0,
        "%s gets from its floor %s h to its useful %s h (DOMAIN D11.6), not %s h",
        customer,
        floorHours,
        usefulHours,
        hours);
    checkArgument(
        hourValue.isPresent() || hours.signum() == 0,
        "%s, which no salesperson may serve, gets no hours (DOMAIN D11.6), not %s h",
        customer,
        hours);
    Money value = hourValue.orElse(returnPerHour.withAmount(BigDecimal.ZERO));
    checkArgument(
        !returnPerHour.isNegative() && !value.isNegative(),
        "the return per hour of %s and the value of an hour are never negative (DOMAIN D11.6)",
        customer);
    checkArgument(
        returnPerHour.getCurrencyUnit().equals(value.getCurrencyUnit()),
        "the return per hour of %s and the value of an hour are in one currency (DOMAIN D11.6):"
            + " %s, %s",
        customer,
        returnPerHour,
        value);
  }

  /** {@return why the account got its hours, from where they lie between floor and useful hours} */
  public HoursReason reason() {
    if (hourValue.isEmpty()) {
      return HoursReason.UNSERVED;
    }
    if (floorHours.compareTo(usefulHours) == 0) {
      return HoursReason.FIXED;
    }
    if (hours.compareTo(floorHours) == 0) {
      return HoursReason.AT_FLOOR;
    }
    if (hours.compareTo(usefulHours) == 0) {
      return HoursReason.AT_SATURATION;
    }
    return HoursReason.MARGINAL;
  }

  /** {@return the expected return of its hours: return per hour × hours, rounded half-even} */
  public Money expectedReturn() {
    return returnPerHour.multipliedBy(hours, RoundingMode.HALF_EVEN);
  }

  /** {@return why it got its hours, in words, e.g. "C-1 gets its floor of 8.0 h only: ..."} */
  public String explanation() {
    String perHour = Figures.money(returnPerHour) + " an hour";
    String value = hourValue.map(Figures::money).orElse("");
    return switch (reason()) {
      case UNSERVED ->
          customer
              + " gets no hours: no salesperson may serve it (its "
              + perHour
              + " goes unearned)";
      case FIXED ->
          customer
              + " gets "
              + Hours.text(hours)
              + ": its floor is all the hours it can use ("
              + perHour
              + ")";
      case AT_FLOOR ->
          customer
              + " gets its floor of "
              + Hours.text(hours)
              + " only: its "
              + perHour
              + " is no more than the "
              + value
              + " one more hour of its salespeople earns";
      case MARGINAL ->
          customer
              + " gets "
              + Hours.text(hours)
              + ", between its floor of "
              + Hours.text(floorHours)
              + " and its "
              + Hours.text(usefulHours)
              + " useful hours: it is the marginal account, and its "
              + perHour
              + " is what one more hour of its salespeople earns ("
              + value
              + ")";
      case AT_SATURATION ->
          customer
              + " gets all its "
              + Hours.text(hours)
              + " useful hours: its "
              + perHour
              + " is at least the "
              + value
              + " one more hour of its salespeople earns";
    };
  }
}
