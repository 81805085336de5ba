package org.leadtocash.metrics.customer;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import org.leadtocash.domain.common.Rate;

/**
 * The value concentration of a portfolio (DOMAIN D12, D6.4): how many customers make its top 20%
 * and what share of the value they bring — where the sources say that typically 20% of the
 * customers bring about 80% of the value.
 *
 * @param customerShare the top customers out of all customers, e.g. {@code 2/10}; {@link
 *     Rate#NO_DATA} when there is no customer; not null
 * @param valueShare the top customers' value out of the total value; {@link Rate#NO_DATA} when
 *     there is no customer or the total value is zero; not null
 */
public record Concentration(Rate customerShare, Rate valueShare) {

  /** The concentration of no customer: no data. */
  public static final Concentration NO_DATA = new Concentration(Rate.NO_DATA, Rate.NO_DATA);

  /**
   * Checks that no part is null.
   *
   * @param customerShare the top customers out of all customers, e.g. {@code 2/10}; {@link
   *     Rate#NO_DATA} when there is no customer; not null
   * @param valueShare the top customers' value out of the total value; {@link Rate#NO_DATA} when
   *     there is no customer or the total value is zero; not null
   */
  public Concentration {
    Objects.requireNonNull(customerShare, "customerShare");
    Objects.requireNonNull(valueShare, "valueShare");
  }

  /** {@return e.g. {@code the top 2 of 10 customers (20%) bring 75% of the value}} */
  @Override
  public String toString() {
    if (!customerShare.isDefined()) {
      return "no customers";
    }
    return "the top "
        + customerShare.numerator().toPlainString()
        + " of "
        + customerShare.denominator().toPlainString()
        + " customers ("
        + percent(customerShare)
        + ") bring "
        + percent(valueShare)
        + " of the value";
  }

  static String percent(Rate rate) {
    return rate.value()
        .map(v -> v.multiply(BigDecimal.valueOf(100)).setScale(0, RoundingMode.HALF_EVEN) + "%")
        .orElse("no data");
  }
}
