package org.leadtocash.metrics;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * The accumulator of a money KPI: a sum in one currency (DOMAIN D12; amounts in different
 * currencies are never added silently, DESIGN §2). An immutable value; {@link #plus} is associative
 * and {@link #zero} its identity.
 *
 * @param total the sum; not null
 */
public record MoneyTotal(Money total) {

  /**
   * Checks the sum.
   *
   * @param total the sum; not null
   */
  public MoneyTotal {
    Objects.requireNonNull(total, "total");
  }

  /**
   * Returns the empty sum in a currency.
   *
   * @param currency the currency; not null
   * @return zero in that currency
   */
  public static MoneyTotal zero(CurrencyUnit currency) {
    Objects.requireNonNull(currency, "currency");
    return new MoneyTotal(Money.zero(currency));
  }

  /**
   * Adds an amount.
   *
   * @param amount the amount; not null, in this total's currency
   * @return the new total, never null
   * @throws IllegalArgumentException if the currency differs
   */
  public MoneyTotal plus(Money amount) {
    Objects.requireNonNull(amount, "amount");
    checkArgument(
        amount.isSameCurrency(total),
        "a KPI in %s never adds %s silently (DESIGN §2)",
        total.getCurrencyUnit(),
        amount);
    return new MoneyTotal(total.plus(amount));
  }

  /**
   * Adds another total.
   *
   * @param other the other total; not null, in this total's currency
   * @return the new total, never null
   * @throws IllegalArgumentException if the currency differs
   */
  public MoneyTotal plus(MoneyTotal other) {
    Objects.requireNonNull(other, "other");
    return plus(other.total);
  }

  /**
   * Subtracts another total: takes out what was added before (DOMAIN D12; see {@code
   * SalesWatch.update}).
   *
   * @param other the total to take out; not null, in this total's currency
   * @return the new total, never null
   * @throws IllegalArgumentException if the currency differs
   */
  public MoneyTotal minus(MoneyTotal other) {
    Objects.requireNonNull(other, "other");
    checkArgument(
        other.total.isSameCurrency(total),
        "a KPI in %s never subtracts %s silently (DESIGN §2)",
        total.getCurrencyUnit(),
        other.total);
    return new MoneyTotal(total.minus(other.total));
  }
}
