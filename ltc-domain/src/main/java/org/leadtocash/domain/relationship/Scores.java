package org.leadtocash.domain.relationship;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.leadtocash.domain.common.RuleId;

/** The checks shared by the relationship assessments: every dimension scored, within the scale. */
final class Scores {

  private Scores() {}

  /**
   * Checks that every dimension is scored, each within the scale.
   *
   * @param dimensions the dimensions' enum
   * @param scores the scores
   * @param lowest the lowest score
   * @param highest the highest score
   * @param what what is assessed, e.g. {@code key-relationship}
   * @param rule the rule, e.g. {@link RuleId#D7_5}
   * @param <D> the dimensions' type
   * @throws IllegalArgumentException if a dimension is missing or a score is out of the scale
   */
  static <D extends Enum<D>> void checkComplete(
      Class<D> dimensions,
      Map<D, Integer> scores,
      int lowest,
      int highest,
      String what,
      RuleId rule) {
    Set<D> missing = EnumSet.allOf(dimensions);
    missing.removeAll(scores.keySet());
    checkArgument(
        missing.isEmpty(),
        "a %s assessment scores all %s dimensions (%s); missing: %s",
        what,
        dimensions.getEnumConstants().length,
        rule,
        missing);
    scores.forEach(
        (dimension, score) ->
            checkArgument(
                score >= lowest && score <= highest,
                "a %s score is from %s to %s (%s), not %s=%s",
                what,
                lowest,
                highest,
                rule,
                dimension,
                score));
  }
}
