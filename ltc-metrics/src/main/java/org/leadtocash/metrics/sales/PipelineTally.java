package org.leadtocash.metrics.sales;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.leadtocash.metrics.MoneyTotal;

/**
 * The accumulator of {@link PipelineCoverage} (DOMAIN D12): the open opportunities counted, the sum
 * of their amounts and the sum of their probability-weighted amounts, in one currency. An immutable
 * value; {@link #plus} is associative and {@link #zero} its identity.
 *
 * @param pipeline the sum of the amounts; not null, not negative
 * @param weightedPipeline the sum of the weighted amounts; not null, in the same currency, not
 *     negative, at most {@code pipeline}
 * @param opportunities the opportunities counted; not negative
 */
public record PipelineTally(MoneyTotal pipeline, MoneyTotal weightedPipeline, long opportunities) {

  /**
   * Checks the parts.
   *
   * @param pipeline the sum of the amounts; not null, not negative
   * @param weightedPipeline the sum of the weighted amounts; not null, in the same currency, not
   *     negative, at most {@code pipeline}
   * @param opportunities the opportunities counted; not negative
   * @throws IllegalArgumentException if the currencies differ, an amount or the count is negative,
   *     or the weighted sum exceeds the unweighted one
   */
  public PipelineTally {
    Objects.requireNonNull(pipeline, "pipeline");
    Objects.requireNonNull(weightedPipeline, "weightedPipeline");
    Money sum = pipeline.total();
    Money weighted = weightedPipeline.total();
    checkArgument(
        sum.isSameCurrency(weighted),
        "a pipeline is in one currency: %s and %s (DESIGN §2)",
        sum,
        weighted);
    checkArgument(
        !weighted.isNegative() && !weighted.isGreaterThan(sum),
        "a weighted pipeline is 0 to %s, not %s",
        sum,
        weighted);
    checkArgument(
        opportunities >= 0, "a count of opportunities is not negative: %s", opportunities);
  }

  /**
   * Returns the tally of no opportunity.
   *
   * @param currency the currency; not null
   * @return zero amounts in that currency and no opportunity, never null
   */
  public static PipelineTally zero(CurrencyUnit currency) {
    Objects.requireNonNull(currency, "currency");
    MoneyTotal zero = MoneyTotal.zero(currency);
    return new PipelineTally(zero, zero, 0);
  }

  /**
   * Adds one opportunity's amounts.
   *
   * @param amount its amount; not null, not negative, in this tally's currency
   * @param weighted its weighted amount; not null, at most {@code amount}, in this tally's currency
   * @return the new tally, never null
   * @throws IllegalArgumentException if a currency differs, or the amounts are out of order
   */
  public PipelineTally plus(Money amount, Money weighted) {
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(weighted, "weighted");
    checkArgument(!amount.isNegative(), "an opportunity's amount is not negative: %s", amount);
    return new PipelineTally(
        pipeline.plus(amount), weightedPipeline.plus(weighted), Math.addExact(opportunities, 1));
  }

  /**
   * Adds another tally.
   *
   * @param other the other tally; not null, in this tally's currency
   * @return the sum, never null
   * @throws IllegalArgumentException if the currency differs
   */
  public PipelineTally plus(PipelineTally other) {
    Objects.requireNonNull(other, "other");
    return new PipelineTally(
        pipeline.plus(other.pipeline),
        weightedPipeline.plus(other.weightedPipeline),
        Math.addExact(opportunities, other.opportunities));
  }

  /**
   * Takes out another tally that was added before.
   *
   * @param other the tally to take out; not null, part of this one, in this currency
   * @return the difference, never null
   * @throws IllegalArgumentException if the currency differs or {@code other} is not part of this
   *     tally
   */
  public PipelineTally minus(PipelineTally other) {
    Objects.requireNonNull(other, "other");
    return new PipelineTally(
        pipeline.minus(other.pipeline),
        weightedPipeline.minus(other.weightedPipeline),
        Math.subtractExact(opportunities, other.opportunities));
  }
}
