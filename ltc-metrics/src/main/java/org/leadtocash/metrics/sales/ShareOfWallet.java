package org.leadtocash.metrics.sales;

import java.util.Objects;
import java.util.Optional;
import org.joda.money.CurrencyUnit;
import org.leadtocash.domain.common.CustomerId;
import org.leadtocash.domain.common.KpiId;
import org.leadtocash.domain.common.Rate;
import org.leadtocash.metrics.EmptyPopulation;
import org.leadtocash.metrics.Kpi;
import org.leadtocash.metrics.KpiDefinition;
import org.leadtocash.metrics.KpiUnit;
import org.leadtocash.metrics.ReportingPeriod;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Share of a customer's wallet (客户份额, DOMAIN D12): our sales to a customer over the customer's
 * total spend in the categories recorded.
 *
 * <p>Exactly: the population is the {@link CustomerSpend} records of the customer whose period lies
 * within the KPI's period (a year's KPI counts the year's records and its quarters'); the share is
 * the sum of our parts over the sum of the totals. {@link #in(ReportingPeriod, CurrencyUnit)}
 * counts the records of every customer given: the share of their combined wallet, which is the
 * market share when those customers make the market (D9.4). "No data" when the customer spent
 * nothing. Every record is in the KPI's currency; another currency is refused, never converted. The
 * KPI adds the records it is given: records of one customer and category should not overlap in time
 * (give a year's record or its quarters', not both).
 *
 * <p>At-least-once delivery (DOMAIN D12): a {@link CustomerSpend} has no id of its own, so this KPI
 * cannot tell a record delivered twice from two equal facts, and counts every record it is given.
 * The host delivers each of its spends once (deduplicating at its own source if its delivery may
 * repeat).
 */
public final class ShareOfWallet implements Kpi<CustomerSpend, ShareTally, Rate> {

  /** The KPI's id. */
  public static final KpiId ID = KpiId.of("share-of-wallet");

  /** Logs at DEBUG each record left out of the population, and why. */
  private static final Logger LOG = LoggerFactory.getLogger(ShareOfWallet.class);

  private final ReportingPeriod period;
  private final Optional<CustomerId> customer;
  private final CurrencyUnit currency;
  private final KpiDefinition definition;

  private ShareOfWallet(
      ReportingPeriod period, Optional<CustomerId> customer, CurrencyUnit currency) {
    this.period = period;
    this.customer = customer;
    this.currency = currency;
    this.definition =
        definition(
            customer.map(c -> "customer " + c).orElse("every customer given"),
            period.dates().toString());
  }

  /**
   * Returns the definition for customers and a period described in words.
   *
   * @param customers whose spend is counted, e.g. {@code customer CU-1}
   * @param period the period, e.g. {@code the period given to the KPI}
   * @return the definition
   */
  static KpiDefinition definition(String customers, String period) {
    return new KpiDefinition(
        ID,
        "share of wallet",
        KpiUnit.RATE,
        "the spend records of " + customers + " in the period",
        "the record's period lies within " + period,
        EmptyPopulation.NO_DATA,
        "sum of our sales in the categories recorded / sum of the customer's total spend in them",
        "D12");
  }

  /**
   * Returns the KPI of one customer's wallet.
   *
   * @param period the period that encloses the records' periods; not null
   * @param customer the customer; not null
   * @param currency the currency of the spend records; not null
   * @return the KPI, never null
   */
  public static ShareOfWallet in(
      ReportingPeriod period, CustomerId customer, CurrencyUnit currency) {
    return new ShareOfWallet(
        Objects.requireNonNull(period, "period"),
        Optional.of(Objects.requireNonNull(customer, "customer")),
        Objects.requireNonNull(currency, "currency"));
  }

  /**
   * Returns the KPI of the combined wallet of every customer whose records are given.
   *
   * @param period the period that encloses the records' periods; not null
   * @param currency the currency of the spend records; not null
   * @return the KPI, never null
   */
  public static ShareOfWallet in(ReportingPeriod period, CurrencyUnit currency) {
    return new ShareOfWallet(
        Objects.requireNonNull(period, "period"),
        Optional.empty(),
        Objects.requireNonNull(currency, "currency"));
  }

  @Override
  public KpiDefinition definition() {
    return definition;
  }

  @Override
  public ShareTally empty() {
    return ShareTally.zero(currency);
  }

  /**
   * {@inheritDoc}
   *
   * @throws IllegalArgumentException if a counted record is in another currency
   */
  @Override
  public ShareTally add(ShareTally accumulator, CustomerSpend spend) {
    Objects.requireNonNull(accumulator, "accumulator");
    Objects.requireNonNull(spend, "spend");
    if (!customer.map(spend.customer()::equals).orElse(true)) {
      if (LOG.isDebugEnabled()) {
        LOG.debug(
            "share-of-wallet: spend of {} over {} left out: not customer {}",
            spend.customer(),
            spend.period(),
            customer.orElseThrow());
      }
      return accumulator;
    }
    if (!period.encloses(spend.period())) {
      if (LOG.isDebugEnabled()) {
        LOG.debug(
            "share-of-wallet: spend of {} over {} left out: not within {}",
            spend.customer(),
            spend.period(),
            period.dates());
      }
      return accumulator;
    }
    return accumulator.plus(spend.ours(), spend.total());
  }

  @Override
  public ShareTally merge(ShareTally left, ShareTally right) {
    Objects.requireNonNull(left, "left");
    Objects.requireNonNull(right, "right");
    return left.plus(right);
  }

  @Override
  public Rate result(ShareTally accumulator) {
    Objects.requireNonNull(accumulator, "accumulator");
    return accumulator.share();
  }
}
