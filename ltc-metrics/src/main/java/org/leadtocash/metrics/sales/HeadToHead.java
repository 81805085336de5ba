package org.leadtocash.metrics.sales;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.leadtocash.domain.common.CompetitorId;
import org.leadtocash.domain.common.KpiId;
import org.leadtocash.domain.opportunity.Opportunity;
import org.leadtocash.domain.opportunity.OpportunityOutcome;
import org.leadtocash.metrics.EmptyPopulation;
import org.leadtocash.metrics.Kpi;
import org.leadtocash.metrics.KpiDefinition;
import org.leadtocash.metrics.KpiUnit;
import org.leadtocash.metrics.ReportingPeriod;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Head-to-head wins over losses against the main competitor (DOMAIN D12, the second half of the
 * suppression ratio 压制比, D3.5).
 *
 * <p>Exactly: of the opportunities whose outcome instant falls in the period, a <b>win</b> is one
 * we won where the competitor was recorded as bidding ({@link Opportunity#competitors()}), and a
 * <b>loss</b> is one we lost to that competitor ({@link OpportunityOutcome.Lost#winner()}). An
 * opportunity lost to another competitor is not a loss to this one, even if it bid; abandoned and
 * cancelled opportunities are no encounter. The value keeps both counts; its {@link
 * HeadToHeadScore#ratio() ratio} wins / losses is undefined ("no data") when we never lost to the
 * competitor.
 *
 * <p>At-least-once delivery (DOMAIN D12): this KPI counts every opportunity state it is given, so
 * the same opportunity delivered twice, or an older version after a newer one, counts twice; a host
 * whose delivery may repeat counts through {@link org.leadtocash.metrics.OncePerFact#of
 * OncePerFact.of(kpi)}, which counts each opportunity once, at its latest version.
 */
public final class HeadToHead implements Kpi<Opportunity, HeadToHeadScore, HeadToHeadScore> {

  /** The KPI's id. */
  public static final KpiId ID = KpiId.of("head-to-head");

  /** Logs at DEBUG each record left out of the population, and why. */
  private static final Logger LOG = LoggerFactory.getLogger(HeadToHead.class);

  private final CompetitorId competitor;
  private final ReportingPeriod period;
  private final KpiDefinition definition;

  private HeadToHead(ReportingPeriod period, CompetitorId competitor) {
    this.period = period;
    this.competitor = competitor;
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
        "head-to-head wins over losses",
        KpiUnit.RATIO,
        "opportunities won in the period where "
            + competitor
            + " bid, and opportunities lost to it in the period",
        "the outcome instant's date falls in " + period,
        EmptyPopulation.NO_DATA,
        "wins against " + competitor + " / losses to it",
        "D12");
  }

  /**
   * Returns the KPI for a period, against a competitor.
   *
   * @param period the period of the outcome instants; not null
   * @param competitor the main competitor; not null
   * @return the KPI, never null
   */
  public static HeadToHead in(ReportingPeriod period, CompetitorId competitor) {
    return new HeadToHead(
        Objects.requireNonNull(period, "period"), Objects.requireNonNull(competitor, "competitor"));
  }

  @Override
  public KpiDefinition definition() {
    return definition;
  }

  @Override
  public HeadToHeadScore empty() {
    return HeadToHeadScore.NONE;
  }

  @Override
  public HeadToHeadScore add(HeadToHeadScore accumulator, Opportunity opportunity) {
    Objects.requireNonNull(accumulator, "accumulator");
    Objects.requireNonNull(opportunity, "opportunity");
    Optional<OpportunityOutcome> outcome = opportunity.outcome();
    if (outcome.isEmpty()) {
      LOG.debug("head-to-head: {} left out: still open", opportunity.id());
      return accumulator;
    }
    Instant at = outcome.get().at();
    if (!period.contains(at)) {
      if (LOG.isDebugEnabled()) {
        LOG.debug(
            "head-to-head: {} left out: outcome on {} is outside {}",
            opportunity.id(),
            period.dateOf(at),
            period);
      }
      return accumulator;
    }
    if (outcome.get() instanceof OpportunityOutcome.Won) {
      if (opportunity.competitors().contains(competitor)) {
        return accumulator.plus(HeadToHeadScore.WIN);
      }
      LOG.debug("head-to-head: {} left out: won, and {} did not bid", opportunity.id(), competitor);
      return accumulator;
    }
    if (outcome.get() instanceof OpportunityOutcome.Lost lost) {
      if (lost.winner().equals(competitor)) {
        return accumulator.plus(HeadToHeadScore.LOSS);
      }
      if (LOG.isDebugEnabled()) {
        LOG.debug(
            "head-to-head: {} left out: lost to {}, not to {}",
            opportunity.id(),
            lost.winner(),
            competitor);
      }
      return accumulator;
    }
    LOG.debug(
        "head-to-head: {} left out: {}, not won or lost",
        opportunity.id(),
        outcome.get().status().label());
    return accumulator;
  }

  @Override
  public HeadToHeadScore merge(HeadToHeadScore left, HeadToHeadScore right) {
    Objects.requireNonNull(left, "left");
    Objects.requireNonNull(right, "right");
    return left.plus(right);
  }

  @Override
  public HeadToHeadScore result(HeadToHeadScore accumulator) {
    return Objects.requireNonNull(accumulator, "accumulator");
  }
}
