package org.leadtocash.metrics.finance;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.util.Objects;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.leadtocash.domain.common.KpiId;
import org.leadtocash.domain.common.Rate;
import org.leadtocash.domain.contract.Contract;
import org.leadtocash.domain.contract.Invoice;
import org.leadtocash.metrics.EmptyPopulation;
import org.leadtocash.metrics.Kpi;
import org.leadtocash.metrics.KpiDefinition;
import org.leadtocash.metrics.KpiUnit;
import org.leadtocash.metrics.ReportingPeriod;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Collection rate (回款率, DOMAIN D12, D5.3): of the money that fell due in the period, the share
 * collected by a date.
 *
 * <p>Exactly: the population is every invoice, of every contract, that falls due on a day of the
 * period and was issued on or before the as-of date; the rate is the sum of what was received
 * against those invoices on or before the as-of date over the sum of their amounts — a rate of
 * money amounts, not of invoices, so a large invoice weighs more than a small one. Collected never
 * exceeds invoiced (D5.3), so the rate is in [0, 1]; it only grows as the as-of date moves on. An
 * invoice not yet confirmed by the customer cannot be paid and counts as uncollected. No invoice
 * due in the period is "no data".
 *
 * <p>The as-of date is usually the last day of the period ({@link #in(ReportingPeriod,
 * CurrencyUnit)}); a later one measures how much of the period's money came in late. Every contract
 * must be in the KPI's currency (DESIGN §2).
 *
 * <p>At-least-once delivery (DOMAIN D12): this KPI counts every contract state it is given, so the
 * same contract delivered twice, or an older version after a newer one, counts twice; a host whose
 * delivery may repeat counts through {@link org.leadtocash.metrics.OncePerFact#of
 * OncePerFact.of(kpi)}, which counts each contract once, at its latest version.
 */
public final class CollectionRate implements Kpi<Contract, MoneyTally, Rate> {

  /** The KPI's id. */
  public static final KpiId ID = KpiId.of("collection-rate");

  /** Logs at DEBUG each record left out of the population, and why. */
  private static final Logger LOG = LoggerFactory.getLogger(CollectionRate.class);

  private final ReportingPeriod period;
  private final LocalDate asOf;
  private final CurrencyUnit currency;
  private final KpiDefinition definition;

  private CollectionRate(ReportingPeriod period, LocalDate asOf, CurrencyUnit currency) {
    this.period = period;
    this.asOf = asOf;
    this.currency = currency;
    this.definition =
        definition("the invoice's due date falls in " + period.dates() + "; collected by " + asOf);
  }

  /**
   * Returns the KPI for the invoices due in a period, collected by its last day.
   *
   * @param period the period of the due dates; not null, with an end
   * @param currency the currency of the contracts; not null
   * @return the KPI, never null
   * @throws IllegalArgumentException if the period has no end
   */
  public static CollectionRate in(ReportingPeriod period, CurrencyUnit currency) {
    Objects.requireNonNull(period, "period");
    checkArgument(
        !period.dates().isUnboundedEnd(),
        "a collection rate collected by the end of %s needs a period with an end",
        period);
    return in(period, period.dates().getEndInclusive(), currency);
  }

  /**
   * Returns the KPI for the invoices due in a period, collected by a date.
   *
   * @param period the period of the due dates; not null
   * @param asOf the last day a payment counts, and an invoice is known; not null
   * @param currency the currency of the contracts; not null
   * @return the KPI, never null
   */
  public static CollectionRate in(ReportingPeriod period, LocalDate asOf, CurrencyUnit currency) {
    return new CollectionRate(
        Objects.requireNonNull(period, "period"),
        Objects.requireNonNull(asOf, "asOf"),
        Objects.requireNonNull(currency, "currency"));
  }

  /** {@return the definition, with how its period is set} */
  static KpiDefinition definition(String period) {
    return new KpiDefinition(
        ID,
        "collection rate",
        KpiUnit.RATE,
        "invoices falling due in the period, issued by the as-of date, over every contract",
        period,
        EmptyPopulation.NO_DATA,
        "amount received against them by the as-of date / their invoiced amount",
        "D12");
  }

  @Override
  public KpiDefinition definition() {
    return definition;
  }

  @Override
  public MoneyTally empty() {
    return MoneyTally.zero(currency);
  }

  /**
   * {@inheritDoc}
   *
   * @throws IllegalArgumentException if the contract is in another currency
   */
  @Override
  public MoneyTally add(MoneyTally accumulator, Contract contract) {
    Objects.requireNonNull(accumulator, "accumulator");
    Currencies.check(contract, currency, "a collection rate");
    if (contract.invoices().isEmpty()) {
      LOG.debug("collection-rate: {} left out: no invoice", contract.id());
    }
    Money collected = Money.zero(currency);
    Money due = Money.zero(currency);
    for (Invoice invoice : contract.invoices()) {
      if (!period.contains(invoice.dueOn())) {
        if (LOG.isDebugEnabled()) {
          LOG.debug(
              "collection-rate: {} of {} left out: due on {}, outside {}",
              invoice.id(),
              contract.id(),
              invoice.dueOn(),
              period.dates());
        }
      } else if (invoice.issuedOn().isAfter(asOf)) {
        if (LOG.isDebugEnabled()) {
          LOG.debug(
              "collection-rate: {} of {} left out: issued on {}, after {}",
              invoice.id(),
              contract.id(),
              invoice.issuedOn(),
              asOf);
        }
      } else {
        collected = collected.plus(invoice.paidAsOf(asOf));
        due = due.plus(invoice.amount());
      }
    }
    return due.isZero() ? accumulator : accumulator.plus(new MoneyTally(collected, due));
  }

  @Override
  public MoneyTally merge(MoneyTally left, MoneyTally right) {
    Objects.requireNonNull(left, "left");
    Objects.requireNonNull(right, "right");
    return left.plus(right);
  }

  @Override
  public Rate result(MoneyTally accumulator) {
    Objects.requireNonNull(accumulator, "accumulator");
    return accumulator.rate();
  }
}
