package org.leadtocash.metrics.sales;

import java.util.Objects;
import org.leadtocash.domain.common.KpiId;
import org.leadtocash.domain.opportunity.GateDecision;
import org.leadtocash.domain.opportunity.Opportunity;
import org.leadtocash.domain.opportunity.Verdict;
import org.leadtocash.metrics.EmptyPopulation;
import org.leadtocash.metrics.KpiDefinition;
import org.leadtocash.metrics.KpiUnit;
import org.leadtocash.metrics.RateKpi;
import org.leadtocash.metrics.ReportingPeriod;
import org.leadtocash.metrics.Tally;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sales decision timeliness rate (销售决策及时率, DOMAIN D12, D3.2): of the gate decisions (ATI, ATB, ATC)
 * taken in the period, the share taken on or before their planned date.
 *
 * <p>Exactly: every {@link GateDecision} of an opportunity whose decision date falls in the period
 * is one member of the population, whatever its verdict; it is timely when it is not {@link
 * GateDecision#isLate() late} and is not a {@link Verdict#DEFERRED deferral}. A deferral postpones
 * the decision past the date it was planned for, so it counts as not timely, even when the meeting
 * that deferred it was held on time; otherwise re-planning a deferred gate would hide the slip.
 *
 * <p>At-least-once delivery (DOMAIN D12): this KPI counts every opportunity state it is given, so
 * the same opportunity delivered twice, or an older version after a newer one, counts twice; a host
 * whose delivery may repeat counts through {@link org.leadtocash.metrics.OncePerFact#of
 * OncePerFact.of(kpi)}, which counts each opportunity once, at its latest version.
 */
public final class DecisionTimeliness implements RateKpi<Opportunity> {

  /** The KPI's id. */
  public static final KpiId ID = KpiId.of("sales-decision-timeliness");

  /** Logs at DEBUG each record left out of the population, and why. */
  private static final Logger LOG = LoggerFactory.getLogger(DecisionTimeliness.class);

  private final ReportingPeriod period;
  private final KpiDefinition definition;

  private DecisionTimeliness(ReportingPeriod period) {
    this.period = period;
    this.definition = definition(period.dates().toString());
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
        "sales decision timeliness rate",
        KpiUnit.RATE,
        "ATI, ATB and ATC decisions taken in the period, whatever their verdict",
        "the decision date falls in " + period,
        EmptyPopulation.NO_DATA,
        "decisions taken on or before their planned date, deferrals excepted / decisions taken",
        "D12");
  }

  /**
   * Returns the KPI for a period.
   *
   * @param period the period of the decision dates; not null
   * @return the KPI, never null
   */
  public static DecisionTimeliness in(ReportingPeriod period) {
    return new DecisionTimeliness(Objects.requireNonNull(period, "period"));
  }

  @Override
  public KpiDefinition definition() {
    return definition;
  }

  @Override
  public Tally add(Tally accumulator, Opportunity opportunity) {
    Objects.requireNonNull(accumulator, "accumulator");
    Objects.requireNonNull(opportunity, "opportunity");
    if (opportunity.decisions().isEmpty()) {
      LOG.debug("sales-decision-timeliness: {} left out: no gate decided", opportunity.id());
    }
    Tally tally = accumulator;
    for (GateDecision decision : opportunity.decisions()) {
      if (period.contains(decision.decidedOn())) {
        tally = tally.plus(Tally.of(!decision.isLate() && decision.verdict() != Verdict.DEFERRED));
      } else if (LOG.isDebugEnabled()) {
        LOG.debug(
            "sales-decision-timeliness: {} {} left out: decided on {}, outside {}",
            opportunity.id(),
            decision.gate(),
            decision.decidedOn(),
            period.dates());
      }
    }
    return tally;
  }
}
