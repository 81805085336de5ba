package org.leadtocash.planning.account;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;
import org.joda.money.Money;
import org.leadtocash.domain.common.Figures;
import org.leadtocash.domain.common.FreeText;
import org.leadtocash.domain.common.Probability;

/**
 * Where the growth matrix divides big from small prizes and likely from unlikely successes (DOMAIN
 * D11.3): a prize at or above {@code prize} is big, a probability at or above {@code probability}
 * is likely.
 *
 * @param prize the smallest big prize; not null, not negative
 * @param probability the smallest likely probability; not null
 * @param basis where the thresholds come from, e.g. "the mean prize of the 6 options"; not null,
 *     not blank
 */
public record MatrixThresholds(Money prize, Probability probability, String basis) {

  /**
   * Checks the thresholds.
   *
   * @param prize the smallest big prize; not null, not negative
   * @param probability the smallest likely probability; not null
   * @param basis where they come from; not null, not blank
   * @throws IllegalArgumentException if the prize is negative or the basis blank
   */
  public MatrixThresholds {
    FreeText.line(basis, "basis");
    Objects.requireNonNull(prize, "prize");
    Objects.requireNonNull(probability, "probability");
    Objects.requireNonNull(basis, "basis");
    checkArgument(
        !prize.isNegative(), "the prize threshold is not negative (DOMAIN D11.3): %s", prize);
    checkArgument(!basis.isBlank(), "matrix thresholds say where they come from (DOMAIN D11.3)");
  }

  /**
   * Places an option in its quadrant.
   *
   * @param option the option; not null, in the threshold's currency
   * @return the one quadrant its prize and probability fall in, never null
   * @throws IllegalArgumentException if the option's prize is in another currency
   */
  public Quadrant place(GrowthOption option) {
    Objects.requireNonNull(option, "option");
    checkCurrency(option);
    return Quadrant.of(isBig(option), isLikely(option));
  }

  /**
   * Explains where an option is placed: its prize and probability against the thresholds.
   *
   * @param option the option; not null, in the threshold's currency
   * @return e.g. "prize CNY 12,000,000.00 at or above CNY 8,000,000.00 (big), probability 70% at or
   *     above 50% (likely): act now"; never null
   * @throws IllegalArgumentException if the option's prize is in another currency
   */
  public String explain(GrowthOption option) {
    Quadrant quadrant = place(option);
    return "prize "
        + Figures.money(option.prize())
        + (quadrant.bigPrize() ? " at or above " : " below ")
        + Figures.money(prize)
        + (quadrant.bigPrize() ? " (big)" : " (small)")
        + ", probability "
        + option.probability()
        + (quadrant.likely() ? " at or above " : " below ")
        + probability
        + (quadrant.likely() ? " (likely)" : " (unlikely)")
        + ": "
        + quadrant.label();
  }

  private boolean isBig(GrowthOption option) {
    return !option.prize().isLessThan(prize);
  }

  private boolean isLikely(GrowthOption option) {
    return option.probability().compareTo(probability) >= 0;
  }

  private void checkCurrency(GrowthOption option) {
    checkArgument(
        option.prize().getCurrencyUnit().equals(prize.getCurrencyUnit()),
        "a growth matrix is in one currency (DOMAIN D11.3): %s has %s against a threshold of %s",
        option.description(),
        option.prize(),
        prize);
  }
}
