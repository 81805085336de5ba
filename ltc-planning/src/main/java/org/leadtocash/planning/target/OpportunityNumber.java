package org.leadtocash.planning.target;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;
import org.joda.money.Money;
import org.leadtocash.domain.common.Figures;
import org.leadtocash.domain.common.OpportunityId;
import org.leadtocash.domain.common.Probability;

/**
 * What an opportunity is worth to the plan (DOMAIN D9.5), as the host reads it from its pipeline:
 * its amount and its probability of being won. Planning never reads a live opportunity; the host
 * gives these values.
 *
 * @param opportunity the opportunity; not null
 * @param amount its amount; not null, not negative
 * @param winProbability its probability of being won; not null
 */
public record OpportunityNumber(
    OpportunityId opportunity, Money amount, Probability winProbability) {

  /**
   * Checks the values.
   *
   * @param opportunity the opportunity; not null
   * @param amount its amount; not null, not negative
   * @param winProbability its probability of being won; not null
   * @throws IllegalArgumentException if the amount is negative
   */
  public OpportunityNumber {
    Objects.requireNonNull(opportunity, "opportunity");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(winProbability, "winProbability");
    checkArgument(
        !amount.isNegative(),
        "an opportunity's amount is not negative (DOMAIN D9.5): %s has %s",
        opportunity,
        amount);
  }

  /**
   * Returns an opportunity's values.
   *
   * @param opportunity the opportunity; not null
   * @param amount its amount; not null, not negative
   * @param winProbability its probability of being won; not null
   * @return the values, never null
   * @throws IllegalArgumentException if the amount is negative
   */
  public static OpportunityNumber of(
      OpportunityId opportunity, Money amount, Probability winProbability) {
    return new OpportunityNumber(opportunity, amount, winProbability);
  }

  /**
   * Returns what the opportunity counts for against a number.
   *
   * @param mode weighted or unweighted; not null
   * @return the amount, or the amount weighted by the win probability; never null, never more than
   *     the amount
   */
  public Money value(CoverageMode mode) {
    return Objects.requireNonNull(mode, "mode").count(amount, winProbability);
  }

  /** {@return e.g. {@code OP-7 CNY 4,000,000.00 at 60%}} */
  @Override
  public String toString() {
    return opportunity + " " + Figures.money(amount) + " at " + winProbability;
  }
}
