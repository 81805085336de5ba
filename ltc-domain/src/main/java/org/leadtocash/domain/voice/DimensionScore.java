package org.leadtocash.domain.voice;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import org.leadtocash.domain.common.Rate;

/**
 * The score of one satisfaction dimension in a survey (DOMAIN D8.3): the points given out of the
 * answers, as a {@link Rate} {@code total points / answers} whose value is the average score.
 *
 * @param dimension the dimension; not null
 * @param score the total points over the number of answers; {@link Rate#NO_DATA} if nobody
 *     answered; not null
 */
public record DimensionScore(SatisfactionDimension dimension, Rate score) {

  /**
   * The order from weakest to strongest: lower average first, compared exactly; unanswered
   * dimensions last; then in dimension order.
   */
  public static final Comparator<DimensionScore> WEAKEST_FIRST = DimensionScore::compareWeakness;

  /**
   * Checks that no part is null.
   *
   * @param dimension the dimension; not null
   * @param score the total points over the number of answers; {@link Rate#NO_DATA} if nobody
   *     answered; not null
   */
  public DimensionScore {
    Objects.requireNonNull(dimension, "dimension");
    Objects.requireNonNull(score, "score");
  }

  /** {@return the dimension's area; never null} */
  public SatisfactionArea area() {
    return dimension.area();
  }

  /** {@return how many respondents answered the dimension} */
  public long answers() {
    return score.denominator().longValueExact();
  }

  /**
   * Returns the average score rounded half-even to two decimals, e.g. {@code 3.67}.
   *
   * @return the average, or empty if nobody answered; never null
   */
  public Optional<BigDecimal> average() {
    return score.value().map(v -> v.setScale(2, RoundingMode.HALF_EVEN));
  }

  /**
   * Returns whether the exact average is below a threshold; an unanswered dimension is not.
   *
   * @param threshold the threshold; not null
   * @return whether it was answered and its average is below the threshold
   */
  public boolean isBelow(BigDecimal threshold) {
    Objects.requireNonNull(threshold, "threshold");
    return score.isDefined()
        && score.numerator().compareTo(threshold.multiply(score.denominator())) < 0;
  }

  private static int compareWeakness(DimensionScore a, DimensionScore b) {
    if (a.score.isDefined() != b.score.isDefined()) {
      return a.score.isDefined() ? -1 : 1;
    }
    int byAverage =
        a.score
            .numerator()
            .multiply(b.score.denominator())
            .compareTo(b.score.numerator().multiply(a.score.denominator()));
    return byAverage != 0 ? byAverage : a.dimension.compareTo(b.dimension);
  }

  /** {@return e.g. {@code fit of the solution 3.25 (4 answers)} or {@code safety no answers}} */
  @Override
  public String toString() {
    return dimension.label()
        + average()
            .map(
                a ->
                    " "
                        + a.toPlainString()
                        + " ("
                        + answers()
                        + (answers() == 1 ? " answer)" : " answers)"))
            .orElse(" no answers");
  }
}
