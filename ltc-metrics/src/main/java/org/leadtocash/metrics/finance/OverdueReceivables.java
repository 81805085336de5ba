package org.leadtocash.metrics.finance;

import java.time.LocalDate;
import java.util.Objects;
import org.joda.money.CurrencyUnit;
import org.leadtocash.domain.common.KpiId;
import org.leadtocash.domain.contract.Contract;
import org.leadtocash.domain.contract.Invoice;
import org.leadtocash.metrics.EmptyPopulation;
import org.leadtocash.metrics.Kpi;
import org.leadtocash.metrics.KpiDefinition;
import org.leadtocash.metrics.KpiUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Overdue receivables and their ageing (DOMAIN D12, D5.3): at a date, the amount outstanding on
 * every contract, by {@link org.leadtocash.domain.contract.AgeingBucket ageing bucket}, and its
 * overdue total.
 *
 * <p>Exactly: for every contract, its {@link Contract#receivables(LocalDate) receivables} at the
 * date — every invoice issued by then, less what was received by then — each outstanding amount in
 * the bucket of its days past due; {@link ReceivablesAgeing#overdue()} is the sum of every bucket
 * but the current one. A snapshot, not a flow: the as-of date is its period. Nothing outstanding is
 * zero in every bucket. Every contract must be in the KPI's currency (DESIGN §2).
 *
 * <p>At-least-once delivery (DOMAIN D12): this KPI counts every contract state it is given, so the
 * same contract delivered twice, or an older version after a newer one, counts twice; a host whose
 * delivery may repeat counts through {@link org.leadtocash.metrics.OncePerFact#of
 * OncePerFact.of(kpi)}, which counts each contract once, at its latest version.
 */
public final class OverdueReceivables
    implements Kpi<Contract, ReceivablesAgeing, ReceivablesAgeing> {

  /** The KPI's id. */
  public static final KpiId ID = KpiId.of("overdue-receivables");

  /** Logs at DEBUG each record left out of the population, and why. */
  private static final Logger LOG = LoggerFactory.getLogger(OverdueReceivables.class);

  private final LocalDate asOf;
  private final CurrencyUnit currency;
  private final KpiDefinition definition;

  private OverdueReceivables(LocalDate asOf, CurrencyUnit currency) {
    this.asOf = asOf;
    this.currency = currency;
    this.definition = definition("a snapshot at " + asOf);
  }

  /**
   * Returns the KPI at a date, in a currency.
   *
   * @param asOf the date of the ageing; not null
   * @param currency the currency of the contracts; not null
   * @return the KPI, never null
   */
  public static OverdueReceivables asOf(LocalDate asOf, CurrencyUnit currency) {
    return new OverdueReceivables(
        Objects.requireNonNull(asOf, "asOf"), Objects.requireNonNull(currency, "currency"));
  }

  /** {@return the definition, with how its period is set} */
  static KpiDefinition definition(String period) {
    return new KpiDefinition(
        ID,
        "overdue receivables and their ageing",
        KpiUnit.BREAKDOWN,
        "invoices issued by the as-of date with an amount outstanding at it, over every contract",
        period,
        EmptyPopulation.ZERO,
        "outstanding amount (invoiced less received by the as-of date) per ageing bucket of the"
            + " days past due (current, 1-30, 31-60, 61-90, over 90); overdue = every bucket but"
            + " current",
        "D12");
  }

  @Override
  public KpiDefinition definition() {
    return definition;
  }

  @Override
  public ReceivablesAgeing empty() {
    return ReceivablesAgeing.zero(asOf, currency);
  }

  /**
   * {@inheritDoc}
   *
   * @throws IllegalArgumentException if the contract is in another currency
   */
  @Override
  public ReceivablesAgeing add(ReceivablesAgeing accumulator, Contract contract) {
    Objects.requireNonNull(accumulator, "accumulator");
    Currencies.check(contract, currency, "overdue receivables");
    if (contract.invoices().isEmpty()) {
      LOG.debug("overdue-receivables: {} left out: no invoice", contract.id());
      return accumulator;
    }
    if (LOG.isDebugEnabled()) {
      for (Invoice invoice : contract.invoices()) {
        if (invoice.issuedOn().isAfter(asOf)) {
          LOG.debug(
              "overdue-receivables: {} of {} left out: issued on {}, after {}",
              invoice.id(),
              contract.id(),
              invoice.issuedOn(),
              asOf);
        } else if (!invoice.paidAsOf(asOf).isLessThan(invoice.amount())) {
          LOG.debug(
              "overdue-receivables: {} of {} left out: paid in full by {}",
              invoice.id(),
              contract.id(),
              asOf);
        }
      }
    }
    return accumulator.plus(ReceivablesAgeing.of(contract.receivables(asOf)));
  }

  @Override
  public ReceivablesAgeing merge(ReceivablesAgeing left, ReceivablesAgeing right) {
    Objects.requireNonNull(left, "left");
    Objects.requireNonNull(right, "right");
    return left.plus(right);
  }

  @Override
  public ReceivablesAgeing result(ReceivablesAgeing accumulator) {
    return Objects.requireNonNull(accumulator, "accumulator");
  }
}
