package org.leadtocash.domain.customer;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;

/**
 * The host's scores of a customer's intangible value, each from {@value #MIN_SCORE} to {@value
 * #MAX_SCORE} (DOMAIN D6.5). An {@link IntangibleValuePolicy} converts them to money.
 *
 * @param learning learning value for new product and service development, 0 to 100
 * @param skillBuilding skill-building value, 0 to 100
 * @param referral referral potential, 0 to 100
 * @param other other intangible value, 0 to 100
 */
public record IntangibleScores(int learning, int skillBuilding, int referral, int other) {

  /** The lowest score: no such value. */
  public static final int MIN_SCORE = 0;

  /** The highest score. */
  public static final int MAX_SCORE = 100;

  /** No intangible value at all. */
  public static final IntangibleScores NONE = new IntangibleScores(0, 0, 0, 0);

  /**
   * Checks the range of every score.
   *
   * @param learning learning value for new product and service development, 0 to 100
   * @param skillBuilding skill-building value, 0 to 100
   * @param referral referral potential, 0 to 100
   * @param other other intangible value, 0 to 100
   * @throws IllegalArgumentException if a score is outside 0..100
   */
  public IntangibleScores {
    check(learning, "learning");
    check(skillBuilding, "skillBuilding");
    check(referral, "referral");
    check(other, "other");
  }

  /**
   * Returns the scores.
   *
   * @param learning learning value, 0 to 100
   * @param skillBuilding skill-building value, 0 to 100
   * @param referral referral potential, 0 to 100
   * @param other other intangible value, 0 to 100
   * @return the scores, never null
   */
  public static IntangibleScores of(int learning, int skillBuilding, int referral, int other) {
    return new IntangibleScores(learning, skillBuilding, referral, other);
  }

  /**
   * Returns the score of one intangible part.
   *
   * @param part the part; not null
   * @return its score, 0 to 100
   */
  public int score(IntangibleValue part) {
    Objects.requireNonNull(part, "part");
    return switch (part) {
      case LEARNING -> learning;
      case SKILL_BUILDING -> skillBuilding;
      case REFERRAL -> referral;
      case OTHER -> other;
    };
  }

  private static void check(int score, String name) {
    checkArgument(
        score >= MIN_SCORE && score <= MAX_SCORE,
        "an intangible score is between %s and %s, not %s = %s (DOMAIN D6.5)",
        MIN_SCORE,
        MAX_SCORE,
        name,
        score);
  }
}
