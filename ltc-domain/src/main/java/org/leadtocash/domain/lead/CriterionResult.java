package org.leadtocash.domain.lead;

import java.util.Objects;
import java.util.Optional;

/**
 * One line of a {@link ValidationReport}: a criterion, whether it passed, and why (DOMAIN D2.5).
 *
 * @param criterion the criterion; not null
 * @param answer the recorded answer, or empty if the criterion was not answered; not null
 */
public record CriterionResult(ValidationCriterion criterion, Optional<CriterionAnswer> answer) {

  /**
   * Checks that no part is null.
   *
   * @param criterion the criterion; not null
   * @param answer the recorded answer, or empty if the criterion was not answered; not null
   */
  public CriterionResult {
    Objects.requireNonNull(criterion, "criterion");
    Objects.requireNonNull(answer, "answer");
  }

  /** {@return whether the criterion passed: it was answered, and met} */
  public boolean passed() {
    return answer.map(CriterionAnswer::met).orElse(false);
  }

  /** {@return whether the criterion was answered at all} */
  public boolean answered() {
    return answer.isPresent();
  }

  /** {@return the answer's reason, or {@code not answered}; never null} */
  public String reason() {
    return answer.map(CriterionAnswer::reason).orElse("not answered");
  }

  /**
   * {@return e.g. {@code Q3 passed: relationship: a coach inside … — Mr Li wants us to win}, {@code
   * … failed: …} or {@code … not answered: …}}
   */
  @Override
  public String toString() {
    return criterion.question().label()
        + (passed() ? " passed: " : answered() ? " failed: " : " not answered: ")
        + criterion.label()
        + answer.map(a -> " — " + a.reason()).orElse("");
  }
}
