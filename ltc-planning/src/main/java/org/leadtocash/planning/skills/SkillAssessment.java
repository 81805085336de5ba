package org.leadtocash.planning.skills;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;
import org.leadtocash.domain.common.FreeText;

/**
 * One selling skill of a {@link SkillMap} (DOMAIN D11.7): how important it will be in 2–3 years,
 * and how well the team performs it today, each on a scale from {@value #MIN_RATING} (low) to
 * {@value #MAX_RATING} (high). Its {@link #gap() gap} is importance minus performance.
 *
 * @param skill the skill, e.g. "quantify the benefits"; not null, not blank
 * @param importance its importance in 2–3 years, from {@value #MIN_RATING} to {@value #MAX_RATING}
 * @param performance today's performance, from {@value #MIN_RATING} to {@value #MAX_RATING}
 */
public record SkillAssessment(String skill, int importance, int performance) {

  /** The lowest rating of the scale: low importance, or low performance. */
  public static final int MIN_RATING = 1;

  /** The highest rating of the scale: high importance, or high performance. */
  public static final int MAX_RATING = 5;

  /**
   * Checks the skill and the ratings.
   *
   * @param skill the skill; not null, not blank
   * @param importance its importance in 2–3 years, on the scale
   * @param performance today's performance, on the scale
   * @throws IllegalArgumentException if the skill is blank or a rating is off the scale
   */
  public SkillAssessment {
    FreeText.line(skill, "skill");
    Objects.requireNonNull(skill, "skill");
    checkArgument(!skill.isBlank(), "a skill assessment names its skill (DOMAIN D11.7)");
    checkArgument(
        importance >= MIN_RATING && importance <= MAX_RATING,
        "the importance of %s is rated from %s to %s (DOMAIN D11.7): %s",
        skill,
        MIN_RATING,
        MAX_RATING,
        importance);
    checkArgument(
        performance >= MIN_RATING && performance <= MAX_RATING,
        "the performance of %s is rated from %s to %s (DOMAIN D11.7): %s",
        skill,
        MIN_RATING,
        MAX_RATING,
        performance);
  }

  /**
   * {@return importance minus performance, from −4 to 4: positive where the skill will matter more
   * than the team masters it today (DOMAIN D11.7)}
   */
  public int gap() {
    return importance - performance;
  }

  /** {@return whether the gap is positive: the skill needs developing (DOMAIN D11.7)} */
  public boolean isDevelopmentNeed() {
    return gap() > 0;
  }
}
