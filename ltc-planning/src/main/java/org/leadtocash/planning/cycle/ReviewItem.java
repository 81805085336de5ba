package org.leadtocash.planning.cycle;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;
import java.util.Optional;

/**
 * One question of a {@link ReviewReport} (DOMAIN D11.10): its answer, if given, whether it passes,
 * and why.
 *
 * @param question the question; not null
 * @param answer the answer given, empty if not yet answered; not null
 * @param passes whether it passes: answered yes, or no with an adjustment
 * @param reason why it passes or not, with the evidence; not null, not blank
 */
public record ReviewItem(
    ReviewQuestion question, Optional<ReviewAnswer> answer, boolean passes, String reason) {

  /**
   * Checks that the verdict follows from the answer.
   *
   * @param question the question; not null
   * @param answer the answer, empty if not yet answered; not null
   * @param passes whether it passes
   * @param reason why; not null, not blank
   * @throws IllegalArgumentException if the reason is blank, or {@code passes} is not what the
   *     answer gives
   */
  public ReviewItem {
    Objects.requireNonNull(question, "question");
    Objects.requireNonNull(answer, "answer");
    Objects.requireNonNull(reason, "reason");
    checkArgument(!reason.isBlank(), "a review item says why (DOMAIN D11.10): %s", question);
    checkArgument(
        passes == answer.map(ReviewAnswer::isSettled).orElse(false),
        "a review question passes when answered yes, or no with an adjustment (DOMAIN D11.10):"
            + " %s",
        question);
  }

  /**
   * Returns the item of a question and its answer, with the reason in words.
   *
   * @param question the question; not null
   * @param answer the answer, empty if not yet answered; not null
   * @return the item, never null
   */
  public static ReviewItem of(ReviewQuestion question, Optional<ReviewAnswer> answer) {
    Objects.requireNonNull(question, "question");
    Objects.requireNonNull(answer, "answer");
    String reason =
        answer
            .map(
                a ->
                    a.yes()
                        ? "yes: " + a.evidence()
                        : a.adjustment()
                            .map(adj -> "no: " + a.evidence() + "; adjusted: " + adj)
                            .orElse("no, and not yet adjusted: " + a.evidence()))
            .orElse("not yet answered");
    return new ReviewItem(
        question, answer, answer.map(ReviewAnswer::isSettled).orElse(false), reason);
  }
}
