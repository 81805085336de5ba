package org.leadtocash.metrics.customer;

import java.util.Objects;
import org.leadtocash.domain.common.KpiId;
import org.leadtocash.domain.voice.SatisfactionSurvey;
import org.leadtocash.metrics.EmptyPopulation;
import org.leadtocash.metrics.Kpi;
import org.leadtocash.metrics.KpiDefinition;
import org.leadtocash.metrics.KpiUnit;
import org.leadtocash.metrics.ReportingPeriod;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Satisfaction index per dimension (DOMAIN D8.3, D12): over the satisfaction surveys conducted in
 * the period, for each dimension the total of its scores over the number of its answers — the exact
 * average score on the 1–5 scale. Every answer weighs the same, whichever survey it came from;
 * project-based and third-party surveys are counted alike. Areas and the overall index follow from
 * the same counts ({@link SatisfactionIndices#score(org.leadtocash.domain.voice.SatisfactionArea)},
 * {@link SatisfactionIndices#overall()}). A dimension nobody answered in the period has "no data".
 *
 * <p>At-least-once delivery (DOMAIN D12): a {@link org.leadtocash.domain.voice.SatisfactionSurvey}
 * has no id of its own, so this KPI cannot tell a record delivered twice from two equal facts, and
 * counts every record it is given. The host delivers each of its surveys once (deduplicating at its
 * own source if its delivery may repeat).
 */
public final class SatisfactionIndex
    implements Kpi<SatisfactionSurvey, SatisfactionIndices, SatisfactionIndices> {

  /** The KPI's id. */
  public static final KpiId ID = KpiId.of("satisfaction-index");

  /** Logs at DEBUG each record left out of the population, and why. */
  private static final Logger LOG = LoggerFactory.getLogger(SatisfactionIndex.class);

  private final ReportingPeriod period;
  private final KpiDefinition definition;

  private SatisfactionIndex(ReportingPeriod period) {
    this.period = period;
    this.definition = definition("the survey's date falls in " + period.dates());
  }

  /**
   * Returns the KPI for a period.
   *
   * @param period the period of the surveys' dates; not null
   * @return the KPI, never null
   */
  public static SatisfactionIndex in(ReportingPeriod period) {
    return new SatisfactionIndex(Objects.requireNonNull(period, "period"));
  }

  static KpiDefinition definition(String period) {
    return new KpiDefinition(
        ID,
        "satisfaction index",
        KpiUnit.SCORE,
        "answers to the satisfaction surveys (D8.3) conducted in the period",
        period,
        EmptyPopulation.NO_DATA,
        "per satisfaction dimension: total points of its answers / number of its answers, on the"
            + " 1–5 scale; every answer weighs the same",
        "D8.3");
  }

  @Override
  public KpiDefinition definition() {
    return definition;
  }

  @Override
  public SatisfactionIndices empty() {
    return SatisfactionIndices.NONE;
  }

  @Override
  public SatisfactionIndices add(SatisfactionIndices accumulator, SatisfactionSurvey survey) {
    Objects.requireNonNull(accumulator, "accumulator");
    Objects.requireNonNull(survey, "survey");
    if (!period.contains(survey.conductedOn())) {
      if (LOG.isDebugEnabled()) {
        LOG.debug(
            "satisfaction-index: survey of {} on {} left out: outside {}",
            survey.customer(),
            survey.conductedOn(),
            period.dates());
      }
      return accumulator;
    }
    return accumulator.plus(SatisfactionIndices.of(survey));
  }

  @Override
  public SatisfactionIndices merge(SatisfactionIndices left, SatisfactionIndices right) {
    Objects.requireNonNull(left, "left");
    Objects.requireNonNull(right, "right");
    return left.plus(right);
  }

  @Override
  public SatisfactionIndices result(SatisfactionIndices accumulator) {
    return Objects.requireNonNull(accumulator, "accumulator");
  }
}
