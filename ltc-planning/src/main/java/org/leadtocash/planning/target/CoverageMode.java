package org.leadtocash.planning.target;

import java.util.Objects;
import org.joda.money.Money;
import org.leadtocash.domain.common.Probability;

/**
 * How the opportunities count against a number (DOMAIN D9.5); the host chooses.
 *
 * <p>Unweighted coverage counts each opportunity's whole amount, the view of the pipeline a planner
 * uses to see whether enough opportunities exist at all. Weighted coverage counts each amount
 * multiplied by its win probability, the view of what the opportunities are expected to bring; it
 * is never more than the unweighted coverage.
 */
public enum CoverageMode {
  /** An opportunity counts with {@code amount × win probability}, rounded half-even to the cent. */
  WEIGHTED("weighted"),
  /** An opportunity counts with its whole amount, whatever its win probability. */
  UNWEIGHTED("unweighted");

  private final String label;

  CoverageMode(String label) {
    this.label = label;
  }

  /** {@return the mode in words, for display, e.g. {@code weighted}; never null} */
  public String label() {
    return label;
  }

  /**
   * Returns what an opportunity counts for under this mode.
   *
   * @param amount the opportunity's amount; not null
   * @param winProbability its probability of being won; not null
   * @return the amount itself ({@link #UNWEIGHTED}), or the amount weighted by the probability and
   *     rounded half-even to the currency's minor unit ({@link #WEIGHTED}); never null
   */
  public Money count(Money amount, Probability winProbability) {
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(winProbability, "winProbability");
    return this == WEIGHTED ? winProbability.weigh(amount) : amount;
  }
}
