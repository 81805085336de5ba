package org.leadtocash.domain.customer;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;
import org.joda.money.Money;
import org.leadtocash.domain.common.CustomerId;

/**
 * A customer and its value, as the {@link ValuePyramid} ranks it (DOMAIN D6.4).
 *
 * <p>Which value is the host's choice: D6.4 ranks customers by their current <em>or potential</em>
 * economic value, so pass a {@link CustomerTotalValue#total() total value} or the larger of the
 * current and long-term value; ranking by current revenue alone would read no business as no value
 * (D6.2).
 *
 * @param customer the customer; not null
 * @param value its value; not null, not negative (rank a loss-making customer at zero)
 */
public record CustomerValue(CustomerId customer, Money value) {

  /**
   * Checks the parts.
   *
   * @param customer the customer; not null
   * @param value its value; not null, not negative (rank a loss-making customer at zero)
   * @throws IllegalArgumentException if the value is negative
   */
  public CustomerValue {
    Objects.requireNonNull(customer, "customer");
    Objects.requireNonNull(value, "value");
    checkArgument(
        !value.isNegative(),
        "the value pyramid ranks what a customer brings, which is not negative: %s has %s; rank"
            + " a loss-making customer at zero (DOMAIN D6.4)",
        customer,
        value);
  }

  /**
   * Returns the customer with its value.
   *
   * @param customer the customer; not null
   * @param value its value; not null, not negative
   * @return the pair, never null
   */
  public static CustomerValue of(CustomerId customer, Money value) {
    return new CustomerValue(customer, value);
  }

  /**
   * Returns the customer with its economic value: the larger of its current and long-term value
   * (D6.4), so that a customer we do no business with yet is ranked by its potential (D6.2).
   *
   * @param customer the customer; not null
   * @param assessment its value assessment (D6.3); not null
   * @return the pair, never null
   * @throws IllegalArgumentException if both values are negative
   */
  public static CustomerValue of(CustomerId customer, ValueAssessment assessment) {
    Objects.requireNonNull(assessment, "assessment");
    return new CustomerValue(customer, assessment.economicValue());
  }

  /**
   * Returns a customer with the economic value of its latest value assessment (D6.3, second grading
   * step): the larger of its current and long-term value.
   *
   * @param customer the customer; not null, its value identified
   * @return the pair, never null
   * @throws IllegalArgumentException if the customer's value has not been identified, or both its
   *     values are negative
   */
  public static CustomerValue of(Customer customer) {
    Objects.requireNonNull(customer, "customer");
    ValueAssessment assessment =
        customer
            .value()
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "customer "
                            + customer.id()
                            + " has no identified value to rank it by (DOMAIN D6.3)"));
    return of(customer.id(), assessment);
  }

  /** {@return e.g. {@code CU-1 CNY 100.00}} */
  @Override
  public String toString() {
    return customer + " " + value;
  }
}
