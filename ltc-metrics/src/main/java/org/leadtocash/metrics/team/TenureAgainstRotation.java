package org.leadtocash.metrics.team;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.leadtocash.domain.common.KpiId;
import org.leadtocash.domain.common.Rate;
import org.leadtocash.domain.team.CustomerGroupTriangle;
import org.leadtocash.domain.team.HolderTenure;
import org.leadtocash.domain.team.RotationPolicy;
import org.leadtocash.domain.team.TenureReport;
import org.leadtocash.metrics.EmptyPopulation;
import org.leadtocash.metrics.Kpi;
import org.leadtocash.metrics.KpiDefinition;
import org.leadtocash.metrics.KpiUnit;
import org.leadtocash.metrics.Tally;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Account-owner tenure against the rotation limit (DOMAIN D4.7, D12): over the holders of the
 * customer-group triangles passed in, reviewed on a day by a {@link RotationPolicy} ({@link
 * RotationPolicy#standard()}, 4 years, unless given) through {@link RotationPolicy#review} —
 *
 * <ul>
 *   <li>the share due for rotation: holders who have held their customer for the limit or longer /
 *       holders whose start is known;
 *   <li>the average tenure: days from each known start to the review day, added up / holders whose
 *       start is known, exact;
 *   <li>the holders listed, and those of unknown tenure, who cannot be reviewed.
 * </ul>
 *
 * <p>The triangles are a snapshot as of the review day, so the KPI has no period. No holder of
 * known tenure gives "no data". A triangle whose holder took over after the review day is refused
 * ({@link IllegalArgumentException}, D4.7), as the review refuses it.
 *
 * <p>At-least-once delivery (DOMAIN D12): a {@link
 * org.leadtocash.domain.team.CustomerGroupTriangle} is a snapshot with no version, so this KPI
 * cannot tell a record delivered twice from two equal facts, and counts every record it is given.
 * The host delivers each of its triangles once (deduplicating at its own source if its delivery may
 * repeat).
 */
public final class TenureAgainstRotation
    implements Kpi<CustomerGroupTriangle, TenureCounts, TenureFigures> {

  /** The KPI's id. */
  public static final KpiId ID = KpiId.of("tenure-against-rotation");

  /** Logs at DEBUG each record left out of the population, and why. */
  private static final Logger LOG = LoggerFactory.getLogger(TenureAgainstRotation.class);

  private final LocalDate asOf;
  private final RotationPolicy policy;
  private final KpiDefinition definition;

  private TenureAgainstRotation(LocalDate asOf, RotationPolicy policy) {
    this.asOf = asOf;
    this.policy = policy;
    this.definition = definition("reviewed on " + asOf, policy.maximumTenure().toString());
  }

  /**
   * Returns the KPI reviewing on a day by the standard policy (4 years).
   *
   * @param asOf the day of the review; not null
   * @return the KPI, never null
   */
  public static TenureAgainstRotation asOf(LocalDate asOf) {
    return asOf(asOf, RotationPolicy.standard());
  }

  /**
   * Returns the KPI reviewing on a day by a policy.
   *
   * @param asOf the day of the review; not null
   * @param policy the rotation policy; not null
   * @return the KPI, never null
   */
  public static TenureAgainstRotation asOf(LocalDate asOf, RotationPolicy policy) {
    return new TenureAgainstRotation(
        Objects.requireNonNull(asOf, "asOf"), Objects.requireNonNull(policy, "policy"));
  }

  static KpiDefinition definition(String asOf, String limit) {
    return new KpiDefinition(
        ID,
        "account-owner tenure against the rotation limit",
        KpiUnit.RATE,
        "holders of the core roles of the customer-group triangles (D4.3) passed in",
        "a snapshot, " + asOf,
        EmptyPopulation.NO_DATA,
        "holders who have held their customer for "
            + limit
            + " or longer / holders of known start; days held / holders of known start (average"
            + " tenure); holders listed; holders of unknown start",
        "D4.7");
  }

  @Override
  public KpiDefinition definition() {
    return definition;
  }

  @Override
  public TenureCounts empty() {
    return TenureCounts.NONE;
  }

  @Override
  public TenureCounts add(TenureCounts accumulator, CustomerGroupTriangle triangle) {
    Objects.requireNonNull(accumulator, "accumulator");
    Objects.requireNonNull(triangle, "triangle");
    TenureReport report = policy.review(triangle, asOf);
    long known = 0;
    long due = 0;
    long days = 0;
    for (HolderTenure tenure : report.tenures()) {
      if (tenure.holder().since().isPresent()) {
        known++;
        days += ChronoUnit.DAYS.between(tenure.holder().since().orElseThrow(), asOf);
      } else if (LOG.isDebugEnabled()) {
        LOG.debug(
            "tenure-against-rotation: {} as {} of {} left out of the rate and the average: start"
                + " unknown",
            tenure.holder().employee(),
            tenure.holder().role(),
            triangle.customer());
      }
      if (tenure.dueForRotation()) {
        due++;
      }
    }
    return accumulator.plus(new TenureCounts(report.tenures().size(), known, due, days));
  }

  @Override
  public TenureCounts merge(TenureCounts left, TenureCounts right) {
    Objects.requireNonNull(left, "left");
    return left.plus(Objects.requireNonNull(right, "right"));
  }

  @Override
  public TenureFigures result(TenureCounts counts) {
    Objects.requireNonNull(counts, "counts");
    return new TenureFigures(
        counts.holders(),
        counts.holders() - counts.knownTenure(),
        new Tally(counts.due(), counts.knownTenure()).rate(),
        counts.knownTenure() == 0
            ? Rate.NO_DATA
            : Rate.of(counts.tenureDays(), counts.knownTenure()));
  }
}
