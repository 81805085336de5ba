package org.leadtocash.metrics.dashboard;

import java.util.Objects;
import org.leadtocash.domain.common.KpiId;
import org.leadtocash.domain.opportunity.Opportunity;
import org.leadtocash.metrics.EmptyPopulation;
import org.leadtocash.metrics.Kpi;
import org.leadtocash.metrics.KpiDefinition;
import org.leadtocash.metrics.KpiUnit;
import org.leadtocash.metrics.ReportingPeriod;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The opportunity funnel (DOMAIN D12, D3.2): of the opportunities opened in the period, how many
 * passed ATI and ATB and how many were won, with the conversion from each stage to the next. The
 * dashboard prints it and draws it as Mermaid text.
 *
 * <p>At-least-once delivery (DOMAIN D12): this KPI counts every opportunity state it is given, so
 * the same opportunity delivered twice, or an older version after a newer one, counts twice; a host
 * whose delivery may repeat counts through {@link org.leadtocash.metrics.OncePerFact#of
 * OncePerFact.of(kpi)}, which counts each opportunity once, at its latest version.
 */
public final class PipelineFunnel implements Kpi<Opportunity, Funnel, Funnel> {

  /** The KPI's id. */
  public static final KpiId ID = KpiId.of("pipeline-funnel");

  /** Logs at DEBUG each record left out of the population, and why. */
  private static final Logger LOG = LoggerFactory.getLogger(PipelineFunnel.class);

  private final ReportingPeriod period;
  private final KpiDefinition definition;

  private PipelineFunnel(ReportingPeriod period) {
    this.period = period;
    this.definition = definition(period.toString());
  }

  /**
   * Returns the definition for a period described in words.
   *
   * @param period the period, e.g. {@code the period given to the KPI}
   * @return the definition, never null
   */
  static KpiDefinition definition(String period) {
    return new KpiDefinition(
        ID,
        "opportunity funnel",
        KpiUnit.BREAKDOWN,
        "opportunities opened in the period",
        "the opening instant's date falls in " + Objects.requireNonNull(period, "period"),
        EmptyPopulation.ZERO,
        "per stage (opened, ATI passed, ATB passed, won) the number of the"
            + " opportunities that reached it; the conversion of a stage is its count over the"
            + " count of the stage before",
        "D12");
  }

  /**
   * Returns the funnel of a period.
   *
   * @param period the period of the opening instants; not null
   * @return the KPI, never null
   */
  public static PipelineFunnel in(ReportingPeriod period) {
    return new PipelineFunnel(Objects.requireNonNull(period, "period"));
  }

  @Override
  public KpiDefinition definition() {
    return definition;
  }

  @Override
  public Funnel empty() {
    return Funnel.NONE;
  }

  @Override
  public Funnel add(Funnel funnel, Opportunity opportunity) {
    Objects.requireNonNull(funnel, "funnel");
    Objects.requireNonNull(opportunity, "opportunity");
    if (!period.contains(opportunity.openedAt())) {
      if (LOG.isDebugEnabled()) {
        LOG.debug(
            "pipeline-funnel: {} left out: opened on {}, outside {}",
            opportunity.id(),
            period.dateOf(opportunity.openedAt()),
            period);
      }
      return funnel;
    }
    return funnel.plusOne(opportunity);
  }

  @Override
  public Funnel merge(Funnel left, Funnel right) {
    Objects.requireNonNull(left, "left");
    Objects.requireNonNull(right, "right");
    return left.plus(right);
  }

  @Override
  public Funnel result(Funnel funnel) {
    return Objects.requireNonNull(funnel, "funnel");
  }
}
