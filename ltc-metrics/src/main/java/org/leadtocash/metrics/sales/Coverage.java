package org.leadtocash.metrics.sales;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;
import org.joda.money.Money;
import org.leadtocash.domain.common.Rate;

/**
 * The value of {@link PipelineCoverage} (DOMAIN D12): the open pipeline against the target,
 * unweighted and weighted by win probability. Each coverage is a {@link Rate} of money amounts that
 * keeps its parts and may exceed 1: a pipeline three times the target has a coverage of 3.
 *
 * @param target the target; not null, positive
 * @param pipeline the sum of the open opportunities' amounts; not null, in the target's currency,
 *     not negative
 * @param weightedPipeline the sum of their probability-weighted amounts; not null, in the target's
 *     currency, not negative, at most {@code pipeline}
 * @param opportunities how many opportunities were counted; not negative
 */
public record Coverage(Money target, Money pipeline, Money weightedPipeline, long opportunities) {

  /**
   * Checks the parts.
   *
   * @param target the target; not null, positive
   * @param pipeline the sum of the open opportunities' amounts; not null, in the target's currency,
   *     not negative
   * @param weightedPipeline the sum of their probability-weighted amounts; not null, in the
   *     target's currency, not negative, at most {@code pipeline}
   * @param opportunities how many opportunities were counted; not negative
   * @throws IllegalArgumentException if the currencies differ, the target is not positive, an
   *     amount or the count is negative, or the weighted pipeline exceeds the pipeline
   */
  public Coverage {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(pipeline, "pipeline");
    Objects.requireNonNull(weightedPipeline, "weightedPipeline");
    checkArgument(target.isPositive(), "a target is positive, not %s", target);
    checkArgument(
        target.isSameCurrency(pipeline) && target.isSameCurrency(weightedPipeline),
        "a coverage is in one currency: target %s, pipeline %s, weighted %s (DESIGN §2)",
        target,
        pipeline,
        weightedPipeline);
    checkArgument(
        !weightedPipeline.isNegative() && !weightedPipeline.isGreaterThan(pipeline),
        "a weighted pipeline is 0 to %s, not %s",
        pipeline,
        weightedPipeline);
    checkArgument(
        opportunities >= 0, "a count of opportunities is not negative: %s", opportunities);
  }

  /** {@return the unweighted coverage, pipeline / target; never null, may exceed 1} */
  public Rate unweighted() {
    return Rate.of(pipeline.getAmount(), target.getAmount());
  }

  /** {@return the weighted coverage, weighted pipeline / target; never null, may exceed 1} */
  public Rate weighted() {
    return Rate.of(weightedPipeline.getAmount(), target.getAmount());
  }
}
