package org.leadtocash.metrics.sales;

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
 */
public final class HeadToHead implements Kpi<Opportunity, HeadToHeadScore, HeadToHeadScore> {

  /** The KPI's id. */
  public static final KpiId ID = KpiId.of("head-to-head");

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
    if (outcome.isEmpty() || !period.contains(outcome.get().at())) {
      return accumulator;
    }
    if (outcome.get() instanceof OpportunityOutcome.Won
        && opportunity.competitors().contains(competitor)) {
      return accumulator.plus(HeadToHeadScore.WIN);
    }
    if (outcome.get() instanceof OpportunityOutcome.Lost lost && lost.winner().equals(competitor)) {
      return accumulator.plus(HeadToHeadScore.LOSS);
    }
    return accumulator;
  }

  @Override
  public HeadToHeadScore merge(HeadToHeadScore left, HeadToHeadScore right) {
    return left.plus(right);
  }

  @Override
  public HeadToHeadScore result(HeadToHeadScore accumulator) {
    return Objects.requireNonNull(accumulator, "accumulator");
  }
}
