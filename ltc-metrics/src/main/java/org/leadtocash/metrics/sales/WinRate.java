package org.leadtocash.metrics.sales;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.leadtocash.domain.common.KpiId;
import org.leadtocash.domain.opportunity.Opportunity;
import org.leadtocash.domain.opportunity.OpportunityOutcome;
import org.leadtocash.domain.opportunity.OpportunityStatus;
import org.leadtocash.metrics.EmptyPopulation;
import org.leadtocash.metrics.KpiDefinition;
import org.leadtocash.metrics.KpiUnit;
import org.leadtocash.metrics.RateKpi;
import org.leadtocash.metrics.ReportingPeriod;
import org.leadtocash.metrics.Tally;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opportunity win rate, the project success rate (项目成功率, DOMAIN D12, D3.5): of the opportunities
 * decided by the customer in the period, the share we won: {@code won / (won + lost)}.
 *
 * <p>An opportunity counts once, in the period its outcome instant ({@link
 * OpportunityOutcome#at()}) falls in. Open opportunities are not counted. <b>Abandoned and
 * cancelled opportunities are not in the population</b>: the sources name the metric (a process
 * metric of Manage Opportunity Points) without defining it, and neither end is a competition
 * decided for or against us: we withdrew (abandoned, including an ATI rejection that ends the
 * project) or the customer dropped the project (cancelled), so no competitor won it (D3.5).
 * Counting them as losses would mix our bid/no-bid discipline into our competitiveness; a host that
 * wants it counts them with its own KPI.
 *
 * <p>At-least-once delivery (DOMAIN D12): this KPI counts every opportunity state it is given, so
 * the same opportunity delivered twice, or an older version after a newer one, counts twice; a host
 * whose delivery may repeat counts through {@link org.leadtocash.metrics.OncePerFact#of
 * OncePerFact.of(kpi)}, which counts each opportunity once, at its latest version.
 */
public final class WinRate implements RateKpi<Opportunity> {

  /** The KPI's id. */
  public static final KpiId ID = KpiId.of("win-rate");

  /** Logs at DEBUG each record left out of the population, and why. */
  private static final Logger LOG = LoggerFactory.getLogger(WinRate.class);

  private final ReportingPeriod period;
  private final KpiDefinition definition;

  private WinRate(ReportingPeriod period) {
    this.period = period;
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
        "opportunity win rate (project success rate)",
        KpiUnit.RATE,
        "opportunities won or lost in the period; open, abandoned and cancelled ones are not"
            + " counted",
        "the outcome instant's date falls in " + period,
        EmptyPopulation.NO_DATA,
        "won / (won + lost)",
        "D12");
  }

  /**
   * Returns the KPI for a period.
   *
   * @param period the period of the outcome instants; not null
   * @return the KPI, never null
   */
  public static WinRate in(ReportingPeriod period) {
    return new WinRate(Objects.requireNonNull(period, "period"));
  }

  @Override
  public KpiDefinition definition() {
    return definition;
  }

  @Override
  public Tally add(Tally accumulator, Opportunity opportunity) {
    Objects.requireNonNull(accumulator, "accumulator");
    Objects.requireNonNull(opportunity, "opportunity");
    Optional<OpportunityOutcome> outcome = opportunity.outcome();
    if (outcome.isEmpty()) {
      LOG.debug("win-rate: {} left out: still open", opportunity.id());
      return accumulator;
    }
    Instant at = outcome.get().at();
    if (!period.contains(at)) {
      if (LOG.isDebugEnabled()) {
        LOG.debug(
            "win-rate: {} left out: outcome on {} is outside {}",
            opportunity.id(),
            period.dateOf(at),
            period);
      }
      return accumulator;
    }
    OpportunityStatus status = outcome.get().status();
    if (status == OpportunityStatus.WON) {
      return accumulator.plus(Tally.HIT);
    }
    if (status == OpportunityStatus.LOST) {
      return accumulator.plus(Tally.MISS);
    }
    LOG.debug("win-rate: {} left out: {}, not won or lost", opportunity.id(), status.label());
    return accumulator;
  }
}
