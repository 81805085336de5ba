package org.leadtocash.metrics.sales;

import java.util.Objects;
import java.util.Optional;
import org.joda.money.CurrencyUnit;
import org.leadtocash.domain.common.KpiId;
import org.leadtocash.domain.common.Rate;
import org.leadtocash.domain.opportunity.AwardSplit;
import org.leadtocash.domain.opportunity.Opportunity;
import org.leadtocash.metrics.EmptyPopulation;
import org.leadtocash.metrics.Kpi;
import org.leadtocash.metrics.KpiDefinition;
import org.leadtocash.metrics.KpiUnit;
import org.leadtocash.metrics.ReportingPeriod;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Market share (份额, DOMAIN D12, D3.5): our awarded value over the total value awarded, in the
 * tenders decided in the period whose award split is known.
 *
 * <p>Exactly: the population is the opportunities won or lost in the period (the outcome instant
 * falls in it) that record an {@link AwardSplit}; the share is the sum of our parts ({@link
 * AwardSplit#ours()}) over the sum of the totals awarded ({@link AwardSplit#total()}). It is a
 * value share of the contested market, the tenders we took part in: a share of the whole market
 * measured from outside (analysts' market size, the customers' total spend) is the {@link
 * ShareOfWallet} across the customers that make the market. Open, abandoned and cancelled
 * opportunities, and won or lost ones without a split, are not counted. "No data" when nothing was
 * awarded. Every split is in the KPI's currency; another currency is refused, never converted.
 *
 * <p>At-least-once delivery (DOMAIN D12): this KPI counts every opportunity state it is given, so
 * the same opportunity delivered twice, or an older version after a newer one, counts twice; a host
 * whose delivery may repeat counts through {@link org.leadtocash.metrics.OncePerFact#of
 * OncePerFact.of(kpi)}, which counts each opportunity once, at its latest version.
 */
public final class MarketShare implements Kpi<Opportunity, ShareTally, Rate> {

  /** The KPI's id. */
  public static final KpiId ID = KpiId.of("market-share");

  /** Logs at DEBUG each record left out of the population, and why. */
  private static final Logger LOG = LoggerFactory.getLogger(MarketShare.class);

  private final ReportingPeriod period;
  private final CurrencyUnit currency;
  private final KpiDefinition definition;

  private MarketShare(ReportingPeriod period, CurrencyUnit currency) {
    this.period = period;
    this.currency = currency;
    this.definition = definition(period.toString());
  }

  /**
   * Returns the definition for a period described in words.
   *
   * @param period the period, e.g. {@code the period given to the KPI}
   * @return the definition
   */
  static KpiDefinition definition(String period) {
    return new KpiDefinition(
        ID,
        "market share",
        KpiUnit.RATE,
        "opportunities won or lost in the period whose award split is known",
        "the outcome instant's date falls in " + period,
        EmptyPopulation.NO_DATA,
        "sum of the value awarded to us / sum of the total value awarded",
        "D12");
  }

  /**
   * Returns the KPI for a period, in a currency.
   *
   * @param period the period of the outcome instants; not null
   * @param currency the currency of the award splits; not null
   * @return the KPI, never null
   */
  public static MarketShare in(ReportingPeriod period, CurrencyUnit currency) {
    return new MarketShare(
        Objects.requireNonNull(period, "period"), Objects.requireNonNull(currency, "currency"));
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
   * @throws IllegalArgumentException if a counted award split is in another currency
   */
  @Override
  public ShareTally add(ShareTally accumulator, Opportunity opportunity) {
    Objects.requireNonNull(accumulator, "accumulator");
    Objects.requireNonNull(opportunity, "opportunity");
    Optional<AwardSplit> split = Awards.splitIn(opportunity, period, LOG, ID);
    if (split.isEmpty()) {
      return accumulator;
    }
    return accumulator.plus(split.get().ours(), split.get().total());
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
