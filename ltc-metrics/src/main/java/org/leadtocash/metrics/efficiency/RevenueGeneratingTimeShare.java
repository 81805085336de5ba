package org.leadtocash.metrics.efficiency;

import java.util.Objects;
import java.util.Optional;
import org.leadtocash.domain.common.KpiId;
import org.leadtocash.domain.common.Rate;
import org.leadtocash.metrics.EmptyPopulation;
import org.leadtocash.metrics.Kpi;
import org.leadtocash.metrics.KpiDefinition;
import org.leadtocash.metrics.KpiUnit;
import org.leadtocash.metrics.ReportingPeriod;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The revenue-generating share of sales time (DOMAIN D11.6, micro efficiency; D12): of the time
 * recorded in the period, the share spent on face-to-face selling, account planning and proposals.
 *
 * <p>Exactly: over the {@link SalesTimeEntry time entries} dated in the period, the sum of the
 * durations of the {@link SalesTimeKind#isRevenueGenerating() revenue-generating} kinds over the
 * sum of all durations — so a person who records more time weighs more, as in the team's own time.
 * No time recorded is "no data". {@link TeamBand#of(Rate)} places the result against the D11.6
 * benchmarks: typical teams 15–25%, good teams 40–50%.
 *
 * <p>At-least-once delivery (DOMAIN D12): a {@link SalesTimeEntry} has no id of its own: two equal
 * entries may be two real stretches of work, so this KPI cannot tell a record delivered twice from
 * two equal facts, and counts every record it is given. The host delivers each of its time entries
 * once (deduplicating at its own source if its delivery may repeat).
 */
public final class RevenueGeneratingTimeShare implements Kpi<SalesTimeEntry, TimeSplit, Rate> {

  /** The KPI's id. */
  public static final KpiId ID = KpiId.of("revenue-generating-time-share");

  /** Logs at DEBUG each record left out of the population, and why. */
  private static final Logger LOG = LoggerFactory.getLogger(RevenueGeneratingTimeShare.class);

  private final ReportingPeriod period;
  private final KpiDefinition definition;

  private RevenueGeneratingTimeShare(ReportingPeriod period) {
    this.period = period;
    this.definition = definition("the entry's day falls in " + period.dates());
  }

  /**
   * Returns the KPI for a period.
   *
   * @param period the period of the entries' days; not null
   * @return the KPI, never null
   */
  public static RevenueGeneratingTimeShare in(ReportingPeriod period) {
    return new RevenueGeneratingTimeShare(Objects.requireNonNull(period, "period"));
  }

  /** {@return the definition, with how its period is set} */
  static KpiDefinition definition(String period) {
    return new KpiDefinition(
        ID,
        "revenue-generating share of sales time",
        KpiUnit.RATE,
        "sales time entries dated in the period",
        period,
        EmptyPopulation.NO_DATA,
        "time in face-to-face selling, account planning and proposals / all sales time"
            + " (travel, administration, rework and internal coordination included); typical"
            + " teams 15-25%, good teams 40-50%",
        "D11.6");
  }

  /**
   * Returns the band of a result against the D11.6 benchmarks.
   *
   * @param share a result of this KPI; not null
   * @return the band, or empty for "no data"; never null
   */
  public static Optional<TeamBand> band(Rate share) {
    return TeamBand.of(share);
  }

  @Override
  public KpiDefinition definition() {
    return definition;
  }

  @Override
  public TimeSplit empty() {
    return TimeSplit.NONE;
  }

  @Override
  public TimeSplit add(TimeSplit accumulator, SalesTimeEntry entry) {
    Objects.requireNonNull(accumulator, "accumulator");
    Objects.requireNonNull(entry, "entry");
    if (!period.contains(entry.on())) {
      if (LOG.isDebugEnabled()) {
        LOG.debug(
            "revenue-generating-time-share: entry of {} on {} left out: outside {}",
            entry.employee(),
            entry.on(),
            period.dates());
      }
      return accumulator;
    }
    return accumulator.plus(TimeSplit.of(entry));
  }

  @Override
  public TimeSplit merge(TimeSplit left, TimeSplit right) {
    Objects.requireNonNull(left, "left");
    Objects.requireNonNull(right, "right");
    return left.plus(right);
  }

  @Override
  public Rate result(TimeSplit accumulator) {
    Objects.requireNonNull(accumulator, "accumulator");
    return accumulator.rate();
  }
}
