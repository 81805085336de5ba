package org.leadtocash.planning.pricing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leadtocash.domain.testing.DomainTesters.cny;
import static org.leadtocash.planning.pricing.Answer.NO;
import static org.leadtocash.planning.pricing.Answer.UNKNOWN;
import static org.leadtocash.planning.pricing.Answer.YES;
import static org.leadtocash.planning.pricing.PricingQuestion.CURRENT_PLATFORM_UNDER_USED;
import static org.leadtocash.planning.pricing.PricingQuestion.LOWER_COST_PLATFORM;
import static org.leadtocash.planning.pricing.PricingQuestion.NEW_PLATFORM_UNDER_USED;
import static org.leadtocash.planning.pricing.PricingQuestion.SAVINGS_SUPPORT_WINNING_PRICE;
import static org.leadtocash.planning.pricing.PricingQuestion.WINNING_PRICE_WITHIN_DISCOUNT;

import java.math.BigDecimal;
import java.util.List;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.leadtocash.domain.common.RuleId;

/**
 * A key-account manager prices a leased-line renewal for a provincial bank, walking the cost-basis
 * decision tree (DOMAIN D11.8) to each of its leaves: by hand, and from the case's numbers.
 */
class PricingDecisionTest {

  private static PricingStep step(PricingQuestion question, Answer answer) {
    return new PricingStep(question, answer);
  }

  private static PricingDecision decide(Object... questionsAndAnswers) {
    PricingAnswers answers = PricingAnswers.none();
    for (int i = 0; i < questionsAndAnswers.length; i += 2) {
      answers =
          answers.with(
              (PricingQuestion) questionsAndAnswers[i], (Answer) questionsAndAnswers[i + 1]);
    }
    return PricingDecision.decide(answers);
  }

  @Nested
  @DisplayName("DOMAIN D11.8 every leaf of the tree, by a hand-walked path")
  class Leaves {

    @Test
    @DisplayName("a winning price within the maximum discount keeps today's pricing")
    void currentPrice() {
      PricingDecision decision = decide(WINNING_PRICE_WITHIN_DISCOUNT, YES);
      assertEquals(CostBasis.CURRENT_PRICE_WITH_DISCOUNT, decision.basis());
      assertEquals(List.of(step(WINNING_PRICE_WITHIN_DISCOUNT, YES)), decision.path());
      assertTrue(decision.isDecided());
      assertEquals(RuleId.D11_8, decision.rule());
    }

    @Test
    @DisplayName("a lower-cost platform whose savings win, and which is well used, prices on LRAIC")
    void lraic() {
      PricingDecision decision =
          decide(
              WINNING_PRICE_WITHIN_DISCOUNT, NO,
              LOWER_COST_PLATFORM, YES,
              SAVINGS_SUPPORT_WINNING_PRICE, YES,
              NEW_PLATFORM_UNDER_USED, NO);
      assertEquals(CostBasis.LRAIC, decision.basis());
      assertEquals(
          List.of(
              step(WINNING_PRICE_WITHIN_DISCOUNT, NO),
              step(LOWER_COST_PLATFORM, YES),
              step(SAVINGS_SUPPORT_WINNING_PRICE, YES),
              step(NEW_PLATFORM_UNDER_USED, NO)),
          decision.path());
    }

    @Test
    @DisplayName("an under-used new platform prices on marginal cost")
    void marginalOnNewPlatform() {
      PricingDecision decision =
          decide(
              WINNING_PRICE_WITHIN_DISCOUNT, NO,
              LOWER_COST_PLATFORM, YES,
              SAVINGS_SUPPORT_WINNING_PRICE, YES,
              NEW_PLATFORM_UNDER_USED, YES);
      assertEquals(CostBasis.MARGINAL_COST, decision.basis());
      assertEquals(4, decision.path().size());
    }

    @Test
    @DisplayName("savings that do not support the winning price go to management")
    void savingsTooSmall() {
      PricingDecision decision =
          decide(
              WINNING_PRICE_WITHIN_DISCOUNT, NO,
              LOWER_COST_PLATFORM, YES,
              SAVINGS_SUPPORT_WINNING_PRICE, NO,
              NEW_PLATFORM_UNDER_USED, YES);
      assertEquals(CostBasis.MANAGEMENT_DECISION, decision.basis());
      assertEquals(
          List.of(
              step(WINNING_PRICE_WITHIN_DISCOUNT, NO),
              step(LOWER_COST_PLATFORM, YES),
              step(SAVINGS_SUPPORT_WINNING_PRICE, NO)),
          decision.path(),
          "the utilisation of the new platform is not asked");
      assertFalse(decision.isDecided());
    }

    @Test
    @DisplayName("no lower-cost platform, but an under-used current one, prices on marginal cost")
    void marginalOnCurrentPlatform() {
      PricingDecision decision =
          decide(
              WINNING_PRICE_WITHIN_DISCOUNT, NO,
              LOWER_COST_PLATFORM, NO,
              CURRENT_PLATFORM_UNDER_USED, YES);
      assertEquals(CostBasis.MARGINAL_COST, decision.basis());
      assertEquals(
          List.of(
              step(WINNING_PRICE_WITHIN_DISCOUNT, NO),
              step(LOWER_COST_PLATFORM, NO),
              step(CURRENT_PLATFORM_UNDER_USED, YES)),
          decision.path());
      assertEquals(
          "re-cost at marginal cost on the under-used platform and price anew (DOMAIN D11.8),"
              + " because: can a winning price be offered at the current price minus the maximum"
              + " discount? no; can the customer be moved to a lower-cost platform (priced on its"
              + " LRAIC)? no; is the current platform under-used (low capacity utilisation)? yes",
          decision.explanation());
    }

    @Test
    @DisplayName("no lower-cost platform and a well-used current one go to management")
    void nothingLeft() {
      PricingDecision decision =
          decide(
              WINNING_PRICE_WITHIN_DISCOUNT, NO,
              LOWER_COST_PLATFORM, NO,
              CURRENT_PLATFORM_UNDER_USED, NO);
      assertEquals(CostBasis.MANAGEMENT_DECISION, decision.basis());
      assertEquals(3, decision.path().size());
    }

    @Test
    @DisplayName("an unknown answer stops the walk at its question and goes to management")
    void unknown() {
      assertEquals(
          List.of(step(WINNING_PRICE_WITHIN_DISCOUNT, UNKNOWN)),
          PricingDecision.decide(PricingAnswers.none()).path());
      assertEquals(
          CostBasis.MANAGEMENT_DECISION, PricingDecision.decide(PricingAnswers.none()).basis());
      PricingDecision platformUnknown = decide(WINNING_PRICE_WITHIN_DISCOUNT, NO);
      assertEquals(CostBasis.MANAGEMENT_DECISION, platformUnknown.basis());
      assertEquals(step(LOWER_COST_PLATFORM, UNKNOWN), platformUnknown.path().get(1));
      PricingDecision utilisationUnknown =
          decide(
              WINNING_PRICE_WITHIN_DISCOUNT, NO,
              LOWER_COST_PLATFORM, YES,
              SAVINGS_SUPPORT_WINNING_PRICE, YES);
      assertEquals(CostBasis.MANAGEMENT_DECISION, utilisationUnknown.basis());
      assertEquals(step(NEW_PLATFORM_UNDER_USED, UNKNOWN), utilisationUnknown.path().get(3));
    }
  }

  @Nested
  @DisplayName("DOMAIN D11.8 the answers from the numbers of the case")
  class FromNumbers {

    /** CNY 100,000 a month today, at most 15 % off: no lower than CNY 85,000. */
    private final PricingCase renewal =
        PricingCase.of(cny(100_000), new BigDecimal("0.15"), cny(80_000));

    @Test
    @DisplayName("CNY 85,000 after the discount wins against CNY 88,000: keep today's pricing")
    void withinDiscount() {
      PricingCase generous = PricingCase.of(cny(100_000), new BigDecimal("0.15"), cny(88_000));
      assertEquals(cny(85_000), generous.lowestDiscountedPrice());
      assertEquals(CostBasis.CURRENT_PRICE_WITH_DISCOUNT, generous.decision().basis());
    }

    @Test
    @DisplayName("a platform pricing at CNY 76,000, 82 % used, beats CNY 80,000 on its LRAIC")
    void lraic() {
      PricingCase moved =
          renewal
              .withLowerCostPlatform(cny(76_000))
              .withNewPlatformUtilisation(new BigDecimal("0.82"));
      PricingDecision decision = moved.decision();
      assertEquals(CostBasis.LRAIC, decision.basis());
      assertEquals(
          List.of(NO, YES, YES, NO), decision.path().stream().map(PricingStep::answer).toList());
    }

    @Test
    @DisplayName("the same platform only 55 % used prices on marginal cost; at a 50 % level, LRAIC")
    void marginalByUtilisation() {
      PricingCase moved =
          renewal
              .withLowerCostPlatform(cny(76_000))
              .withNewPlatformUtilisation(new BigDecimal("0.55"));
      assertEquals(CostBasis.MARGINAL_COST, moved.decision().basis());
      assertEquals(CostBasis.LRAIC, moved.decision(new BigDecimal("0.5")).basis());
    }

    @Test
    @DisplayName("a platform pricing at CNY 83,000 does not support CNY 80,000: management decides")
    void savingsTooSmall() {
      PricingCase moved =
          renewal
              .withLowerCostPlatform(cny(83_000))
              .withNewPlatformUtilisation(new BigDecimal("0.3"));
      assertEquals(CostBasis.MANAGEMENT_DECISION, moved.decision().basis());
      assertEquals(NO, moved.answers().answer(SAVINGS_SUPPORT_WINNING_PRICE));
    }

    @Test
    @DisplayName(
        "without a platform, the current one's utilisation decides: 45 % marginal, 90 % management")
    void currentPlatform() {
      assertEquals(
          CostBasis.MARGINAL_COST,
          renewal.withCurrentUtilisation(new BigDecimal("0.45")).decision().basis());
      assertEquals(
          CostBasis.MANAGEMENT_DECISION,
          renewal.withCurrentUtilisation(new BigDecimal("0.9")).decision().basis());
      PricingDecision unknown = renewal.decision();
      assertEquals(CostBasis.MANAGEMENT_DECISION, unknown.basis());
      assertEquals(step(CURRENT_PLATFORM_UNDER_USED, UNKNOWN), unknown.path().get(2));
    }

    @Test
    @DisplayName("mixed currencies and rates off their range are refused, naming D11.8")
    void refusals() {
      IllegalArgumentException currency =
          assertThrows(
              IllegalArgumentException.class,
              () -> PricingCase.of(cny(100), BigDecimal.ZERO, Money.of(CurrencyUnit.USD, 90)));
      assertTrue(
          currency.getMessage().contains("one currency (DOMAIN D11.8)"), currency.getMessage());
      assertThrows(
          IllegalArgumentException.class,
          () -> renewal.withLowerCostPlatform(Money.of(CurrencyUnit.EUR, 90)));
      IllegalArgumentException discount =
          assertThrows(
              IllegalArgumentException.class,
              () -> PricingCase.of(cny(100), BigDecimal.ONE, cny(90)));
      assertTrue(discount.getMessage().contains("maximum discount"), discount.getMessage());
      assertThrows(
          IllegalArgumentException.class,
          () -> renewal.withCurrentUtilisation(new BigDecimal("1.2")));
      assertThrows(
          IllegalArgumentException.class, () -> PricingCase.of(cny(0), BigDecimal.ZERO, cny(9)));
      assertThrows(IllegalArgumentException.class, () -> renewal.answers(new BigDecimal("-0.1")));
    }
  }

  @Test
  @DisplayName("DOMAIN D11.8 a decision is only built along a path of the tree")
  void pathChecked() {
    IllegalArgumentException wrongLeaf =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                new PricingDecision(
                    CostBasis.LRAIC, List.of(step(WINNING_PRICE_WITHIN_DISCOUNT, YES))));
    assertTrue(wrongLeaf.getMessage().contains("DOMAIN D11.8"), wrongLeaf.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new PricingDecision(
                CostBasis.MANAGEMENT_DECISION, List.of(step(WINNING_PRICE_WITHIN_DISCOUNT, NO))));
    assertThrows(
        IllegalArgumentException.class,
        () -> new PricingDecision(CostBasis.MANAGEMENT_DECISION, List.of()));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new PricingDecision(
                CostBasis.CURRENT_PRICE_WITH_DISCOUNT,
                List.of(
                    step(WINNING_PRICE_WITHIN_DISCOUNT, YES),
                    step(WINNING_PRICE_WITHIN_DISCOUNT, YES))));
    PricingDecision built =
        new PricingDecision(
            CostBasis.CURRENT_PRICE_WITH_DISCOUNT,
            List.of(step(WINNING_PRICE_WITHIN_DISCOUNT, YES)));
    assertEquals(decide(WINNING_PRICE_WITHIN_DISCOUNT, YES), built);
  }
}
