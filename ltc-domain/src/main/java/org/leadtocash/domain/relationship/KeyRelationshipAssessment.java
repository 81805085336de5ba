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
 * One assessment of a key relationship with one person (DOMAIN D7.5): a score for each of the six
 * {@link KeyRelationshipDimension dimensions}, who assessed it and on which day.
 *
 * <p>Every dimension is scored from {@value #MIN_SCORE} to {@value #MAX_SCORE}:
 *
 * <ol>
 *   <li>against us: hostile to the company, refuses our activities, withholds information, votes
 *       against us, works for a competitor;
 *   <li>reserved: little of it;
 *   <li>neutral: some of it, even-handed between us and the competitors;
 *   <li>clearly for us;
 *   <li>fully for us — for {@link KeyRelationshipDimension#COMPETITIVE_ATTITUDE competitive
 *       attitude}, for us <em>and</em> excluding the competitors.
 * </ol>
 *
 * <p>True of every assessment: all six dimensions are scored, and every score is on the scale.
 *
 * <pre>{@code
 * KeyRelationshipAssessment assessment = KeyRelationshipAssessment.builder()
 *     .score(KeyRelationshipDimension.ACCEPTANCE_OF_COMPANY, 4)
 *     ... // the five others
 *     .assessor(EmployeeId.of("E-WANG"))
 *     .assessedOn(LocalDate.of(2026, 3, 31))
 *     .build();
 * }</pre>
 */
@Value.Immutable
@DomainStyle
public abstract class KeyRelationshipAssessment {

  /** The lowest score of a dimension: against us. */
  public static final int MIN_SCORE = 1;

  /** The highest score of a dimension: fully for us. */
  public static final int MAX_SCORE = 5;

  KeyRelationshipAssessment() {}

  /** {@return the score of every dimension, each from 1 to 5; never null} */
  public abstract Map<KeyRelationshipDimension, Integer> scores();

  /** {@return who assessed the relationship: its owner, often with their manager; never null} */
  public abstract EmployeeId assessor();

  /** {@return the day of the assessment; never null} */
  public abstract LocalDate assessedOn();

  /**
   * Returns the score of one dimension.
   *
   * @param dimension the dimension; not null
   * @return its score, from {@value #MIN_SCORE} to {@value #MAX_SCORE}
   */
  public int score(KeyRelationshipDimension dimension) {
    Objects.requireNonNull(dimension, "dimension");
    return Objects.requireNonNull(scores().get(dimension), "every dimension is scored");
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link KeyRelationshipAssessment}; all six scores, assessor and day are required. */
  public static final class Builder extends ImmutableKeyRelationshipAssessment.Builder {

    Builder() {}

    /**
     * Scores one dimension.
     *
     * @param dimension the dimension; not null, scored once
     * @param score from {@value #MIN_SCORE} to {@value #MAX_SCORE}, checked by {@code build()}
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder score(KeyRelationshipDimension dimension, int score) {
      putScore(Objects.requireNonNull(dimension, "dimension"), score);
      return this;
    }
  }

  @Value.Check
  void check() {
    Scores.checkComplete(
        KeyRelationshipDimension.class,
        scores(),
        MIN_SCORE,
        MAX_SCORE,
        "key-relationship",
        RuleId.D7_5);
  }
}
