package org.leadtocash.planning.pricing;

import com.google.common.collect.ImmutableMap;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The answers a planner gives to the questions of the pricing decision tree (DOMAIN D11.8). A
 * question without an answer counts as {@link Answer#UNKNOWN}; the tree asks only the questions on
 * its path, so the others may stay unanswered.
 *
 * <pre>{@code
 * PricingAnswers answers = PricingAnswers.none()
 *     .with(PricingQuestion.WINNING_PRICE_WITHIN_DISCOUNT, Answer.NO)
 *     .with(PricingQuestion.LOWER_COST_PLATFORM, Answer.NO)
 *     .with(PricingQuestion.CURRENT_PLATFORM_UNDER_USED, Answer.YES);
 * PricingDecision.decide(answers).basis();   // MARGINAL_COST
 * }</pre>
 *
 * @param answers the answers given, by question; not null
 */
public record PricingAnswers(Map<PricingQuestion, Answer> answers) {

  /**
   * Copies the answers, in the questions' order.
   *
   * @param answers the answers given, by question; not null, no null key or answer
   */
  public PricingAnswers {
    Objects.requireNonNull(answers, "answers");
    EnumMap<PricingQuestion, Answer> ordered = new EnumMap<>(PricingQuestion.class);
    answers.forEach(
        (q, a) ->
            ordered.put(
                Objects.requireNonNull(q, "answers' question"),
                Objects.requireNonNull(a, "answers' answer")));
    answers = ImmutableMap.copyOf(ordered);
  }

  /** {@return no answer given yet: every question is unknown; never null} */
  public static PricingAnswers none() {
    return new PricingAnswers(Map.of());
  }

  /**
   * Returns these answers with one more, or one changed.
   *
   * @param question the question; not null
   * @param answer its answer; not null
   * @return the new answers, never null
   */
  public PricingAnswers with(PricingQuestion question, Answer answer) {
    Objects.requireNonNull(question, "question");
    Objects.requireNonNull(answer, "answer");
    EnumMap<PricingQuestion, Answer> next = new EnumMap<>(PricingQuestion.class);
    next.putAll(answers);
    next.put(question, answer);
    return new PricingAnswers(next);
  }

  /**
   * Returns the answer to a question.
   *
   * @param question the question; not null
   * @return its answer, {@link Answer#UNKNOWN} if none was given; never null
   */
  public Answer answer(PricingQuestion question) {
    Objects.requireNonNull(question, "question");
    return answers.getOrDefault(question, Answer.UNKNOWN);
  }
}
