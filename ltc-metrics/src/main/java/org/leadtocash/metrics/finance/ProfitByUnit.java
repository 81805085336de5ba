package org.leadtocash.metrics.finance;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * Profit by operating unit of one kind (DOMAIN D9.6): each unit's revenue minus cost, and the
 * profit of the records that name no unit of this kind. The units are kept most profitable first
 * (ties by code), the order in which obtain-share (获取分享制) gives them a larger share.
 *
 * @param kind the kind of unit; not null
 * @param currency the currency of every amount; not null
 * @param byUnit the profit of each unit, negative for a loss; not null, every unit of {@code kind},
 *     every amount in {@code currency}
 * @param unassigned the profit of the records naming no unit of {@code kind}; not null, in {@code
 *     currency}
 */
public record ProfitByUnit(
    UnitKind kind, CurrencyUnit currency, Map<OperatingUnit, Money> byUnit, Money unassigned) {

  /** Most profitable first, then by code. */
  private static final Comparator<Map.Entry<OperatingUnit, Money>> RANKING =
      Map.Entry.<OperatingUnit, Money>comparingByValue()
          .reversed()
          .thenComparing(e -> e.getKey().code());

  /**
   * Checks the parts and orders the units, most profitable first.
   *
   * @param kind the kind of unit; not null
   * @param currency the currency of every amount; not null
   * @param byUnit the profit of each unit, negative for a loss; not null, every unit of {@code
   *     kind}, every amount in {@code currency}
   * @param unassigned the profit of the records naming no unit of {@code kind}; not null, in {@code
   *     currency}
   * @throws IllegalArgumentException if a unit is of another kind or an amount in another currency
   */
  public ProfitByUnit {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(byUnit, "byUnit");
    Objects.requireNonNull(unassigned, "unassigned");
    checkArgument(
        unassigned.getCurrencyUnit().equals(currency),
        "unassigned profit is in %s, not %s (DESIGN §2)",
        unassigned.getCurrencyUnit(),
        currency);
    for (Map.Entry<OperatingUnit, Money> entry : byUnit.entrySet()) {
      checkArgument(
          entry.getKey().kind() == kind,
          "profit by %s lists %s, a unit of another kind",
          kind,
          entry.getKey());
      checkArgument(
          entry.getValue().getCurrencyUnit().equals(currency),
          "the profit of %s is in %s, not %s (DESIGN §2)",
          entry.getKey(),
          entry.getValue().getCurrencyUnit(),
          currency);
    }
    byUnit =
        byUnit.entrySet().stream()
            .sorted(RANKING)
            .collect(ImmutableMap.toImmutableMap(Map.Entry::getKey, Map.Entry::getValue));
  }

  /**
   * Returns a unit's profit.
   *
   * @param unit the unit; not null
   * @return its profit, zero if no record names it; never null
   */
  public Money profitOf(OperatingUnit unit) {
    Objects.requireNonNull(unit, "unit");
    Money profit = byUnit.get(unit);
    return profit == null ? Money.zero(currency) : profit;
  }

  /** {@return the units, most profitable first; never null} */
  public List<OperatingUnit> ranking() {
    return ImmutableList.copyOf(byUnit.keySet());
  }

  /**
   * {@return the profit of every record: the units' and the unassigned; the same for every kind of
   * unit over the same records} Never null.
   */
  public Money total() {
    return byUnit.values().stream().reduce(unassigned, Money::plus);
  }
}
