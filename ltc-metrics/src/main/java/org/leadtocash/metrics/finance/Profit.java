package org.leadtocash.metrics.finance;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;
import org.joda.money.CurrencyUnit;
import org.leadtocash.domain.common.KpiId;
import org.leadtocash.metrics.EmptyPopulation;
import org.leadtocash.metrics.Kpi;
import org.leadtocash.metrics.KpiDefinition;
import org.leadtocash.metrics.KpiUnit;
import org.leadtocash.metrics.ReportingPeriod;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Profit by operating unit (DOMAIN D12, D9.6): the revenue minus the cost booked in the period, per
 * unit of one {@link UnitKind} — customer, product, project or region.
 *
 * <p>Exactly: over the {@link ProfitRecord}s booked on a day of the period, each record's profit
 * (revenue − cost) is added to its unit of the chosen kind, or to the unassigned profit if it names
 * none; a unit's profit is negative when it loses money. Because every record names its units of
 * every kind, the same records give profit by any kind, and {@link ProfitByUnit#total()} is the
 * same for all of them. No record is an empty ranking and zero unassigned.
 *
 * <p>Records in another currency are refused (DESIGN §2).
 *
 * <p>At-least-once delivery (DOMAIN D12): a {@link ProfitRecord} has no id of its own: two equal
 * records may be two real bookings, so this KPI cannot tell a record delivered twice from two equal
 * facts, and counts every record it is given. The host delivers each of its profit records once
 * (deduplicating at its own source if its delivery may repeat).
 */
public final class Profit implements Kpi<ProfitRecord, ProfitLedger, ProfitByUnit> {

  /** The KPI's id. */
  public static final KpiId ID = KpiId.of("profit-by-unit");

  /** Logs at DEBUG each record left out of the population, and why. */
  private static final Logger LOG = LoggerFactory.getLogger(Profit.class);

  private final ReportingPeriod period;
  private final UnitKind kind;
  private final CurrencyUnit currency;
  private final KpiDefinition definition;

  private Profit(ReportingPeriod period, UnitKind kind, CurrencyUnit currency) {
    this.period = period;
    this.kind = kind;
    this.currency = currency;
    this.definition =
        definition("the record's booking date falls in " + period.dates() + "; by " + kind);
  }

  /**
   * Returns the KPI for a period, by a kind of unit, in a currency.
   *
   * @param period the period of the booking dates; not null
   * @param kind the kind of unit to group by; not null
   * @param currency the currency of the records; not null
   * @return the KPI, never null
   */
  public static Profit in(ReportingPeriod period, UnitKind kind, CurrencyUnit currency) {
    return new Profit(
        Objects.requireNonNull(period, "period"),
        Objects.requireNonNull(kind, "kind"),
        Objects.requireNonNull(currency, "currency"));
  }

  /** {@return the definition, with how its period is set} */
  static KpiDefinition definition(String period) {
    return new KpiDefinition(
        ID,
        "profit by operating unit",
        KpiUnit.BREAKDOWN,
        "profit records booked in the period",
        period,
        EmptyPopulation.ZERO,
        "per unit of the chosen kind (customer, product, project or region): sum of revenue - cost"
            + " of the records accounted in it; records naming no unit of the kind are unassigned",
        "D9.6");
  }

  @Override
  public KpiDefinition definition() {
    return definition;
  }

  @Override
  public ProfitLedger empty() {
    return ProfitLedger.zero(kind, currency);
  }

  /**
   * {@inheritDoc}
   *
   * @throws IllegalArgumentException if the record is in another currency
   */
  @Override
  public ProfitLedger add(ProfitLedger accumulator, ProfitRecord record) {
    Objects.requireNonNull(accumulator, "accumulator");
    Objects.requireNonNull(record, "record");
    checkArgument(
        record.currency().equals(currency),
        "profit in %s never adds a record in %s silently (DESIGN §2)",
        currency,
        record.currency());
    if (!period.contains(record.bookedOn())) {
      if (LOG.isDebugEnabled()) {
        LOG.debug(
            "profit-by-unit: record of {} booked on {} left out: outside {}",
            record.units(),
            record.bookedOn(),
            period.dates());
      }
      return accumulator;
    }
    return accumulator.plus(record);
  }

  @Override
  public ProfitLedger merge(ProfitLedger left, ProfitLedger right) {
    Objects.requireNonNull(left, "left");
    Objects.requireNonNull(right, "right");
    return left.plus(right);
  }

  @Override
  public ProfitByUnit result(ProfitLedger accumulator) {
    Objects.requireNonNull(accumulator, "accumulator");
    return accumulator.profitByUnit();
  }
}
