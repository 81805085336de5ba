package org.leadtocash.domain.voice;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.Maps;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.leadtocash.domain.common.PersonId;

/**
 * One respondent's answers to a satisfaction survey: a score for each dimension they answered, on
 * the scale of {@link SatisfactionSurvey#MIN_SCORE} to {@link SatisfactionSurvey#MAX_SCORE} (DOMAIN
 * D8.3). A respondent may skip dimensions they cannot judge.
 *
 * @param respondent the customer's person who answered, or empty if anonymous (third-party surveys
 *     usually are); not null
 * @param scores the score of each dimension answered; not null, not empty, each within the scale
 */
public record SurveyResponse(
    Optional<PersonId> respondent, Map<SatisfactionDimension, Integer> scores) {

  /**
   * Checks and copies the parts; the scores are kept in dimension order.
   *
   * @param respondent the customer's person who answered, or empty if anonymous (third-party
   *     surveys usually are); not null
   * @param scores the score of each dimension answered; not null, not empty, each within the scale
   * @throws IllegalArgumentException if there is no score or a score is outside the scale
   */
  public SurveyResponse {
    Objects.requireNonNull(scores, "scores");
    Objects.requireNonNull(respondent, "respondent");
    scores = Maps.immutableEnumMap(scores);
    checkArgument(!scores.isEmpty(), "a survey response scores at least one dimension");
    scores.forEach(
        (dimension, score) ->
            checkArgument(
                score >= SatisfactionSurvey.MIN_SCORE && score <= SatisfactionSurvey.MAX_SCORE,
                "%s is scored from %s to %s, not %s (DOMAIN D8.3)",
                dimension,
                SatisfactionSurvey.MIN_SCORE,
                SatisfactionSurvey.MAX_SCORE,
                score));
  }

  /**
   * Returns an anonymous response.
   *
   * @param scores the score of each dimension answered; not null, not empty, each within the scale
   * @return the response, never null
   * @throws IllegalArgumentException if there is no score or a score is outside the scale
   */
  public static SurveyResponse anonymous(Map<SatisfactionDimension, Integer> scores) {
    return new SurveyResponse(Optional.empty(), scores);
  }

  /**
   * Returns a named respondent's response.
   *
   * @param respondent who answered; not null
   * @param scores the score of each dimension answered; not null, not empty, each within the scale
   * @return the response, never null
   * @throws IllegalArgumentException if there is no score or a score is outside the scale
   */
  public static SurveyResponse of(PersonId respondent, Map<SatisfactionDimension, Integer> scores) {
    Objects.requireNonNull(respondent, "respondent");
    return new SurveyResponse(Optional.of(respondent), scores);
  }
}
