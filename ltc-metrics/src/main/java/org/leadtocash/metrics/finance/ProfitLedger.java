package org.leadtocash.metrics.finance;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.jspecify.annotations.Nullable;
import org.leadtocash.metrics.KeyedSums;

/**
 * The accumulator of {@link Profit} (DOMAIN D9.6): the profit summed per operating unit of one
 * kind, and the profit of the records that name no unit of that kind. An immutable value, cheap to
 * add to however many units there are; {@link #plus} is associative and {@link #zero} its identity;
 * two ledgers are equal when their sums are.
 */
public final class ProfitLedger {

  private final UnitKind kind;
  private final KeyedSums<OperatingUnit, Money> byUnit;
  private final Money unassigned;

  private ProfitLedger(UnitKind kind, KeyedSums<OperatingUnit, Money> byUnit, Money unassigned) {
    this.kind = kind;
    this.byUnit = byUnit;
    this.unassigned = unassigned;
  }

  /**
   * Returns the ledger of no records.
   *
   * @param kind the kind of unit it groups by; not null
   * @param currency its currency; not null
   * @return the empty ledger, never null
   */
  public static ProfitLedger zero(UnitKind kind, CurrencyUnit currency) {
    return new ProfitLedger(
        Objects.requireNonNull(kind, "kind"),
        KeyedSums.empty(Money::plus),
        Money.zero(Objects.requireNonNull(currency, "currency")));
  }

  /** {@return the kind of unit the ledger groups by; never null} */
  public UnitKind kind() {
    return kind;
  }

  /** {@return the currency of every amount; never null} */
  public CurrencyUnit currency() {
    return unassigned.getCurrencyUnit();
  }

  /**
   * Books a record's profit to its unit of the ledger's kind, or as unassigned if it names none.
   *
   * @param record the record; not null, in the ledger's currency
   * @return the new ledger, never null
   * @throws IllegalArgumentException if the record is in another currency
   */
  public ProfitLedger plus(ProfitRecord record) {
    Objects.requireNonNull(record, "record");
    checkArgument(
        record.currency().equals(currency()),
        "profit in %s never adds a record in %s silently (DESIGN §2)",
        currency(),
        record.currency());
    Money profit = record.profit();
    return record
        .unit(kind)
        .map(unit -> new ProfitLedger(kind, byUnit.plus(unit, profit), unassigned))
        .orElseGet(() -> new ProfitLedger(kind, byUnit, unassigned.plus(profit)));
  }

  /**
   * Adds another ledger.
   *
   * @param other the other ledger; not null, of the same kind and currency
   * @return the sum, never null
   * @throws IllegalArgumentException if the kind or the currency differs
   */
  public ProfitLedger plus(ProfitLedger other) {
    Objects.requireNonNull(other, "other");
    checkArgument(other.kind == kind, "a ledger by %s is not added to one by %s", other.kind, kind);
    checkArgument(
        other.currency().equals(currency()),
        "profit in %s never adds %s silently (DESIGN §2)",
        currency(),
        other.currency());
    return new ProfitLedger(kind, byUnit.plus(other.byUnit), unassigned.plus(other.unassigned));
  }

  /** {@return the profit by unit, most profitable first; never null} */
  public ProfitByUnit profitByUnit() {
    return new ProfitByUnit(kind, currency(), byUnit.asMap(), unassigned);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof ProfitLedger that
        && kind == that.kind
        && unassigned.equals(that.unassigned)
        && byUnit.equals(that.byUnit);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, unassigned, byUnit);
  }

  @Override
  public String toString() {
    return "ProfitLedger[" + kind + " " + byUnit + ", unassigned " + unassigned + "]";
  }
}
