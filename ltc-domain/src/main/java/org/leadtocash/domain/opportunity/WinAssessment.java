package org.leadtocash.domain.opportunity;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableSet;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.immutables.value.Value;
import org.leadtocash.domain.common.DomainStyle;

/**
 * The four-factor assessment of an opportunity (DOMAIN D3.6): each of the {@link WinFactor}s scored
 * from {@value #MIN_SCORE} (far behind the competition) to {@value #MAX_SCORE} (clearly ahead),
 * with a note.
 *
 * <p>True of every assessment: all four factors are scored, within the scale.
 */
@Value.Immutable
@DomainStyle
public abstract class WinAssessment {

  WinAssessment() {}

  /** The lowest score: far behind the competition. */
  public static final int MIN_SCORE = 1;

  /** The highest score: clearly ahead of the competition. */
  public static final int MAX_SCORE = 5;

  /** {@return the score of each factor; never null} */
  public abstract Map<WinFactor, Integer> scores();

  /** {@return the assessor's note; never null, may be empty} */
  @Value.Default
  public String note() {
    return "";
  }

  /**
   * Returns the score of one factor.
   *
   * @param factor the factor; not null
   * @return its score, {@value #MIN_SCORE} to {@value #MAX_SCORE}
   */
  public int score(WinFactor factor) {
    Integer score = scores().get(Objects.requireNonNull(factor, "factor"));
    if (score == null) {
      throw new AssertionError("every factor is scored: " + factor);
    }
    return score;
  }

  /** {@return the sum of the four scores, from 4 to 20} */
  public int total() {
    return scores().values().stream().mapToInt(Integer::intValue).sum();
  }

  /** {@return the factors with the lowest score: where to act first; never null, never empty} */
  public Set<WinFactor> weakest() {
    int min = scores().values().stream().mapToInt(Integer::intValue).min().orElseThrow();
    return scores().entrySet().stream()
        .filter(e -> e.getValue() == min)
        .map(Map.Entry::getKey)
        .collect(ImmutableSet.toImmutableSet());
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link WinAssessment}: put a score for every {@link WinFactor}. */
  public static final class Builder extends ImmutableWinAssessment.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Set<WinFactor> missing = EnumSet.allOf(WinFactor.class);
    missing.removeAll(scores().keySet());
    checkArgument(
        missing.isEmpty(),
        "an assessment scores all four factors (DOMAIN D3.6); missing %s",
        missing);
    scores()
        .forEach(
            (factor, score) ->
                checkArgument(
                    score >= MIN_SCORE && score <= MAX_SCORE,
                    "a factor is scored %s to %s, not %s for %s",
                    MIN_SCORE,
                    MAX_SCORE,
                    score,
                    factor));
  }
}
