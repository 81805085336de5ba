package org.leadtocash.domain.customer;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;
import org.joda.money.Money;
import org.leadtocash.domain.common.Figures;
import org.leadtocash.domain.common.Rate;

/**
 * One tier of a {@link ValuePyramid}: how many customers it holds and what share of all customers
 * that is, and how much value they bring and what share of the total value that is (DOMAIN D6.4).
 *
 * @param tier the tier; not null
 * @param customers how many customers it holds, not negative
 * @param customerShare its customers out of all customers; not null
 * @param value the value its customers bring together; not null, not negative
 * @param valueShare its value out of the total value; {@code 0/0} when the total is zero; not null
 */
public record TierSummary(
    ValueTier tier, int customers, Rate customerShare, Money value, Rate valueShare) {

  /**
   * Checks the parts.
   *
   * @param tier the tier; not null
   * @param customers how many customers it holds, not negative
   * @param customerShare its customers out of all customers; not null
   * @param value the value its customers bring together; not null, not negative
   * @param valueShare its value out of the total value; {@code 0/0} when the total is zero; not
   *     null
   * @throws IllegalArgumentException if the count or the value is negative
   */
  public TierSummary {
    Objects.requireNonNull(tier, "tier");
    Objects.requireNonNull(customerShare, "customerShare");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(valueShare, "valueShare");
    checkArgument(customers >= 0, "a count of customers is not negative: %s", customers);
    checkArgument(!value.isNegative(), "a tier's value is not negative: %s", value);
  }

  /**
   * {@return e.g. {@code key tier: 1 of 6 customers (16.7%) bring CNY 5,000,000.00 (71.4% of the
   * value)}}
   */
  @Override
  public String toString() {
    return tier.label()
        + " tier: "
        + customers
        + " of "
        + customerShare.denominator().toPlainString()
        + " customers ("
        + ValuePyramid.percent(customerShare)
        + ") bring "
        + Figures.money(value)
        + " ("
        + ValuePyramid.percent(valueShare)
        + " of the value)";
  }
}
