package org.leadtocash.domain.team;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;
import org.joda.money.Money;

/**
 * What a customer buys from us, as a {@link CoveragePolicy} weighs it (DOMAIN D4.6): how much a
 * year, and how often they come back.
 *
 * @param annualPurchases what the customer buys from us in a year; not null, not negative
 * @param repeatPurchases how many times the customer has bought again; not negative
 */
public record CustomerFootprint(Money annualPurchases, int repeatPurchases) {

  /**
   * Checks the parts.
   *
   * @param annualPurchases what the customer buys from us in a year; not null, not negative
   * @param repeatPurchases how many times the customer has bought again; not negative
   * @throws IllegalArgumentException if the purchases or the count are negative
   */
  public CustomerFootprint {
    Objects.requireNonNull(annualPurchases, "annualPurchases");
    checkArgument(
        !annualPurchases.isNegative(),
        "a customer's annual purchases are not negative: %s (DOMAIN D4.6)",
        annualPurchases);
    checkArgument(
        repeatPurchases >= 0,
        "a count of repeat purchases is not negative: %s (DOMAIN D4.6)",
        repeatPurchases);
  }

  /**
   * Returns the footprint of a customer.
   *
   * @param annualPurchases what the customer buys from us in a year; not null, not negative
   * @param repeatPurchases how many times the customer has bought again; not negative
   * @return the footprint, never null
   */
  public static CustomerFootprint of(Money annualPurchases, int repeatPurchases) {
    return new CustomerFootprint(annualPurchases, repeatPurchases);
  }
}
