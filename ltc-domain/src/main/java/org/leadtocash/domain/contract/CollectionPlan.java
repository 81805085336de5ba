package org.leadtocash.domain.contract;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.leadtocash.domain.common.ContractId;

/**
 * The collection plan of a contract (DOMAIN D5.3): every amount still expected from the customer,
 * invoiced or not, with its expected date, in date order.
 *
 * @param contract the contract; not null
 * @param currency the contract's currency, in which every amount is; not null
 * @param inflows the expected inflows, in date order; not null
 */
public record CollectionPlan(
    ContractId contract, CurrencyUnit currency, List<ExpectedInflow> inflows) {

  /**
   * Checks the parts and copies the inflows.
   *
   * @param contract the contract; not null
   * @param currency the contract's currency, in which every amount is; not null
   * @param inflows the expected inflows, in date order; not null
   * @throws IllegalArgumentException if the inflows are out of date order or in another currency
   */
  public CollectionPlan {
    Objects.requireNonNull(inflows, "inflows");
    Objects.requireNonNull(contract, "contract");
    Objects.requireNonNull(currency, "currency");
    inflows = ImmutableList.copyOf(inflows);
    for (int i = 0; i < inflows.size(); i++) {
      ExpectedInflow inflow = inflows.get(i);
      checkArgument(
          inflow.amount().getCurrencyUnit().equals(currency),
          "an expected inflow is in %s, not the plan's %s",
          inflow.amount().getCurrencyUnit(),
          currency);
      checkArgument(
          i == 0 || !inflow.expectedOn().isBefore(inflows.get(i - 1).expectedOn()),
          "a collection plan lists its inflows in date order");
    }
  }

  /** {@return the total still expected; never null} */
  public Money total() {
    return inflows.stream().map(ExpectedInflow::amount).reduce(Money.zero(currency), Money::plus);
  }

  /**
   * Returns the total expected on or before a date.
   *
   * @param date the date; not null
   * @return the amount expected by then; never null
   */
  public Money expectedBy(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return inflows.stream()
        .filter(i -> !i.expectedOn().isAfter(date))
        .map(ExpectedInflow::amount)
        .reduce(Money.zero(currency), Money::plus);
  }
}
