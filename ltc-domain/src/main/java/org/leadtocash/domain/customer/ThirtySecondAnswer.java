package org.leadtocash.domain.customer;

import java.util.Objects;
import java.util.Optional;

/**
 * One line of a {@link ThirtySecondTest}: a question, and the profile's answer or none (DOMAIN
 * D6.1).
 *
 * @param question the question; not null
 * @param answer the answer the profile gives, or empty if it gives none; not null
 */
public record ThirtySecondAnswer(ThirtySecondQuestion question, Optional<String> answer) {

  /**
   * Checks that no part is null.
   *
   * @param question the question; not null
   * @param answer the answer the profile gives, or empty if it gives none; not null
   */
  public ThirtySecondAnswer {
    Objects.requireNonNull(question, "question");
    Objects.requireNonNull(answer, "answer");
  }

  /** {@return whether the profile answers the question} */
  public boolean answered() {
    return answer.isPresent();
  }

  /**
   * {@return e.g. {@code answered: who decides? — CTO, procurement director} or {@code missing:
   * what is its strategy? — fill in strategy and pain points: business strategy}}
   */
  @Override
  public String toString() {
    return answer
        .map(a -> "answered: " + question.question() + " — " + a)
        .orElse("missing: " + question.question() + " — fill in " + question.answeredIn());
  }
}
