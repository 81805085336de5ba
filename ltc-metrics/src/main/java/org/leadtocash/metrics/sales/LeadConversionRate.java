package org.leadtocash.metrics.sales;

import java.util.Objects;
import org.leadtocash.domain.common.KpiId;
import org.leadtocash.domain.lead.Lead;
import org.leadtocash.domain.lead.LeadStatus;
import org.leadtocash.metrics.EmptyPopulation;
import org.leadtocash.metrics.KpiDefinition;
import org.leadtocash.metrics.KpiUnit;
import org.leadtocash.metrics.RateKpi;
import org.leadtocash.metrics.ReportingPeriod;
import org.leadtocash.metrics.Tally;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lead conversion rate (DOMAIN D12, D2.7): of the leads created in the period, the share that were
 * converted into opportunities. A cohort rate, so a lead counts once, in the period it was created.
 */
public final class LeadConversionRate implements RateKpi<Lead> {

  /** The KPI's id. */
  public static final KpiId ID = KpiId.of("lead-conversion-rate");

  /** Logs at DEBUG each record left out of the population, and why. */
  private static final Logger LOG = LoggerFactory.getLogger(LeadConversionRate.class);

  private final ReportingPeriod period;
  private final KpiDefinition definition;

  private LeadConversionRate(ReportingPeriod period) {
    this.period = period;
    this.definition = definition(period.toString());
  }

  /**
   * Returns the definition for a period described in words.
   *
   * @param period the period, e.g. {@code the KPI's period}
   * @return the definition
   */
  static KpiDefinition definition(String period) {
    return new KpiDefinition(
        ID,
        "lead conversion rate",
        KpiUnit.RATE,
        "leads created in the period",
        "the lead's creation instant's date falls in " + period,
        EmptyPopulation.NO_DATA,
        "converted leads / leads created in the period",
        "D12");
  }

  /**
   * Returns the KPI for a period.
   *
   * @param period the period of the leads' creation instants; not null
   * @return the KPI, never null
   */
  public static LeadConversionRate in(ReportingPeriod period) {
    return new LeadConversionRate(Objects.requireNonNull(period, "period"));
  }

  @Override
  public KpiDefinition definition() {
    return definition;
  }

  @Override
  public Tally add(Tally accumulator, Lead lead) {
    Objects.requireNonNull(accumulator, "accumulator");
    Objects.requireNonNull(lead, "lead");
    if (!period.contains(lead.createdAt())) {
      if (LOG.isDebugEnabled()) {
        LOG.debug(
            "lead-conversion-rate: {} left out: created on {}, outside {}",
            lead.id(),
            period.dateOf(lead.createdAt()),
            period);
      }
      return accumulator;
    }
    return accumulator.plus(Tally.of(lead.status() == LeadStatus.CONVERTED));
  }
}
