package org.leadtocash.planning.cycle;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;
import java.util.Optional;
import org.leadtocash.domain.common.FreeText;

/**
 * The answer a review gave to one {@link ReviewQuestion} (DOMAIN D11.10): yes or no, the evidence
 * it rests on, and, for a "no", the adjustment of the plan that answers it once made.
 *
 * @param yes whether the answer is yes: the plan is sound on this question
 * @param evidence what the answer rests on; not null, not blank
 * @param adjustment how the plan was adjusted after a "no"; not null, empty until adjusted, and
 *     always empty for a "yes"
 */
public record ReviewAnswer(boolean yes, String evidence, Optional<String> adjustment) {

  /**
   * Checks the evidence and the adjustment.
   *
   * @param yes whether the answer is yes
   * @param evidence what it rests on; not null, not blank
   * @param adjustment the adjustment after a "no"; not null, not blank when present, empty for a
   *     "yes"
   * @throws IllegalArgumentException if the evidence or the adjustment is blank, or a "yes" carries
   *     an adjustment
   */
  public ReviewAnswer {
    FreeText.note(evidence, "evidence");
    Objects.requireNonNull(adjustment, "adjustment").ifPresent(t -> FreeText.note(t, "adjustment"));
    Objects.requireNonNull(evidence, "evidence");
    Objects.requireNonNull(adjustment, "adjustment");
    checkArgument(
        !evidence.isBlank(), "a review answer gives the evidence it rests on (DOMAIN D11.10)");
    adjustment.ifPresent(
        a ->
            checkArgument(
                !a.isBlank(), "an adjustment of the plan says what was changed (DOMAIN D11.10)"));
    checkArgument(
        !yes || adjustment.isEmpty(),
        "only a question answered no is adjusted (DOMAIN D11.10): %s",
        FreeText.escaped(adjustment.orElse("")));
  }

  /**
   * {@return whether the answer lets the cycle move on: a "yes", or a "no" whose plan was adjusted
   * (DOMAIN D11.10)}
   */
  public boolean isSettled() {
    return yes || adjustment.isPresent();
  }
}
