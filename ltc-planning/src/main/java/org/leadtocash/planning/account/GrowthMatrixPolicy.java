package org.leadtocash.planning.account;

import java.util.List;
import org.joda.money.Money;

/**
 * Where the growth matrix divides big from small prizes and likely from unlikely successes (DOMAIN
 * D11.3). A host replaces the {@link #standard() standard} policy with its own by implementing this
 * interface; {@link GrowthMatrix#of} places every option with the thresholds it returns, so the
 * quadrants always partition the plane.
 */
public interface GrowthMatrixPolicy {

  /**
   * Returns the thresholds for a set of options placed together.
   *
   * @param options the options to place; not null, not empty, one currency
   * @return the thresholds, with a prize in the options' currency; never null
   */
  MatrixThresholds thresholds(List<GrowthOption> options);

  /**
   * Returns the standard policy with a prize threshold derived from the options: a prize is big
   * when it is at least the mean prize of the options placed together (their total divided by their
   * number, rounded half-even to the currency's scale); success is likely at a probability of 50 %
   * or more.
   *
   * <p>Raising one option's prize raises the mean by less than it raises the prize, so a big prize
   * stays big: the placement is monotone.
   *
   * @return the standard policy, never null
   */
  static GrowthMatrixPolicy standard() {
    return StandardGrowthMatrixPolicy.MEAN_PRIZE;
  }

  /**
   * Returns the standard policy with the host's prize threshold: a prize is big at {@code
   * prizeThreshold} or more; success is likely at a probability of 50 % or more.
   *
   * @param prizeThreshold the smallest big prize, e.g. a share of the account's sales-potential
   *     gap; not null, not negative, in the options' currency
   * @return the policy, never null
   * @throws IllegalArgumentException if the threshold is negative
   */
  static GrowthMatrixPolicy standard(Money prizeThreshold) {
    return new StandardGrowthMatrixPolicy(prizeThreshold);
  }
}
