package org.leadtocash.metrics.sales;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.joda.money.Money;
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
 * Pipeline (opportunity) coverage of the target, unweighted and weighted (DOMAIN D12, D9.5: targets
 * are numbers, decomposed onto customers and opportunities): the open opportunities expected to
 * sign in the period, against the period's target.
 *
 * <p>Exactly: the population is the opportunities that are {@link Opportunity#isOpen() open} in the
 * snapshot given and whose expected signing date ({@link Opportunity#expectedSigning()}) falls in
 * the period; an opportunity without an expected signing date is not counted. The unweighted
 * coverage is the sum of their amounts over the target; the weighted coverage is the sum of their
 * probability-weighted amounts ({@link Opportunity#weightedAmount()}) over the target. Both may
 * exceed 1. Won opportunities are orders, not pipeline: a host that wants the coverage of what
 * remains to win gives the target less the orders already booked. An empty pipeline covers zero of
 * the target. Every amount is in the target's currency; another currency is refused, never
 * converted.
 *
 * <p>At-least-once delivery (DOMAIN D12): this KPI counts every opportunity state it is given, so
 * the same opportunity delivered twice, or an older version after a newer one, counts twice; a host
 * whose delivery may repeat counts through {@link org.leadtocash.metrics.OncePerFact#of
 * OncePerFact.of(kpi)}, which counts each opportunity once, at its latest version.
 */
public final class PipelineCoverage implements Kpi<Opportunity, PipelineTally, Coverage> {

  /** The KPI's id. */
  public static final KpiId ID = KpiId.of("pipeline-coverage");

  /** Logs at DEBUG each record left out of the population, and why. */
  private static final Logger LOG = LoggerFactory.getLogger(PipelineCoverage.class);

  private final ReportingPeriod period;
  private final Money target;
  private final KpiDefinition definition;

  private PipelineCoverage(ReportingPeriod period, Money target) {
    this.period = period;
    this.target = target;
    this.definition = definition(period.dates().toString(), target.toString());
  }

  /**
   * Returns the definition for a period and target described in words.
   *
   * @param period the period, e.g. {@code the period given to the KPI}
   * @param target the target, e.g. {@code the target given to the KPI}
   * @return the definition
   */
  static KpiDefinition definition(String period, String target) {
    return new KpiDefinition(
        ID,
        "pipeline coverage of the target, unweighted and weighted",
        KpiUnit.RATIO,
        "open opportunities with an expected signing date in the period",
        "the expected signing date falls in " + period,
        EmptyPopulation.ZERO,
        "sum of their amounts / "
            + target
            + "; sum of their probability-weighted amounts / "
            + target,
        "D12");
  }

  /**
   * Returns the KPI for a period and its target.
   *
   * @param period the period of the expected signing dates; not null
   * @param target the target of the period, e.g. the orders to win; not null, positive
   * @return the KPI, never null
   * @throws IllegalArgumentException if the target is not positive
   */
  public static PipelineCoverage in(ReportingPeriod period, Money target) {
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(target, "target");
    checkArgument(target.isPositive(), "a target is positive, not %s", target);
    return new PipelineCoverage(period, target);
  }

  @Override
  public KpiDefinition definition() {
    return definition;
  }

  @Override
  public PipelineTally empty() {
    return PipelineTally.zero(target.getCurrencyUnit());
  }

  /**
   * {@inheritDoc}
   *
   * @throws IllegalArgumentException if a counted opportunity is not in the target's currency
   */
  @Override
  public PipelineTally add(PipelineTally accumulator, Opportunity opportunity) {
    Objects.requireNonNull(accumulator, "accumulator");
    Objects.requireNonNull(opportunity, "opportunity");
    Optional<LocalDate> signing = opportunity.expectedSigning();
    if (!opportunity.isOpen()) {
      LOG.debug(
          "pipeline-coverage: {} left out: {}, not open",
          opportunity.id(),
          opportunity.status().label());
      return accumulator;
    }
    if (signing.isEmpty()) {
      LOG.debug("pipeline-coverage: {} left out: no expected signing date", opportunity.id());
      return accumulator;
    }
    if (!period.contains(signing.get())) {
      if (LOG.isDebugEnabled()) {
        LOG.debug(
            "pipeline-coverage: {} left out: expected signing on {}, outside {}",
            opportunity.id(),
            signing.get(),
            period.dates());
      }
      return accumulator;
    }
    return accumulator.plus(opportunity.amount(), opportunity.weightedAmount());
  }

  @Override
  public PipelineTally merge(PipelineTally left, PipelineTally right) {
    Objects.requireNonNull(left, "left");
    Objects.requireNonNull(right, "right");
    return left.plus(right);
  }

  /**
   * {@inheritDoc}
   *
   * @throws IllegalArgumentException if the accumulator is not in the target's currency
   */
  @Override
  public Coverage result(PipelineTally accumulator) {
    Objects.requireNonNull(accumulator, "accumulator");
    return new Coverage(
        target,
        accumulator.pipeline().total(),
        accumulator.weightedPipeline().total(),
        accumulator.opportunities());
  }
}
