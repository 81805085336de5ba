package org.leadtocash.planning.pricing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;

/**
 * Properties of the pricing decision tree (DOMAIN D11.8): every combination of answers reaches
 * exactly one leaf along a path that agrees with the answers, and a pricing case's numbers answer
 * the questions as documented.
 */
class PricingProperties {

  /** Checks a decision against the answers it was reached with. */
  private static void checkWalk(PricingAnswers answers, PricingDecision decision) {
    List<PricingStep> path = decision.path();
    assertEquals(
        PricingQuestion.WINNING_PRICE_WITHIN_DISCOUNT,
        path.get(0).question(),
        "DOMAIN D11.8: the walk starts at the root");
    Set<PricingQuestion> asked = EnumSet.noneOf(PricingQuestion.class);
    for (PricingStep step : path) {
      assertTrue(asked.add(step.question()), "each question once");
      assertEquals(
          answers.answer(step.question()), step.answer(), "the path has the answers given");
    }
    for (int i = 0; i < path.size() - 1; i++) {
      assertTrue(
          path.get(i).answer() != Answer.UNKNOWN, "DOMAIN D11.8: an unknown answer ends the walk");
    }
    Answer last = path.get(path.size() - 1).answer();
    if (last == Answer.UNKNOWN) {
      assertEquals(CostBasis.MANAGEMENT_DECISION, decision.basis(), "unknown goes to management");
    }
    boolean withinDiscount = path.get(0).answer() == Answer.YES;
    assertEquals(
        withinDiscount,
        decision.basis() == CostBasis.CURRENT_PRICE_WITH_DISCOUNT,
        "today's pricing exactly when the winning price is within the discount");
    if (decision.basis() == CostBasis.LRAIC) {
      assertEquals(
          List.of(Answer.NO, Answer.YES, Answer.YES, Answer.NO),
          path.stream().map(PricingStep::answer).toList());
    }
    if (decision.basis() == CostBasis.MARGINAL_COST) {
      assertEquals(Answer.YES, last, "marginal cost only for an under-used platform");
      assertTrue(
          path.get(path.size() - 1).question() == PricingQuestion.NEW_PLATFORM_UNDER_USED
              || path.get(path.size() - 1).question()
                  == PricingQuestion.CURRENT_PLATFORM_UNDER_USED);
    }
    // the record's own check agrees: the path rebuilds the same decision
    assertEquals(decision, new PricingDecision(decision.basis(), path));
  }

  @Example
  void everyCombinationOfAnswersReachesExactlyOneLeaf() {
    PricingQuestion[] questions = PricingQuestion.values();
    List<Optional<Answer>> choices = new ArrayList<>();
    choices.add(Optional.empty());
    for (Answer answer : Answer.values()) {
      choices.add(Optional.of(answer));
    }
    int combinations = (int) Math.pow(choices.size(), questions.length);
    Set<CostBasis> reached = EnumSet.noneOf(CostBasis.class);
    for (int n = 0; n < combinations; n++) {
      PricingAnswers answers = PricingAnswers.none();
      int rest = n;
      for (PricingQuestion question : questions) {
        Optional<Answer> choice = choices.get(rest % choices.size());
        rest /= choices.size();
        if (choice.isPresent()) {
          answers = answers.with(question, choice.get());
        }
      }
      PricingDecision decision = PricingDecision.decide(answers);
      checkWalk(answers, decision);
      reached.add(decision.basis());
    }
    assertEquals(EnumSet.allOf(CostBasis.class), reached, "DOMAIN D11.8: every leaf is reachable");
  }

  @Property
  void aDecisionFollowsTheAnswers(@ForAll PricingAnswers answers) {
    PricingDecision decision = PricingDecision.decide(answers);
    checkWalk(answers, decision);
    Statistics.label("decision").collect(decision.basis());
  }

  @Property
  void theNumbersAnswerAsDocumented(@ForAll PricingCase pricing) {
    PricingAnswers answers = pricing.answers();
    boolean within = !pricing.lowestDiscountedPrice().isGreaterThan(pricing.winningPrice());
    assertEquals(Answer.of(within), answers.answer(PricingQuestion.WINNING_PRICE_WITHIN_DISCOUNT));
    assertEquals(
        Answer.of(pricing.lowerCostPlatformPrice().isPresent()),
        answers.answer(PricingQuestion.LOWER_COST_PLATFORM));
    pricing
        .currentUtilisation()
        .ifPresentOrElse(
            u ->
                assertEquals(
                    Answer.of(u.compareTo(PricingCase.STANDARD_EFFECTIVE_UTILISATION) < 0),
                    answers.answer(PricingQuestion.CURRENT_PLATFORM_UNDER_USED)),
            () ->
                assertEquals(
                    Answer.UNKNOWN, answers.answer(PricingQuestion.CURRENT_PLATFORM_UNDER_USED)));
    PricingDecision decision = pricing.decision();
    checkWalk(answers, decision);
    Statistics.label("decision").collect(decision.basis());
    Statistics.label("decision").coverage(c -> c.check(CostBasis.LRAIC).count(n -> n > 0));
  }
}
