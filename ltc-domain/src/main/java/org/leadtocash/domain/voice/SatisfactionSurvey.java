package org.leadtocash.domain.voice;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.leadtocash.domain.common.ContractId;
import org.leadtocash.domain.common.CustomerId;
import org.leadtocash.domain.common.DomainStyle;
import org.leadtocash.domain.common.FreeText;
import org.leadtocash.domain.common.PersonId;
import org.leadtocash.domain.common.Rate;

/**
 * A customer satisfaction survey and its results (客户满意度调查, DOMAIN D8.3).
 *
 * <p>Every respondent scores the {@link SatisfactionDimension dimensions} they can judge on a scale
 * from {@value #MIN_SCORE} (very dissatisfied) through 3 (neutral) and 4 (satisfied) to {@value
 * #MAX_SCORE} (very satisfied). A dimension's score is the mean of its answers; an area's is the
 * mean of every answer in the area, so that each answer weighs the same. All scores are exact
 * {@link Rate}s {@code points / answers}, never floating point.
 *
 * <p>"Results feed next year's relationship plan": {@link #improvementAreas()} lists the dimensions
 * whose customers are, on average, less than satisfied — below {@link #IMPROVEMENT_THRESHOLD} —
 * weakest first; a plan takes them as its input.
 *
 * <p>True of every survey: it has at least one response; no named respondent answers twice; a
 * project-based survey names the contract of its project and a third-party survey its agency.
 */
@Value.Immutable
@DomainStyle
public abstract class SatisfactionSurvey {

  /** The lowest score: very dissatisfied. */
  public static final int MIN_SCORE = 1;

  /** The highest score: very satisfied. */
  public static final int MAX_SCORE = 5;

  /** The default improvement threshold: 4, "satisfied". */
  public static final BigDecimal IMPROVEMENT_THRESHOLD = BigDecimal.valueOf(4);

  SatisfactionSurvey() {}

  /** {@return the customer surveyed; never null} */
  public abstract CustomerId customer();

  /** {@return how the survey was carried out; never null} */
  public abstract SurveyKind kind();

  /** {@return when it was conducted; never null} */
  public abstract LocalDate conductedOn();

  /**
   * {@return the contract whose project was surveyed, present for a project-based survey; never
   * null}
   */
  public abstract Optional<ContractId> contract();

  /** {@return the third party that ran it, present for a third-party survey; never null} */
  public abstract Optional<String> agency();

  /** {@return the responses; never null, never empty} */
  public abstract List<SurveyResponse> responses();

  /** {@return how many respondents answered} */
  public int respondents() {
    return responses().size();
  }

  /**
   * Returns the score of a dimension: its points over its answers.
   *
   * @param dimension the dimension; not null
   * @return the score, with {@link Rate#NO_DATA} if nobody answered it; never null
   */
  public DimensionScore score(SatisfactionDimension dimension) {
    Objects.requireNonNull(dimension, "dimension");
    long points = 0;
    long answers = 0;
    for (SurveyResponse response : responses()) {
      Integer score = response.scores().get(dimension);
      if (score != null) {
        points += score;
        answers++;
      }
    }
    return new DimensionScore(dimension, Rate.of(points, answers));
  }

  /**
   * Returns the score of an area: every answer in the area, each weighing the same.
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

  /** {@return the score over every answer of the survey; never null} */
  public Rate overall() {
    return Arrays.stream(SatisfactionArea.values())
        .map(this::score)
        .reduce(Rate.NO_DATA, Rate::plus);
  }

  /** {@return the score of every dimension someone answered, in dimension order; never null} */
  public List<DimensionScore> scores() {
    return Arrays.stream(SatisfactionDimension.values())
        .map(this::score)
        .filter(s -> s.score().isDefined())
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the weakest answered dimensions, weakest first ({@link DimensionScore#WEAKEST_FIRST}).
   *
   * @param count how many at most; not negative
   * @return up to {@code count} scores, never null
   * @throws IllegalArgumentException if {@code count} is negative
   */
  public List<DimensionScore> weakest(int count) {
    checkArgument(count >= 0, "a count is not negative: %s", count);
    return scores().stream()
        .sorted(DimensionScore.WEAKEST_FIRST)
        .limit(count)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the improvement areas for next year's relationship plan: the answered dimensions whose
   * average is below {@link #IMPROVEMENT_THRESHOLD} (less than satisfied), weakest first.
   *
   * @return the dimensions to improve, never null
   */
  public List<DimensionScore> improvementAreas() {
    return improvementAreas(IMPROVEMENT_THRESHOLD);
  }

  /**
   * Returns the answered dimensions whose exact average is below a threshold, weakest first.
   *
   * @param threshold the threshold, on the survey's scale; not null
   * @return the dimensions to improve, never null
   */
  public List<DimensionScore> improvementAreas(BigDecimal threshold) {
    Objects.requireNonNull(threshold, "threshold");
    return scores().stream()
        .filter(s -> s.isBelow(threshold))
        .sorted(DimensionScore.WEAKEST_FIRST)
        .collect(ImmutableList.toImmutableList());
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link SatisfactionSurvey}; customer, kind, date and at least one response are
   * required, and the contract or agency as the kind needs.
   */
  public static final class Builder extends ImmutableSatisfactionSurvey.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    agency().ifPresent(t -> FreeText.line(t, "agency"));
    checkArgument(!responses().isEmpty(), "a survey has at least one response (DOMAIN D8.3)");
    Set<PersonId> named = new HashSet<>();
    for (SurveyResponse response : responses()) {
      response
          .respondent()
          .ifPresent(
              p -> checkArgument(named.add(p), "%s answers the survey once (DOMAIN D8.3)", p));
    }
    agency().ifPresent(a -> checkArgument(!a.isBlank(), "a survey's agency has a name"));
    if (kind() == SurveyKind.PROJECT_BASED) {
      checkArgument(
          contract().isPresent(),
          "a project-based survey names the contract of its project (DOMAIN D8.3)");
    } else {
      checkArgument(agency().isPresent(), "a third-party survey names its agency (DOMAIN D8.3)");
    }
  }
}
