package org.leadtocash.metrics.customer;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.leadtocash.domain.common.Rate;
import org.leadtocash.domain.voice.DimensionScore;
import org.leadtocash.domain.voice.SatisfactionArea;
import org.leadtocash.domain.voice.SatisfactionDimension;
import org.leadtocash.domain.voice.SatisfactionSurvey;

/**
 * Satisfaction indices (DOMAIN D8.3, D12): for every satisfaction dimension, the points its answers
 * gave over the number of its answers, across surveys — an exact average, kept as a {@link Rate}
 * {@code points / answers} whose value is the average score on the survey's 1–5 scale. Each answer
 * weighs the same, as within one {@link SatisfactionSurvey}, so a survey with more respondents
 * weighs more.
 *
 * <p>Both the accumulator and the result of {@link SatisfactionIndex}: an immutable value; {@link
 * #plus} adds points and answers dimension by dimension, is associative and commutative, and {@link
 * #NONE} is its identity.
 *
 * @param scores one score per dimension, in the order of {@link SatisfactionDimension}; a dimension
 *     nobody answered has {@link Rate#NO_DATA}; not null
 */
public record SatisfactionIndices(List<DimensionScore> scores) {

  /** No answer at all. */
  public static final SatisfactionIndices NONE =
      new SatisfactionIndices(
          Arrays.stream(SatisfactionDimension.values())
              .map(d -> new DimensionScore(d, Rate.NO_DATA))
              .collect(ImmutableList.toImmutableList()));

  /**
   * Checks and copies the scores.
   *
   * @param scores one score per dimension, in the order of {@link SatisfactionDimension}; a
   *     dimension nobody answered has {@link Rate#NO_DATA}; not null
   * @throws IllegalArgumentException if the scores are not one per dimension, in order
   */
  public SatisfactionIndices {
    Objects.requireNonNull(scores, "scores");
    scores = ImmutableList.copyOf(scores);
    checkArgument(
        scores.stream()
            .map(DimensionScore::dimension)
            .toList()
            .equals(List.of(SatisfactionDimension.values())),
        "satisfaction indices hold one score per dimension, in order (DOMAIN D8.3)");
  }

  /**
   * Returns the indices of one survey: its points and answers per dimension.
   *
   * @param survey the survey; not null
   * @return its indices, never null
   */
  public static SatisfactionIndices of(SatisfactionSurvey survey) {
    Objects.requireNonNull(survey, "survey");
    return new SatisfactionIndices(
        Arrays.stream(SatisfactionDimension.values())
            .map(survey::score)
            .collect(ImmutableList.toImmutableList()));
  }

  /**
   * Adds other indices: points and answers dimension by dimension.
   *
   * @param other the other indices; not null
   * @return the sum, never null
   */
  public SatisfactionIndices plus(SatisfactionIndices other) {
    Objects.requireNonNull(other, "other");
    ImmutableList.Builder<DimensionScore> sum = ImmutableList.builder();
    for (int i = 0; i < scores.size(); i++) {
      DimensionScore mine = scores.get(i);
      sum.add(new DimensionScore(mine.dimension(), mine.score().plus(other.scores.get(i).score())));
    }
    return new SatisfactionIndices(sum.build());
  }

  /**
   * Returns the index of a dimension.
   *
   * @param dimension the dimension; not null
   * @return its points over its answers, {@link Rate#NO_DATA} if nobody answered; never null
   */
  public DimensionScore score(SatisfactionDimension dimension) {
    Objects.requireNonNull(dimension, "dimension");
    return scores.stream().filter(s -> s.dimension() == dimension).findFirst().orElseThrow();
  }

  /**
   * Returns the index of an area: every answer in the area, each weighing the same (D8.3).
   *
   * @param area the area; not null
   * @return its points over its answers, {@link Rate#NO_DATA} if none; never null
   */
  public Rate score(SatisfactionArea area) {
    Objects.requireNonNull(area, "area");
    return SatisfactionDimension.of(area).stream()
        .map(d -> score(d).score())
        .reduce(Rate.NO_DATA, Rate::plus);
  }

  /** {@return the index over every answer; {@link Rate#NO_DATA} if none; never null} */
  public Rate overall() {
    return scores.stream().map(DimensionScore::score).reduce(Rate.NO_DATA, Rate::plus);
  }

  /** {@return the scores of the dimensions someone answered, in dimension order; never null} */
  public List<DimensionScore> answered() {
    return scores.stream()
        .filter(s -> s.score().isDefined())
        .collect(ImmutableList.toImmutableList());
  }

  /** {@return the answered dimensions, e.g. {@code STABILITY 4.50 (2 answers), …}} */
  @Override
  public String toString() {
    List<DimensionScore> answered = answered();
    return answered.isEmpty()
        ? "no answers"
        : answered.stream().map(DimensionScore::toString).collect(Collectors.joining(", "));
  }
}
