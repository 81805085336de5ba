package org.leadtocash.metrics.customer;

import java.util.Objects;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.leadtocash.domain.common.KpiId;
import org.leadtocash.domain.customer.CustomerTotalValue;
import org.leadtocash.metrics.EmptyPopulation;
import org.leadtocash.metrics.Kpi;
import org.leadtocash.metrics.KpiDefinition;
import org.leadtocash.metrics.KpiUnit;
import org.leadtocash.metrics.MoneyTotal;
import org.leadtocash.metrics.ReportingPeriod;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Customer total value (DOMAIN D6.5, D12): the sum of {@link CustomerTotalValue#total()} over the
 * customer total values whose period lies within the KPI's period, in one currency. So the four
 * quarterly values of a customer add up to its year, and a portfolio's values to the portfolio's.
 *
 * <p>Each total is profit contribution − cost of sales, service and relationship maintenance + the
 * intangible values (D6.5); a loss-making customer's negative total is added as it is, so the sum
 * may be negative. A value in another currency is refused ({@link IllegalArgumentException}), never
 * converted. No value in the period sums to zero.
 *
 * <p>At-least-once delivery (DOMAIN D12): a {@link
 * org.leadtocash.domain.customer.CustomerTotalValue} has no id of its own, so this KPI cannot tell
 * a record delivered twice from two equal facts, and counts every record it is given. The host
 * delivers each of its customer total values once (deduplicating at its own source if its delivery
 * may repeat).
 */
public final class CustomerTotalValueSum implements Kpi<CustomerTotalValue, MoneyTotal, Money> {

  /** The KPI's id. */
  public static final KpiId ID = KpiId.of("customer-total-value");

  /** Logs at DEBUG each record left out of the population, and why. */
  private static final Logger LOG = LoggerFactory.getLogger(CustomerTotalValueSum.class);

  private final ReportingPeriod period;
  private final CurrencyUnit currency;
  private final KpiDefinition definition;

  private CustomerTotalValueSum(ReportingPeriod period, CurrencyUnit currency) {
    this.period = period;
    this.currency = currency;
    this.definition =
        definition("the value's period lies within " + period.dates(), currency.getCode());
  }

  /**
   * Returns the KPI for a period and a currency.
   *
   * @param period the period that encloses the values' periods; not null
   * @param currency the currency of every value counted; not null
   * @return the KPI, never null
   */
  public static CustomerTotalValueSum in(ReportingPeriod period, CurrencyUnit currency) {
    return new CustomerTotalValueSum(
        Objects.requireNonNull(period, "period"), Objects.requireNonNull(currency, "currency"));
  }

  static KpiDefinition definition(String period, String currency) {
    return new KpiDefinition(
        ID,
        "customer total value",
        KpiUnit.MONEY,
        "customer total values (D6.5) whose period lies within the KPI's period",
        period,
        EmptyPopulation.ZERO,
        "sum of the customers' total values (profit contribution − serving costs + intangible"
            + " value), in "
            + currency
            + "; negative totals included; another currency is refused",
        "D6.5");
  }

  @Override
  public KpiDefinition definition() {
    return definition;
  }

  @Override
  public MoneyTotal empty() {
    return MoneyTotal.zero(currency);
  }

  @Override
  public MoneyTotal add(MoneyTotal accumulator, CustomerTotalValue value) {
    Objects.requireNonNull(accumulator, "accumulator");
    Objects.requireNonNull(value, "value");
    if (!period.encloses(value.period())) {
      if (LOG.isDebugEnabled()) {
        LOG.debug(
            "customer-total-value: value of {} over {} left out: not within {}",
            value.customer(),
            value.period(),
            period.dates());
      }
      return accumulator;
    }
    return accumulator.plus(value.total());
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
