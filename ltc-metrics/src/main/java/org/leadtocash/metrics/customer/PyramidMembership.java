package org.leadtocash.metrics.customer;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.leadtocash.domain.common.KpiId;
import org.leadtocash.domain.common.Rate;
import org.leadtocash.domain.customer.CustomerTotalValue;
import org.leadtocash.domain.customer.CustomerValue;
import org.leadtocash.domain.customer.PyramidPolicy;
import org.leadtocash.domain.customer.TierSummary;
import org.leadtocash.domain.customer.ValuePyramid;
import org.leadtocash.domain.customer.ValueTier;
import org.leadtocash.metrics.EmptyPopulation;
import org.leadtocash.metrics.Kpi;
import org.leadtocash.metrics.KpiDefinition;
import org.leadtocash.metrics.KpiUnit;
import org.leadtocash.metrics.ReportingPeriod;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pyramid membership (DOMAIN D6.4, D12): how many customers, and how much of the value, each tier
 * of the customer value pyramid holds — key, important, general.
 *
 * <p>Exactly: the customer total values (D6.5) whose period lies within the KPI's period are summed
 * per customer (a negative sum counts as zero, as D6.4 ranks a loss-making customer); the customers
 * are then classified by {@link ValuePyramid#classify(java.util.Collection, PyramidPolicy)} with
 * the KPI's {@link PyramidPolicy} ({@link PyramidPolicy#standard()} unless given), and the result
 * is the pyramid's {@link ValuePyramid#summaries() tier summaries}, key first: customers and share
 * of customers, value and share of value per tier.
 *
 * <p>Tiers depend on the whole portfolio, so the accumulator ({@link CustomerValues}) keeps one
 * entry per customer and the classification runs once, in {@link #result}. No customer in the
 * period gives three empty tiers: zero customers and value, shares "no data".
 *
 * <p>At-least-once delivery (DOMAIN D12): a {@link
 * org.leadtocash.domain.customer.CustomerTotalValue} has no id of its own, so this KPI cannot tell
 * a record delivered twice from two equal facts, and counts every record it is given. The host
 * delivers each of its customer total values once (deduplicating at its own source if its delivery
 * may repeat).
 */
public final class PyramidMembership
    implements Kpi<CustomerTotalValue, CustomerValues, List<TierSummary>> {

  /** The KPI's id. */
  public static final KpiId ID = KpiId.of("pyramid-membership");

  /** Logs at DEBUG each record left out of the population, and why. */
  private static final Logger LOG = LoggerFactory.getLogger(PyramidMembership.class);

  private final ReportingPeriod period;
  private final CurrencyUnit currency;
  private final PyramidPolicy policy;
  private final KpiDefinition definition;

  private PyramidMembership(ReportingPeriod period, CurrencyUnit currency, PyramidPolicy policy) {
    this.period = period;
    this.currency = currency;
    this.policy = policy;
    this.definition =
        definition("the value's period lies within " + period.dates(), currency.getCode(), policy);
  }

  /**
   * Returns the KPI for a period and a currency, with the standard pyramid policy.
   *
   * @param period the period that encloses the values' periods; not null
   * @param currency the currency of every value counted; not null
   * @return the KPI, never null
   */
  public static PyramidMembership in(ReportingPeriod period, CurrencyUnit currency) {
    return in(period, currency, PyramidPolicy.standard());
  }

  /**
   * Returns the KPI for a period and a currency, with a pyramid policy.
   *
   * @param period the period that encloses the values' periods; not null
   * @param currency the currency of every value counted; not null
   * @param policy cuts the value ranking into tiers; not null
   * @return the KPI, never null
   */
  public static PyramidMembership in(
      ReportingPeriod period, CurrencyUnit currency, PyramidPolicy policy) {
    return new PyramidMembership(
        Objects.requireNonNull(period, "period"),
        Objects.requireNonNull(currency, "currency"),
        Objects.requireNonNull(policy, "policy"));
  }

  static KpiDefinition definition(String period, String currency, Object policy) {
    return new KpiDefinition(
        ID,
        "pyramid membership",
        KpiUnit.BREAKDOWN,
        "customers with a total value (D6.5) whose period lies within the KPI's period, their"
            + " values summed per customer, negative sums counted as zero",
        period,
        EmptyPopulation.ZERO,
        "per value tier (key, important, general): its customers and value, and their shares of"
            + " all customers and of the total value, in "
            + currency
            + ", the tiers cut by the pyramid policy ("
            + policy
            + ")",
        "D6.4");
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
            "pyramid-membership: value of {} over {} left out: not within {}",
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
  public List<TierSummary> result(CustomerValues accumulator) {
    Objects.requireNonNull(accumulator, "accumulator");
    List<CustomerValue> ranking = accumulator.ranking();
    if (ranking.isEmpty()) {
      Money zero = Money.zero(accumulator.currency());
      return ImmutableList.of(
          new TierSummary(ValueTier.KEY, 0, Rate.NO_DATA, zero, Rate.NO_DATA),
          new TierSummary(ValueTier.IMPORTANT, 0, Rate.NO_DATA, zero, Rate.NO_DATA),
          new TierSummary(ValueTier.GENERAL, 0, Rate.NO_DATA, zero, Rate.NO_DATA));
    }
    return ImmutableList.copyOf(ValuePyramid.classify(ranking, policy).summaries());
  }
}
