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
 * Resource-pool utilisation and chargeability (DOMAIN D4.4, D12): over the pools' time-sheet
 * entries dated in the period, per pool level (representative office, region, headquarters) and for
 * all pools together, utilisation = hours assigned to projects / hours available and chargeability
 * = hours charged to projects / hours available. Both are exact rates; a level with no available
 * hours in the period has "no data".
 *
 * <p>At-least-once delivery (DOMAIN D12): a {@link PoolTimeEntry} has no id of its own: two equal
 * entries may be two real days' work, so this KPI cannot tell a record delivered twice from two
 * equal facts, and counts every record it is given. The host delivers each of its time entries once
 * (deduplicating at its own source if its delivery may repeat).
 */
public final class PoolUtilisation implements Kpi<PoolTimeEntry, PoolUsage, PoolUsage> {

  /** The KPI's id. */
  public static final KpiId ID = KpiId.of("pool-utilisation");

  /** Logs at DEBUG each record left out of the population, and why. */
  private static final Logger LOG = LoggerFactory.getLogger(PoolUtilisation.class);

  private final ReportingPeriod period;
  private final KpiDefinition definition;

  private PoolUtilisation(ReportingPeriod period) {
    this.period = period;
    this.definition = definition("the entry's date falls in " + period.dates());
  }

  /**
   * Returns the KPI for a period.
   *
   * @param period the period of the entries' dates; not null
   * @return the KPI, never null
   */
  public static PoolUtilisation in(ReportingPeriod period) {
    return new PoolUtilisation(Objects.requireNonNull(period, "period"));
  }

  static KpiDefinition definition(String period) {
    return new KpiDefinition(
        ID,
        "resource-pool utilisation and chargeability",
        KpiUnit.RATE,
        "time-sheet entries of the shared resource pools (D4.4) dated in the period",
        period,
        EmptyPopulation.NO_DATA,
        "per pool level and for all pools: hours assigned to projects / hours available"
            + " (utilisation) and hours charged to projects / hours available (chargeability)",
        "D4.4");
  }

  @Override
  public KpiDefinition definition() {
    return definition;
  }

  @Override
  public PoolUsage empty() {
    return PoolUsage.NONE;
  }

  @Override
  public PoolUsage add(PoolUsage accumulator, PoolTimeEntry entry) {
    Objects.requireNonNull(accumulator, "accumulator");
    Objects.requireNonNull(entry, "entry");
    if (!period.contains(entry.date())) {
      if (LOG.isDebugEnabled()) {
        LOG.debug(
            "pool-utilisation: entry of {} on {} left out: outside {}",
            entry.employee(),
            entry.date(),
            period.dates());
      }
      return accumulator;
    }
    return accumulator.plus(PoolUsage.of(entry));
  }

  @Override
  public PoolUsage merge(PoolUsage left, PoolUsage right) {
    Objects.requireNonNull(left, "left");
    Objects.requireNonNull(right, "right");
    return left.plus(right);
  }

  @Override
  public PoolUsage result(PoolUsage accumulator) {
    return Objects.requireNonNull(accumulator, "accumulator");
  }
}
