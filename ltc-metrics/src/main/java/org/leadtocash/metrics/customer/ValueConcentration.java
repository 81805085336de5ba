package org.leadtocash.metrics.customer;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.joda.money.CurrencyUnit;
import org.leadtocash.domain.common.KpiId;
import org.leadtocash.domain.common.Rate;
import org.leadtocash.domain.customer.CustomerTotalValue;
import org.leadtocash.domain.customer.CustomerValue;
import org.leadtocash.domain.customer.ValuePyramid;
import org.leadtocash.metrics.EmptyPopulation;
import org.leadtocash.metrics.Kpi;
import org.leadtocash.metrics.KpiDefinition;
import org.leadtocash.metrics.KpiUnit;
import org.leadtocash.metrics.ReportingPeriod;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Value concentration (DOMAIN D12, D6.4): the share of the value that the top 20% of the customers
 * bring.
 *
 * <p>Exactly: the customer total values (D6.5) whose period lies within the KPI's period are summed
 * per customer; a customer whose sum is negative counts as zero (D6.4 ranks a loss-making customer
 * at zero); the n customers are ranked as the {@link ValuePyramid} ranks them (highest value first,
 * equal values by customer id); the top customers are the first {@code n − ⌊0.8 n⌋} (20% rounded
 * up, at least one), the complement of the pyramid's {@link ValuePyramid#paretoShare() Pareto
 * share}; the result is their value over the total value, with their number over n.
 *
 * <p>A ranking is not mergeable from counts: the accumulator ({@link CustomerValues}) keeps one
 * entry per customer, summed by customer id, so that a customer split across parts is ranked once
 * with its whole value. No customer in the period, or a zero total, gives "no data".
 *
 * <p>At-least-once delivery (DOMAIN D12): a {@link
 * org.leadtocash.domain.customer.CustomerTotalValue} has no id of its own, so this KPI cannot tell
 * a record delivered twice from two equal facts, and counts every record it is given. The host
 * delivers each of its customer total values once (deduplicating at its own source if its delivery
 * may repeat).
 */
public final class ValueConcentration
    implements Kpi<CustomerTotalValue, CustomerValues, Concentration> {

  /** The KPI's id. */
  public static final KpiId ID = KpiId.of("value-concentration");

  /** Logs at DEBUG each record left out of the population, and why. */
  private static final Logger LOG = LoggerFactory.getLogger(ValueConcentration.class);

  /** The top share of the customers counted, in percent. */
  public static final int TOP_PERCENT = 20;

  private final ReportingPeriod period;
  private final CurrencyUnit currency;
  private final KpiDefinition definition;

  private ValueConcentration(ReportingPeriod period, CurrencyUnit currency) {
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
  public static ValueConcentration in(ReportingPeriod period, CurrencyUnit currency) {
    return new ValueConcentration(
        Objects.requireNonNull(period, "period"), Objects.requireNonNull(currency, "currency"));
  }

  static KpiDefinition definition(String period, String currency) {
    return new KpiDefinition(
        ID,
        "value concentration",
        KpiUnit.RATE,
        "customers with a total value (D6.5) whose period lies within the KPI's period, their"
            + " values summed per customer, negative sums counted as zero",
        period,
        EmptyPopulation.NO_DATA,
        "value of the top n − ⌊0.8 n⌋ of the n customers ranked by value (ties by customer id) /"
            + " total value of the n customers, in "
            + currency,
        "D12");
  }

  @Override
  public KpiDefinition definition() {
    return definition;
  }

  @Override
  public CustomerValues empty() {
    return CustomerValues.zero(currency);
  }

  @Override
  public CustomerValues add(CustomerValues accumulator, CustomerTotalValue value) {
    Objects.requireNonNull(accumulator, "accumulator");
    Objects.requireNonNull(value, "value");
    if (!period.encloses(value.period())) {
      if (LOG.isDebugEnabled()) {
        LOG.debug(
            "value-concentration: value of {} over {} left out: not within {}",
            value.customer(),
            value.period(),
            period.dates());
      }
      return accumulator;
    }
    return accumulator.plus(value);
  }

  @Override
  public CustomerValues merge(CustomerValues left, CustomerValues right) {
    Objects.requireNonNull(left, "left");
    return left.plus(Objects.requireNonNull(right, "right"));
  }

  @Override
  public Concentration result(CustomerValues accumulator) {
    Objects.requireNonNull(accumulator, "accumulator");
    List<CustomerValue> ranking = accumulator.ranking();
    int n = ranking.size();
    if (n == 0) {
      return Concentration.NO_DATA;
    }
    int top = (int) (n - (long) n * (100 - TOP_PERCENT) / 100);
    BigDecimal topValue = BigDecimal.ZERO;
    BigDecimal total = BigDecimal.ZERO;
    for (int i = 0; i < n; i++) {
      BigDecimal amount = ranking.get(i).value().getAmount();
      total = total.add(amount);
      if (i < top) {
        topValue = topValue.add(amount);
      }
    }
    return new Concentration(Rate.of(top, n), Rate.of(topValue, total));
  }
}
