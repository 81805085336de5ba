package org.leadtocash.planning.pricing;

import java.util.Objects;

/**
 * One step of the path through the pricing decision tree (DOMAIN D11.8): a question asked and the
 * answer it got.
 *
 * @param question the question; not null
 * @param answer its answer; not null
 */
public record PricingStep(PricingQuestion question, Answer answer) {

  /**
   * Checks that no part is null.
   *
   * @param question the question; not null
   * @param answer its answer; not null
   */
  public PricingStep {
    Objects.requireNonNull(question, "question");
    Objects.requireNonNull(answer, "answer");
  }

  /** {@return the step in words, e.g. "can the customer be moved …? no"; never null} */
  public String explanation() {
    return question.label() + " " + answer.label();
  }
}
