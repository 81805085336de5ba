package org.leadtocash.domain.customer;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * What serving a customer cost over a period (DOMAIN D6.5): cost of sales, of service, and of
 * maintaining the relationship. They are subtracted from its profit contribution in its {@link
 * CustomerTotalValue}.
 *
 * @param sales cost of sales; not null, not negative
 * @param service cost of service; not null, not negative, in the currency of {@code sales}
 * @param relationshipMaintenance cost of maintaining the relationship; not null, not negative, in
 *     the currency of {@code sales}
 */
public record ServingCosts(Money sales, Money service, Money relationshipMaintenance) {

  /**
   * Checks the parts.
   *
   * @param sales cost of sales; not null, not negative
   * @param service cost of service; not null, not negative, in the currency of {@code sales}
   * @param relationshipMaintenance cost of maintaining the relationship; not null, not negative, in
   *     the currency of {@code sales}
   * @throws IllegalArgumentException if a cost is negative or the costs are in different currencies
   */
  public ServingCosts {
    Objects.requireNonNull(sales, "sales");
    Objects.requireNonNull(service, "service");
    Objects.requireNonNull(relationshipMaintenance, "relationshipMaintenance");
    for (Money cost : new Money[] {sales, service, relationshipMaintenance}) {
      checkArgument(!cost.isNegative(), "a cost is not negative: %s", cost);
      checkArgument(
          cost.getCurrencyUnit().equals(sales.getCurrencyUnit()),
          "serving costs are in one currency: %s is not in %s; convert first (DOMAIN D6.5)",
          cost,
          sales.getCurrencyUnit());
    }
  }

  /**
   * Returns the costs.
   *
   * @param sales cost of sales; not null, not negative
   * @param service cost of service; not null, not negative
   * @param relationshipMaintenance cost of relationship maintenance; not null, not negative
   * @return the costs, never null
   */
  public static ServingCosts of(Money sales, Money service, Money relationshipMaintenance) {
    return new ServingCosts(sales, service, relationshipMaintenance);
  }

  /**
   * Returns no costs in a currency.
   *
   * @param currency the currency; not null
   * @return zero costs, never null
   */
  public static ServingCosts none(CurrencyUnit currency) {
    Objects.requireNonNull(currency, "currency");
    Money zero = Money.zero(currency);
    return new ServingCosts(zero, zero, zero);
  }

  /** {@return the currency of the costs; never null} */
  public CurrencyUnit currency() {
    return sales.getCurrencyUnit();
  }

  /** {@return the three costs together; never null} */
  public Money total() {
    return sales.plus(service).plus(relationshipMaintenance);
  }
}
