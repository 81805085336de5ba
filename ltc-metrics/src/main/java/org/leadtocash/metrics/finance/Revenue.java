package org.leadtocash.metrics.finance;

import java.util.Objects;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.leadtocash.domain.common.KpiId;
import org.leadtocash.domain.contract.Contract;
import org.leadtocash.domain.contract.Invoice;
import org.leadtocash.metrics.EmptyPopulation;
import org.leadtocash.metrics.Kpi;
import org.leadtocash.metrics.KpiDefinition;
import org.leadtocash.metrics.KpiUnit;
import org.leadtocash.metrics.MoneyTotal;
import org.leadtocash.metrics.ReportingPeriod;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Revenue (收入, DOMAIN D12, D5.3), as the library can see it: the amount invoiced in the period —
 * the sum of the amounts of the invoices issued on a day of the period, over every contract.
 *
 * <p>Revenue recognition proper (when delivery and acceptance let revenue be booked, and how much)
 * is the host's accounting, which this library does not model. Invoicing is the library's proxy: an
 * invoice is issued against a payment milestone whose trigger — signature, delivery or acceptance —
 * has happened (D5.3), so invoiced revenue follows the same events that revenue recognition
 * follows, and it never exceeds the contract value. A host with booked revenue figures may feed
 * them to {@link Profit} instead. Nothing invoiced is zero.
 *
 * <p>Every contract must be in the KPI's currency, even one with no invoice in the period (DESIGN
 * §2).
 *
 * <p>At-least-once delivery (DOMAIN D12): this KPI counts every contract state it is given, so the
 * same contract delivered twice, or an older version after a newer one, counts twice; a host whose
 * delivery may repeat counts through {@link org.leadtocash.metrics.OncePerFact#of
 * OncePerFact.of(kpi)}, which counts each contract once, at its latest version.
 */
public final class Revenue implements Kpi<Contract, MoneyTotal, Money> {

  /** The KPI's id. */
  public static final KpiId ID = KpiId.of("revenue");

  /** Logs at DEBUG each record left out of the population, and why. */
  private static final Logger LOG = LoggerFactory.getLogger(Revenue.class);

  private final ReportingPeriod period;
  private final CurrencyUnit currency;
  private final KpiDefinition definition;

  private Revenue(ReportingPeriod period, CurrencyUnit currency) {
    this.period = period;
    this.currency = currency;
    this.definition = definition("the invoice's issue date falls in " + period.dates());
  }

  /**
   * Returns the KPI for a period, in a currency.
   *
   * @param period the period of the issue dates; not null
   * @param currency the currency of the contracts; not null
   * @return the KPI, never null
   */
  public static Revenue in(ReportingPeriod period, CurrencyUnit currency) {
    return new Revenue(
        Objects.requireNonNull(period, "period"), Objects.requireNonNull(currency, "currency"));
  }

  /** {@return the definition, with how its period is set} */
  static KpiDefinition definition(String period) {
    return new KpiDefinition(
        ID,
        "revenue (invoiced)",
        KpiUnit.MONEY,
        "invoices issued in the period, over every contract",
        period,
        EmptyPopulation.ZERO,
        "sum of the amounts of the invoices issued in the period; invoicing is the library's"
            + " proxy for revenue, whose recognition is the host's accounting",
        "D12");
  }

  @Override
  public KpiDefinition definition() {
    return definition;
  }

  @Override
  public MoneyTotal empty() {
    return MoneyTotal.zero(currency);
  }

  /**
   * {@inheritDoc}
   *
   * @throws IllegalArgumentException if the contract is in another currency
   */
  @Override
  public MoneyTotal add(MoneyTotal accumulator, Contract contract) {
    Objects.requireNonNull(accumulator, "accumulator");
    Currencies.check(contract, currency, "revenue");
    if (contract.invoices().isEmpty()) {
      LOG.debug("revenue: {} left out: no invoice", contract.id());
    }
    MoneyTotal total = accumulator;
    for (Invoice invoice : contract.invoices()) {
      if (period.contains(invoice.issuedOn())) {
        total = total.plus(invoice.amount());
      } else if (LOG.isDebugEnabled()) {
        LOG.debug(
            "revenue: {} of {} left out: issued on {}, outside {}",
            invoice.id(),
            contract.id(),
            invoice.issuedOn(),
            period.dates());
      }
    }
    return total;
  }

  @Override
  public MoneyTotal merge(MoneyTotal left, MoneyTotal right) {
    Objects.requireNonNull(left, "left");
    Objects.requireNonNull(right, "right");
    return left.plus(right);
  }

  @Override
  public Money result(MoneyTotal accumulator) {
    Objects.requireNonNull(accumulator, "accumulator");
    return accumulator.total();
  }
}
