package org.leadtocash.metrics.sales;

import java.util.Objects;
import java.util.Optional;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.leadtocash.domain.common.CompetitorId;
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
 * Suppression ratio (压制比, DOMAIN D12): our market share over the main competitor's, the relative
 * share by which the competition is managed ("if we cannot win the tender, at least the main
 * competitor should not").
 *
 * <p>Exactly: over the same population as {@link MarketShare} — the opportunities won or lost in
 * the period whose {@link AwardSplit} is known — the sum of the value awarded to us over the sum of
 * the value awarded to the competitor ({@link AwardSplit#competitors()}). Both shares are of the
 * same total, so their ratio is the ratio of the awarded values; tenders the competitor did not
 * take part in count too, as they do in both shares. The ratio may exceed 1 (we out-sell them) and
 * is kept as a {@link Rate} of the two values; it is undefined ("no data", {@link Rate#isDefined()}
 * false) when the competitor was awarded nothing, and its numerator still shows what we won. Every
 * split is in the KPI's currency; another currency is refused, never converted.
 *
 * <p>At-least-once delivery (DOMAIN D12): this KPI counts every opportunity state it is given, so
 * the same opportunity delivered twice, or an older version after a newer one, counts twice; a host
 * whose delivery may repeat counts through {@link org.leadtocash.metrics.OncePerFact#of
 * OncePerFact.of(kpi)}, which counts each opportunity once, at its latest version.
 */
public final class SuppressionRatio implements Kpi<Opportunity, SuppressionTally, Rate> {

  /** The KPI's id. */
  public static final KpiId ID = KpiId.of("suppression-ratio");

  /** Logs at DEBUG each record left out of the population, and why. */
  private static final Logger LOG = LoggerFactory.getLogger(SuppressionRatio.class);

  private final CompetitorId competitor;
  private final ReportingPeriod period;
  private final CurrencyUnit currency;
  private final KpiDefinition definition;

  private SuppressionRatio(ReportingPeriod period, CompetitorId competitor, CurrencyUnit currency) {
    this.period = period;
    this.competitor = competitor;
    this.currency = currency;
    this.definition = definition(competitor.toString(), period.toString());
  }

  /**
   * Returns the definition for a competitor and a period described in words.
   *
   * @param competitor the competitor, e.g. {@code the main competitor given to the KPI}
   * @param period the period, e.g. {@code the period given to the KPI}
   * @return the definition
   */
  static KpiDefinition definition(String competitor, String period) {
    return new KpiDefinition(
        ID,
        "suppression ratio",
        KpiUnit.RATIO,
        "opportunities won or lost in the period whose award split is known",
        "the outcome instant's date falls in " + period,
        EmptyPopulation.NO_DATA,
        "sum of the value awarded to us / sum of the value awarded to " + competitor,
        "D12");
  }

  /**
   * Returns the KPI for a period, against a competitor, in a currency.
   *
   * @param period the period of the outcome instants; not null
   * @param competitor the main competitor; not null
   * @param currency the currency of the award splits; not null
   * @return the KPI, never null
   */
  public static SuppressionRatio in(
      ReportingPeriod period, CompetitorId competitor, CurrencyUnit currency) {
    return new SuppressionRatio(
        Objects.requireNonNull(period, "period"),
        Objects.requireNonNull(competitor, "competitor"),
        Objects.requireNonNull(currency, "currency"));
  }

  @Override
  public KpiDefinition definition() {
    return definition;
  }

  @Override
  public SuppressionTally empty() {
    return SuppressionTally.zero(currency);
  }

  /**
   * {@inheritDoc}
   *
   * @throws IllegalArgumentException if a counted award split is in another currency
   */
  @Override
  public SuppressionTally add(SuppressionTally accumulator, Opportunity opportunity) {
    Objects.requireNonNull(accumulator, "accumulator");
    Objects.requireNonNull(opportunity, "opportunity");
    Optional<AwardSplit> split = Awards.splitIn(opportunity, period, LOG, ID);
    if (split.isEmpty()) {
      return accumulator;
    }
    Money theirs =
        Optional.ofNullable(split.get().competitors().get(competitor))
            .orElse(Money.zero(split.get().currency()));
    return accumulator.plus(split.get().ours(), theirs);
  }

  @Override
  public SuppressionTally merge(SuppressionTally left, SuppressionTally right) {
    Objects.requireNonNull(left, "left");
    Objects.requireNonNull(right, "right");
    return left.plus(right);
  }

  @Override
  public Rate result(SuppressionTally accumulator) {
    Objects.requireNonNull(accumulator, "accumulator");
    return accumulator.ratio();
  }
}
