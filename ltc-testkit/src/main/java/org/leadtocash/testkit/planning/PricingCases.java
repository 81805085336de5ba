package org.leadtocash.testkit.planning;

import java.math.BigDecimal;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.joda.money.CurrencyUnit;
import org.leadtocash.planning.pricing.Answer;
import org.leadtocash.planning.pricing.PricingAnswers;
import org.leadtocash.planning.pricing.PricingCase;
import org.leadtocash.planning.pricing.PricingDecision;
import org.leadtocash.planning.pricing.PricingQuestion;
import org.leadtocash.planning.pricing.PricingStep;
import org.leadtocash.testkit.ArbitraryCatalogue;
import org.leadtocash.testkit.Settings;
import org.leadtocash.testkit.common.CommonValues;

/**
 * The pricing cost basis (DOMAIN D11.8): answers to the decision tree's questions in every
 * combination of yes, no, unknown and unanswered, the decisions and paths they lead to, and pricing
 * cases whose numbers reach every leaf — winning prices above and below the discounted price,
 * lower-cost platforms or none, utilisations known or not on both sides of the standard level.
 */
public final class PricingCases {

  private PricingCases() {}

  /**
   * Adds the arbitraries of the pricing package to a catalogue.
   *
   * @param catalogue the catalogue being built; not null
   */
  public static void addTo(ArbitraryCatalogue.Builder catalogue) {
    catalogue
        .add(PricingAnswers.class, s -> answers())
        .add(PricingDecision.class, s -> answers().map(PricingDecision::decide))
        .add(
            PricingStep.class,
            s -> answers().map(PricingDecision::decide).flatMap(d -> Arbitraries.of(d.path())))
        .add(PricingCase.class, PricingCases::cases);
  }

  /**
   * Returns answers to the tree's questions, each yes, no, unknown or not given.
   *
   * @return the answers, never null
   */
  public static Arbitrary<PricingAnswers> answers() {
    PricingQuestion[] questions = PricingQuestion.values();
    return Arbitraries.of(Answer.class)
        .optional()
        .list()
        .ofSize(questions.length)
        .map(
            given -> {
              PricingAnswers answers = PricingAnswers.none();
              for (int i = 0; i < questions.length; i++) {
                Optional<Answer> answer = given.get(i);
                if (answer.isPresent()) {
                  answers = answers.with(questions[i], answer.get());
                }
              }
              return answers;
            });
  }

  /**
   * Returns pricing cases in the settings' currency: prices from 1,000 to 100,000, discounts up to
   * 40 %, and each optional number present or not.
   *
   * @param settings what to generate within; not null
   * @return the cases, never null
   */
  public static Arbitrary<PricingCase> cases(Settings settings) {
    CurrencyUnit currency = settings.currency();
    Arbitrary<BigDecimal> utilisations =
        Arbitraries.integers().between(0, 100).map(p -> BigDecimal.valueOf(p, 2));
    return Combinators.combine(
            CommonValues.amounts(currency, 1_000, 100_000),
            Arbitraries.integers().between(0, 40).map(p -> BigDecimal.valueOf(p, 2)),
            CommonValues.amounts(currency, 1_000, 100_000),
            CommonValues.amounts(currency, 1_000, 100_000).optional(),
            utilisations.optional(),
            utilisations.optional())
        .as(PricingCase::new);
  }
}
