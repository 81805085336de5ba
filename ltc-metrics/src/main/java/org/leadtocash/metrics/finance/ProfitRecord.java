package org.leadtocash.metrics.finance;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * One booking of revenue and cost, with the operating units it is accounted in (DOMAIN D9.6): at
 * most one unit of each {@link UnitKind}, e.g. the customer, the product, the project and the
 * region of a delivered order. The host's accounting supplies these records; because one record
 * names all its units, {@link Profit} computes profit by customer, by product, by project or by
 * region from the same records, and every view adds up to the same total. A record may leave a kind
 * out — a regional overhead cost has no customer — and then counts as unassigned in that view.
 *
 * @param units the units the booking is accounted in, at most one per kind; not null
 * @param revenue the revenue booked; not null, not negative
 * @param cost the cost booked; not null, not negative, in the currency of {@code revenue}
 * @param bookedOn the day it is booked; not null
 */
public record ProfitRecord(
    Set<OperatingUnit> units, Money revenue, Money cost, LocalDate bookedOn) {

  /**
   * Checks the parts and copies the units.
   *
   * @param units the units the booking is accounted in, at most one per kind; not null
   * @param revenue the revenue booked; not null, not negative
   * @param cost the cost booked; not null, not negative, in the currency of {@code revenue}
   * @param bookedOn the day it is booked; not null
   * @throws IllegalArgumentException if two units are of one kind, an amount is negative or the
   *     currencies differ
   */
  public ProfitRecord {
    Objects.requireNonNull(units, "units");
    units = ImmutableSet.copyOf(units);
    Objects.requireNonNull(revenue, "revenue");
    Objects.requireNonNull(cost, "cost");
    Objects.requireNonNull(bookedOn, "bookedOn");
    Set<UnitKind> kinds = EnumSet.noneOf(UnitKind.class);
    for (OperatingUnit unit : units) {
      checkArgument(
          kinds.add(unit.kind()),
          "a profit record names at most one %s unit, not %s (DOMAIN D9.6)",
          unit.kind(),
          units);
    }
    checkArgument(
        revenue.isSameCurrency(cost),
        "a profit record's revenue in %s and cost in %s are not mixed (DESIGN §2)",
        revenue.getCurrencyUnit(),
        cost.getCurrencyUnit());
    checkArgument(!revenue.isNegative(), "revenue is not negative: %s", revenue);
    checkArgument(!cost.isNegative(), "cost is not negative: %s", cost);
  }

  /**
   * Returns a record.
   *
   * @param bookedOn the day it is booked; not null
   * @param revenue the revenue; not null, not negative
   * @param cost the cost; not null, not negative, same currency
   * @param units the units it is accounted in, at most one per kind; not null
   * @return the record, never null
   * @throws IllegalArgumentException as the constructor
   */
  public static ProfitRecord of(
      LocalDate bookedOn, Money revenue, Money cost, OperatingUnit... units) {
    Objects.requireNonNull(units, "units");
    return new ProfitRecord(ImmutableSet.copyOf(units), revenue, cost, bookedOn);
  }

  /** {@return the currency of the amounts; never null} */
  public CurrencyUnit currency() {
    return revenue.getCurrencyUnit();
  }

  /** {@return revenue minus cost; never null, negative for a loss} */
  public Money profit() {
    return revenue.minus(cost);
  }

  /**
   * Returns the unit of a kind the record is accounted in.
   *
   * @param kind the kind; not null
   * @return the unit, or empty if the record names none of that kind; never null
   */
  public Optional<OperatingUnit> unit(UnitKind kind) {
    Objects.requireNonNull(kind, "kind");
    return units.stream().filter(u -> u.kind() == kind).findFirst();
  }
}
