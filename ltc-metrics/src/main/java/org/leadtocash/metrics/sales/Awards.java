package org.leadtocash.metrics.sales;

import java.util.Optional;
import org.leadtocash.domain.opportunity.AwardSplit;
import org.leadtocash.domain.opportunity.Opportunity;
import org.leadtocash.domain.opportunity.OpportunityOutcome;
import org.leadtocash.metrics.ReportingPeriod;

/** The award splits the market KPIs count (DOMAIN D3.5, D12). */
final class Awards {

  private Awards() {}

  /**
   * Returns the award split of an opportunity won or lost in a period, when it is known.
   *
   * @param opportunity the opportunity
   * @param period the period of the outcome instant
   * @return the split, or empty if the opportunity is open, abandoned, cancelled, ended outside the
   *     period or its split is unknown
   */
  static Optional<AwardSplit> splitIn(Opportunity opportunity, ReportingPeriod period) {
    Optional<OpportunityOutcome> outcome = opportunity.outcome();
    if (outcome.isEmpty() || !period.contains(outcome.get().at())) {
      return Optional.empty();
    }
    if (outcome.get() instanceof OpportunityOutcome.Won won) {
      return won.split();
    }
    if (outcome.get() instanceof OpportunityOutcome.Lost lost) {
      return lost.split();
    }
    return Optional.empty();
  }
}
