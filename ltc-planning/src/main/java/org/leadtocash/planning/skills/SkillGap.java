package org.leadtocash.planning.skills;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;

/**
 * One skill of a {@link SkillMap}'s ranking (DOMAIN D11.7): its rank, from 1 for the largest gap,
 * and its assessment.
 *
 * @param rank the rank, from 1 for the largest gap
 * @param assessment the skill's assessment; not null
 */
public record SkillGap(int rank, SkillAssessment assessment) {

  /**
   * Checks the rank.
   *
   * @param rank the rank, from 1
   * @param assessment the skill's assessment; not null
   * @throws IllegalArgumentException if the rank is below 1
   */
  public SkillGap {
    Objects.requireNonNull(assessment, "assessment");
    checkArgument(rank >= 1, "a skill gap ranks from 1 (DOMAIN D11.7): %s", rank);
  }

  /** {@return the skill; never null} */
  public String skill() {
    return assessment.skill();
  }

  /** {@return the gap: importance minus performance (DOMAIN D11.7)} */
  public int gap() {
    return assessment.gap();
  }

  /** {@return whether the skill needs developing: its gap is positive (DOMAIN D11.7)} */
  public boolean isDevelopmentNeed() {
    return assessment.isDevelopmentNeed();
  }

  /**
   * {@return the gap in words, e.g. "1. quantify the benefits: importance 5, performance 2, gap 3 —
   * develop"; never null}
   */
  public String explanation() {
    return rank
        + ". "
        + skill()
        + ": importance "
        + assessment.importance()
        + ", performance "
        + assessment.performance()
        + ", gap "
        + gap()
        + (isDevelopmentNeed() ? " — develop" : " — no development need");
  }
}
