package org.leadtocash.domain.relationship;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import org.immutables.value.Value;
import org.leadtocash.domain.common.DomainStyle;
import org.leadtocash.domain.common.EmployeeId;
import org.leadtocash.domain.common.RuleId;

/**
 * One assessment of the general relationship with a customer (DOMAIN D7.6): a score for each of the
 * four {@link GeneralRelationshipDimension dimensions}, who assessed it and on which day.
 *
 * <p>Every dimension is scored from {@value #MIN_SCORE} (against us: the channel is closed, we
 * trail the technical evaluation, delivery fails, the brand is rejected) through 3 (average) to
 * {@value #MAX_SCORE} (fully for us). True of every assessment: all four dimensions are scored, and
 * every score is on the scale. A {@link GeneralRelationshipPolicy} turns the scores into a {@link
 * GeneralRelationshipGrade}.
 */
@Value.Immutable
@DomainStyle
public abstract class GeneralRelationshipAssessment {

  /** The lowest score of a dimension: against us. */
  public static final int MIN_SCORE = 1;

  /** The highest score of a dimension: fully for us. */
  public static final int MAX_SCORE = 5;

  GeneralRelationshipAssessment() {}

  /** {@return the score of every dimension, each from 1 to 5; never null} */
  public abstract Map<GeneralRelationshipDimension, Integer> scores();

  /** {@return who assessed the relationship; never null} */
  public abstract EmployeeId assessor();

  /** {@return the day of the assessment; never null} */
  public abstract LocalDate assessedOn();

  /**
   * Returns the score of one dimension.
   *
   * @param dimension the dimension; not null
   * @return its score, from {@value #MIN_SCORE} to {@value #MAX_SCORE}
   */
  public int score(GeneralRelationshipDimension dimension) {
    Objects.requireNonNull(dimension, "dimension");
    return Objects.requireNonNull(scores().get(dimension), "every dimension is scored");
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link GeneralRelationshipAssessment}; all four scores, assessor and day are required.
   */
  public static final class Builder extends ImmutableGeneralRelationshipAssessment.Builder {

    Builder() {}

    /**
     * Scores one dimension.
     *
     * @param dimension the dimension; not null, scored once
     * @param score from {@value #MIN_SCORE} to {@value #MAX_SCORE}, checked by {@code build()}
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder score(GeneralRelationshipDimension dimension, int score) {
      putScore(Objects.requireNonNull(dimension, "dimension"), score);
      return this;
    }
  }

  @Value.Check
  void check() {
    Scores.checkComplete(
        GeneralRelationshipDimension.class,
        scores(),
        MIN_SCORE,
        MAX_SCORE,
        "general-relationship",
        RuleId.D7_6);
  }
}
