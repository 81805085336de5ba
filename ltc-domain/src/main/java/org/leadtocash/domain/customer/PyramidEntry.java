package org.leadtocash.domain.customer;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;
import org.joda.money.Money;
import org.leadtocash.domain.common.CustomerId;
import org.leadtocash.domain.common.Figures;

/**
 * One customer's place in a {@link ValuePyramid} (DOMAIN D6.4).
 *
 * @param rank its rank by value, 1 for the most valuable
 * @param customer the customer; not null
 * @param value its value; not null, not negative
 * @param tier its tier; not null
 */
public record PyramidEntry(int rank, CustomerId customer, Money value, ValueTier tier) {

  /**
   * Checks the parts.
   *
   * @param rank its rank by value, 1 for the most valuable
   * @param customer the customer; not null
   * @param value its value; not null, not negative
   * @param tier its tier; not null
   * @throws IllegalArgumentException if the rank is below 1 or the value negative
   */
  public PyramidEntry {
    Objects.requireNonNull(customer, "customer");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(tier, "tier");
    checkArgument(rank >= 1, "a rank starts at 1, not %s", rank);
    checkArgument(!value.isNegative(), "a ranked value is not negative: %s", value);
  }

  /** {@return e.g. {@code 1. CU-3 CNY 5,000,000.00, key tier}} */
  @Override
  public String toString() {
    return rank + ". " + customer + " " + Figures.money(value) + ", " + tier.label() + " tier";
  }
}
