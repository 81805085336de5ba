package org.leadtocash.metrics.customer;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.jspecify.annotations.Nullable;
import org.leadtocash.domain.common.CustomerId;
import org.leadtocash.domain.customer.CustomerTotalValue;
import org.leadtocash.domain.customer.CustomerValue;
import org.leadtocash.metrics.SumTree;

/**
 * The accumulator of the KPIs that rank customers by value (DOMAIN D12, D6.4): every customer's
 * value, in one currency, summed by customer id. Two records of the same customer — its quarters of
 * a year, or its value as two offices booked it — add up to one customer before anyone is ranked,
 * which is why "the top 20% of customers" can be merged at all.
 *
 * <p>An immutable value: {@link #plus(CustomerValues)} is associative and commutative, {@link
 * #zero(CurrencyUnit)} is its identity, and two accumulators with the same customers and values are
 * equal however they were built.
 *
 * <p><b>Cost.</b> Unlike a count or a sum, a ranking cannot be kept in constant space: the
 * accumulator holds one entry per distinct customer (not per record). It is a persistent tree, so
 * adding a record costs O(log n) for n customers and merging two parts of m ≤ n customers O(m
 * log(n/m + 1)), both expected, and a new version shares every untouched entry with the old one.
 * Ranking the customers in the result costs O(n log n) once.
 */
public final class CustomerValues {

  private static final Comparator<CustomerId> BY_ID = Comparator.comparing(CustomerId::value);

  private static final Comparator<CustomerValue> RANKING =
      Comparator.comparing((CustomerValue v) -> v.value().getAmount())
          .reversed()
          .thenComparing(v -> v.customer().value());

  private final CurrencyUnit currency;
  private final SumTree<CustomerId, BigDecimal> amounts;

  private CustomerValues(CurrencyUnit currency, SumTree<CustomerId, BigDecimal> amounts) {
    this.currency = currency;
    this.amounts = amounts;
  }

  /**
   * Returns the accumulator of no customer.
   *
   * @param currency the currency of every value; not null
   * @return the empty accumulator, never null
   */
  public static CustomerValues zero(CurrencyUnit currency) {
    return new CustomerValues(
        Objects.requireNonNull(currency, "currency"),
        SumTree.empty(BY_ID, id -> id.value().hashCode(), BigDecimal::add));
  }

  /** {@return the currency of every value; never null} */
  public CurrencyUnit currency() {
    return currency;
  }

  /** {@return how many distinct customers it holds} */
  public int customers() {
    return amounts.size();
  }

  /**
   * Adds a value to a customer's.
   *
   * @param customer the customer; not null
   * @param value the value; not null, in this accumulator's currency, may be negative
   * @return the new accumulator, never null
   * @throws IllegalArgumentException if the value is in another currency
   */
  public CustomerValues plus(CustomerId customer, Money value) {
    Objects.requireNonNull(customer, "customer");
    Objects.requireNonNull(value, "value");
    checkCurrency(value.getCurrencyUnit(), value);
    return new CustomerValues(currency, amounts.plus(customer, value.getAmount()));
  }

  /**
   * Adds a customer total value (D6.5): its {@link CustomerTotalValue#total() total} to its
   * customer's value.
   *
   * @param value the value; not null, in this accumulator's currency
   * @return the new accumulator, never null
   * @throws IllegalArgumentException if the value is in another currency
   */
  public CustomerValues plus(CustomerTotalValue value) {
    Objects.requireNonNull(value, "value");
    return plus(value.customer(), value.total());
  }

  /**
   * Merges another accumulator: a customer in both gets the sum of its values.
   *
   * @param other the other accumulator; not null, in this accumulator's currency
   * @return the merged accumulator, never null
   * @throws IllegalArgumentException if the other accumulator is in another currency
   */
  public CustomerValues plus(CustomerValues other) {
    Objects.requireNonNull(other, "other");
    checkCurrency(other.currency, other.currency);
    return new CustomerValues(currency, amounts.plus(other.amounts));
  }

  /**
   * Returns a customer's summed value.
   *
   * @param customer the customer; not null
   * @return its value, or empty if it holds no record of the customer; never null
   */
  public Optional<Money> value(CustomerId customer) {
    return amounts.value(Objects.requireNonNull(customer, "customer")).map(this::money);
  }

  /**
   * Returns every customer's summed value, which may be negative.
   *
   * @return an immutable map in customer-id order; never null
   */
  public Map<CustomerId, Money> values() {
    ImmutableMap.Builder<CustomerId, Money> values =
        ImmutableMap.builderWithExpectedSize(customers());
    amounts.forEach((customer, amount) -> values.put(customer, money(amount)));
    return values.buildOrThrow();
  }

  /**
   * Returns the customers ranked as the value pyramid ranks them (D6.4): highest value first, equal
   * values by customer id. A customer whose summed value is negative is ranked at zero, as D6.4
   * asks of a loss-making customer.
   *
   * @return an immutable list, one entry per customer; never null
   */
  public List<CustomerValue> ranking() {
    List<CustomerValue> ranked = new ArrayList<>(customers());
    Money zero = Money.zero(currency);
    amounts.forEach(
        (customer, amount) -> {
          Money value = money(amount);
          ranked.add(CustomerValue.of(customer, value.isNegative() ? zero : value));
        });
    ranked.sort(RANKING);
    return ImmutableList.copyOf(ranked);
  }

  /**
   * {@return whether the other object holds the same currency and the same customers with equal
   * values}
   */
  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof CustomerValues that
        && currency.equals(that.currency)
        && amounts.equals(that.amounts);
  }

  @Override
  public int hashCode() {
    return Objects.hash(currency, amounts);
  }

  /** {@return e.g. {@code 2 customers in CNY: {CU-1=CNY 100.00, CU-2=CNY -5.00}}} */
  @Override
  public String toString() {
    return customers()
        + (customers() == 1 ? " customer in " : " customers in ")
        + currency
        + ": "
        + values();
  }

  private Money money(BigDecimal amount) {
    return Money.of(currency, amount);
  }

  private void checkCurrency(CurrencyUnit other, Object amount) {
    checkArgument(
        currency.equals(other),
        "customer values in %s never add %s silently; convert it first (DESIGN §2, DOMAIN D6.4)",
        currency,
        amount);
  }
}
