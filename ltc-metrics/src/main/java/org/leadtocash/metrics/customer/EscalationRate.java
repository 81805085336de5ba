package org.leadtocash.metrics.customer;

import java.util.Objects;
import org.leadtocash.domain.common.KpiId;
import org.leadtocash.domain.voice.CustomerIssue;
import org.leadtocash.metrics.EmptyPopulation;
import org.leadtocash.metrics.KpiDefinition;
import org.leadtocash.metrics.KpiUnit;
import org.leadtocash.metrics.RateKpi;
import org.leadtocash.metrics.ReportingPeriod;
import org.leadtocash.metrics.Tally;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Escalation rate (DOMAIN D8.2, D12): of the non-technical issues accepted in the period, the share
 * that were escalated up our organisation at least once. A cohort rate, like the lead conversion
 * rate: an issue counts once, in the period it was accepted, and is judged on the state passed in —
 * pass the issues as of the end of the period for the rate at that day, or later ones to see where
 * the cohort ended. No issue accepted in the period gives "no data".
 */
public final class EscalationRate implements RateKpi<CustomerIssue> {

  /** The KPI's id. */
  public static final KpiId ID = KpiId.of("escalation-rate");

  /** Logs at DEBUG each record left out of the population, and why. */
  private static final Logger LOG = LoggerFactory.getLogger(EscalationRate.class);

  private final ReportingPeriod period;
  private final KpiDefinition definition;

  private EscalationRate(ReportingPeriod period) {
    this.period = period;
    this.definition = definition("the issue's acceptance instant's date falls in " + period);
  }

  /**
   * Returns the KPI for a period.
   *
   * @param period the period of the acceptance instants; not null
   * @return the KPI, never null
   */
  public static EscalationRate in(ReportingPeriod period) {
    return new EscalationRate(Objects.requireNonNull(period, "period"));
  }

  static KpiDefinition definition(String period) {
    return new KpiDefinition(
        ID,
        "escalation rate",
        KpiUnit.RATE,
        "non-technical issues (D8.2) accepted in the period",
        period,
        EmptyPopulation.NO_DATA,
        "issues escalated at least once / issues accepted in the period",
        "D8.2");
  }

  @Override
  public KpiDefinition definition() {
    return definition;
  }

  @Override
  public Tally add(Tally accumulator, CustomerIssue issue) {
    Objects.requireNonNull(accumulator, "accumulator");
    Objects.requireNonNull(issue, "issue");
    if (!period.contains(issue.acceptedAt())) {
      if (LOG.isDebugEnabled()) {
        LOG.debug(
            "escalation-rate: {} left out: accepted on {}, outside {}",
            issue.id(),
            period.dateOf(issue.acceptedAt()),
            period);
      }
      return accumulator;
    }
    return accumulator.plus(Tally.of(issue.isEscalated()));
  }
}
