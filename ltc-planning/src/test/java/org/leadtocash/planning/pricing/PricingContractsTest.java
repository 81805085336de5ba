package org.leadtocash.planning.pricing;

import static org.leadtocash.domain.testing.DomainTesters.cny;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.leadtocash.domain.testing.DomainTesters;

/** Null rejection and equality of the pricing package's public types (DOMAIN D11.8). */
class PricingContractsTest {

  private static final PricingCase CASE = PricingCase.of(cny(100), new BigDecimal("0.1"), cny(80));

  @Test
  @DisplayName("every public constructor and method refuses null")
  void nullsAreRefused() {
    NullPointerTester tester =
        DomainTesters.nullPointerTester()
            .setDefault(BigDecimal.class, new BigDecimal("0.5"))
            .setDefault(PricingQuestion.class, PricingQuestion.LOWER_COST_PLATFORM)
            .setDefault(Answer.class, Answer.NO)
            .setDefault(PricingAnswers.class, PricingAnswers.none())
            .setDefault(
                PricingStep.class,
                new PricingStep(PricingQuestion.WINNING_PRICE_WITHIN_DISCOUNT, Answer.YES));
    for (Class<?> type :
        List.of(
            PricingAnswers.class, PricingStep.class, PricingDecision.class, PricingCase.class)) {
      tester.testAllPublicStaticMethods(type);
    }
    for (Class<?> type : List.of(PricingAnswers.class, PricingStep.class, PricingCase.class)) {
      tester.testAllPublicConstructors(type);
    }
    tester.testAllPublicInstanceMethods(PricingAnswers.none());
    tester.testAllPublicInstanceMethods(CASE);
    tester.testAllPublicInstanceMethods(PricingDecision.decide(PricingAnswers.none()));
  }

  @Test
  @DisplayName("values are equal by their components")
  void equality() {
    new EqualsTester()
        .addEqualityGroup(PricingAnswers.none(), new PricingAnswers(Map.of()))
        .addEqualityGroup(
            PricingAnswers.none().with(PricingQuestion.LOWER_COST_PLATFORM, Answer.NO),
            new PricingAnswers(Map.of(PricingQuestion.LOWER_COST_PLATFORM, Answer.NO)))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            PricingDecision.decide(PricingAnswers.none()),
            PricingDecision.decide(
                PricingAnswers.none().with(PricingQuestion.LOWER_COST_PLATFORM, Answer.YES)))
        .addEqualityGroup(
            PricingDecision.decide(
                PricingAnswers.none()
                    .with(PricingQuestion.WINNING_PRICE_WITHIN_DISCOUNT, Answer.YES)))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(CASE, PricingCase.of(cny(100), new BigDecimal("0.1"), cny(80)))
        .addEqualityGroup(CASE.withLowerCostPlatform(cny(70)))
        .testEquals();
  }
}
