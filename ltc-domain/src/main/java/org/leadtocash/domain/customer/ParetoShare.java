package org.leadtocash.domain.customer;

import java.util.Objects;
import org.leadtocash.domain.common.Rate;

/**
 * The actual Pareto share of a portfolio (DOMAIN D6.4): the share of the value that its
 * lowest-ranked 80% of customers bring, where the sources say that typically 80% of customers bring
 * about 20% of sales or profit.
 *
 * @param customerShare the lowest-ranked customers counted, out of all customers: 80% rounded down,
 *     e.g. {@code 4/6}; not null
 * @param valueShare the value they bring, out of the total value; {@code 0/0} when the total is
 *     zero; not null
 */
public record ParetoShare(Rate customerShare, Rate valueShare) {

  /**
   * Checks that no part is null.
   *
   * @param customerShare the lowest-ranked customers counted, out of all customers: 80% rounded
   *     down, e.g. {@code 4/6}; not null
   * @param valueShare the value they bring, out of the total value; {@code 0/0} when the total is
   *     zero; not null
   */
  public ParetoShare {
    Objects.requireNonNull(customerShare, "customerShare");
    Objects.requireNonNull(valueShare, "valueShare");
  }

  /** {@return e.g. {@code the lowest-ranked 4 of 6 customers (66.7%) bring 9.1% of the value}} */
  @Override
  public String toString() {
    return "the lowest-ranked "
        + customerShare.numerator().toPlainString()
        + " of "
        + customerShare.denominator().toPlainString()
        + " customers ("
        + ValuePyramid.percent(customerShare)
        + ") bring "
        + ValuePyramid.percent(valueShare)
        + " of the value";
  }
}
