package org.leadtocash.planning.account;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;
import java.util.Optional;
import org.joda.money.Money;
import org.leadtocash.domain.common.Figures;

/**
 * How far a key account's growth options cover its sales-potential gap (DOMAIN D11.3): their
 * expected prize (each prize weighted by its probability) and their total prize (as if every option
 * succeeded) against the gap.
 *
 * @param gap the sales-potential gap; not null
 * @param expectedPrize the options' expected prize; not null, not negative, at most the total
 *     prize, in the gap's currency
 * @param totalPrize the options' total prize; not null, not negative, in the gap's currency
 */
public record GapCoverage(SalesPotentialGap gap, Money expectedPrize, Money totalPrize) {

  /**
   * Checks the prizes.
   *
   * @param gap the gap; not null
   * @param expectedPrize the expected prize; not null, from zero to the total prize, same currency
   * @param totalPrize the total prize; not null, not negative, same currency
   * @throws IllegalArgumentException if a prize is negative, the expected prize exceeds the total,
   *     or the currencies differ
   */
  public GapCoverage {
    Objects.requireNonNull(gap, "gap");
    Objects.requireNonNull(expectedPrize, "expectedPrize");
    Objects.requireNonNull(totalPrize, "totalPrize");
    checkArgument(
        expectedPrize.getCurrencyUnit().equals(gap.target().getCurrencyUnit())
            && totalPrize.getCurrencyUnit().equals(gap.target().getCurrencyUnit()),
        "growth options cover a gap in its own currency (DOMAIN D11.3): gap in %s, prizes %s and"
            + " %s",
        gap.target().getCurrencyUnit(),
        expectedPrize,
        totalPrize);
    checkArgument(
        !expectedPrize.isNegative() && !expectedPrize.isGreaterThan(totalPrize),
        "the expected prize is from zero to the total prize (DOMAIN D11.3): %s of %s",
        expectedPrize,
        totalPrize);
  }

  /** {@return whether the expected prize covers the gap (always, when there is no gap)} */
  public boolean coveredByExpected() {
    return gap.gap().map(g -> !expectedPrize.isLessThan(g)).orElse(true);
  }

  /** {@return whether the total prize covers the gap (always, when there is no gap)} */
  public boolean coveredByTotal() {
    return gap.gap().map(g -> !totalPrize.isLessThan(g)).orElse(true);
  }

  /** {@return the part of the gap the expected prize leaves open, or empty when it covers it} */
  public Optional<Money> uncovered() {
    return gap.gap().map(g -> g.minus(expectedPrize)).filter(Money::isPositive);
  }

  /**
   * {@return the gap's computation, then whether the options' expected and total prize cover it}
   */
  public String explanation() {
    String prizes =
        "the growth options' expected prize "
            + Figures.money(expectedPrize)
            + " (total "
            + Figures.money(totalPrize)
            + " if all succeed)";
    String verdict;
    if (gap.gap().isEmpty()) {
      verdict = "nothing to cover; " + prizes + " comes on top";
    } else if (coveredByExpected()) {
      verdict = prizes + " covers the gap";
    } else {
      verdict =
          prizes
              + " leaves "
              + Figures.money(uncovered().orElseThrow())
              + " of the gap uncovered"
              + (coveredByTotal()
                  ? ", which only the total would close"
                  : ", and even the total falls short");
    }
    return gap.explanation() + "; " + verdict;
  }
}
