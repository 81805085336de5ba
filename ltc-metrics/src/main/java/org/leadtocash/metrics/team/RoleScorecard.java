package org.leadtocash.metrics.team;

import java.util.Objects;
import org.leadtocash.domain.common.KpiId;
import org.leadtocash.metrics.EmptyPopulation;
import org.leadtocash.metrics.Kpi;
import org.leadtocash.metrics.KpiDefinition;
import org.leadtocash.metrics.KpiUnit;
import org.leadtocash.metrics.ReportingPeriod;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The iron-triangle role scorecards (DOMAIN D4.2, D12): for every employee and core role measured
 * in the period, each KPI of the role — AR: customer relationship, customer satisfaction,
 * competitor suppression; SR: hilltop targets, share targets; FR: contract compliance, customer
 * satisfaction; all three: the common KPIs ({@link org.leadtocash.domain.team.RoleKpi#common()}) —
 * with the exact average of its measured values.
 *
 * <p>Exactly: over the {@link RoleKpiMeasurement measurements} whose period lies within the KPI's
 * period, per employee, role and role KPI, (sum of the values) / (number of measurements), kept as
 * a {@link org.leadtocash.domain.common.Rate}. Every measurement weighs the same. A role KPI with
 * no measurement shows "no data" on the scorecard; an employee with no measurement in a role has no
 * scorecard for it. The accumulator ({@link ScorecardTotals}) keeps one line per employee, role and
 * KPI.
 *
 * <p>At-least-once delivery (DOMAIN D12): a {@link RoleKpiMeasurement} has no id of its own, so
 * this KPI cannot tell a record delivered twice from two equal facts, and counts every record it is
 * given. The host delivers each of its measurements once (deduplicating at its own source if its
 * delivery may repeat).
 */
public final class RoleScorecard implements Kpi<RoleKpiMeasurement, ScorecardTotals, Scorecards> {

  /** The KPI's id. */
  public static final KpiId ID = KpiId.of("role-scorecard");

  /** Logs at DEBUG each record left out of the population, and why. */
  private static final Logger LOG = LoggerFactory.getLogger(RoleScorecard.class);

  private final ReportingPeriod period;
  private final KpiDefinition definition;

  private RoleScorecard(ReportingPeriod period) {
    this.period = period;
    this.definition = definition("the measurement's period lies within " + period.dates());
  }

  /**
   * Returns the KPI for a period.
   *
   * @param period the period that encloses the measurements' periods; not null
   * @return the KPI, never null
   */
  public static RoleScorecard in(ReportingPeriod period) {
    return new RoleScorecard(Objects.requireNonNull(period, "period"));
  }

  static KpiDefinition definition(String period) {
    return new KpiDefinition(
        ID,
        "iron-triangle role scorecard",
        KpiUnit.SCORE,
        "measurements of the role KPIs of AR, SR and FR (D4.2) whose period lies within the KPI's"
            + " period",
        period,
        EmptyPopulation.NO_DATA,
        "per employee, core role and role KPI: sum of the measured values / number of"
            + " measurements; every KPI of the role listed, unmeasured ones 'no data'",
        "D4.2");
  }

  @Override
  public KpiDefinition definition() {
    return definition;
  }

  @Override
  public ScorecardTotals empty() {
    return ScorecardTotals.NONE;
  }

  @Override
  public ScorecardTotals add(ScorecardTotals accumulator, RoleKpiMeasurement measurement) {
    Objects.requireNonNull(accumulator, "accumulator");
    Objects.requireNonNull(measurement, "measurement");
    if (!period.encloses(measurement.period())) {
      if (LOG.isDebugEnabled()) {
        LOG.debug(
            "role-scorecard: {} of {} as {} over {} left out: not within {}",
            measurement.kpi(),
            measurement.employee(),
            measurement.role(),
            measurement.period(),
            period.dates());
      }
      return accumulator;
    }
    return accumulator.plus(measurement);
  }

  @Override
  public ScorecardTotals merge(ScorecardTotals left, ScorecardTotals right) {
    Objects.requireNonNull(left, "left");
    Objects.requireNonNull(right, "right");
    return left.plus(right);
  }

  @Override
  public Scorecards result(ScorecardTotals accumulator) {
    Objects.requireNonNull(accumulator, "accumulator");
    return accumulator.scorecards();
  }
}
