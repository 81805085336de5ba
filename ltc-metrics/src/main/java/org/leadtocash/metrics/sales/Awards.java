package org.leadtocash.metrics.sales;

import java.time.Instant;
import java.util.Optional;
import org.leadtocash.domain.common.KpiId;
import org.leadtocash.domain.opportunity.AwardSplit;
import org.leadtocash.domain.opportunity.Opportunity;
import org.leadtocash.domain.opportunity.OpportunityOutcome;
import org.leadtocash.metrics.ReportingPeriod;
import org.slf4j.Logger;

/** The award splits the market KPIs count (DOMAIN D3.5, D12). */
final class Awards {

  private Awards() {}

  /**
   * Returns the award split of an opportunity won or lost in a period, when it is known, and logs
   * at DEBUG why an opportunity is left out otherwise.
   *
   * @param opportunity the opportunity
   * @param period the period of the outcome instant
   * @param log the logger of the KPI that asks
   * @param kpi the id of the KPI that asks, to start each message
   * @return the split, or empty if the opportunity is open, abandoned, cancelled, ended outside the
   *     period or its split is unknown
   */
  static Optional<AwardSplit> splitIn(
      Opportunity opportunity, ReportingPeriod period, Logger log, KpiId kpi) {
    Optional<OpportunityOutcome> outcome = opportunity.outcome();
    if (outcome.isEmpty()) {
      log.debug("{}: {} left out: still open", kpi, opportunity.id());
      return Optional.empty();
    }
    Instant at = outcome.get().at();
    if (!period.contains(at)) {
      if (log.isDebugEnabled()) {
        log.debug(
            "{}: {} left out: outcome on {} is outside {}",
            kpi,
            opportunity.id(),
            period.dateOf(at),
            period);
      }
      return Optional.empty();
    }
    Optional<AwardSplit> split = Optional.empty();
    if (outcome.get() instanceof OpportunityOutcome.Won won) {
      split = won.split();
    } else if (outcome.get() instanceof OpportunityOutcome.Lost lost) {
      split = lost.split();
    } else {
      if (log.isDebugEnabled()) {
        log.debug(
            "{}: {} left out: {}, not won or lost",
            kpi,
            opportunity.id(),
            outcome.get().status().label());
      }
      return split;
    }
    if (split.isEmpty() && log.isDebugEnabled()) {
      log.debug(
          "{}: {} left out: {}, its award split unknown",
          kpi,
          opportunity.id(),
          outcome.get().status().label());
    }
    return split;
  }
}
