package org.leadtocash.planning.pricing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.leadtocash.domain.testing.DomainTesters.cny;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * A pricing case and its decision check themselves at their exact edges (DOMAIN D11.8): the
 * smallest and largest valid value is accepted, the nearest invalid one refused with a message
 * naming what is wrong.
 */
class PricingValueChecksTest {

  private static final PricingCase RENEWAL =
      PricingCase.of(cny(100_000), new BigDecimal("0.15"), cny(80_000));

  private static String refused(Executable construction) {
    return assertThrows(IllegalArgumentException.class, construction).getMessage();
  }

  @Test
  @DisplayName("D11.8: the winning price and a lower-cost platform's price are positive")
  void positivePrices() {
    assertEquals(
        "the winning price of a pricing case is positive (DOMAIN D11.8): CNY 0.00",
        refused(() -> PricingCase.of(cny(100), BigDecimal.ZERO, cny(0))));
    assertEquals(
        "the lower-cost platform's price of a pricing case is positive (DOMAIN D11.8): CNY 0.00",
        refused(() -> RENEWAL.withLowerCostPlatform(cny(0))));
  }

  @Test
  @DisplayName(
      "D11.8: a utilisation runs from 0 to 1 on either platform; exactly the effective level is"
          + " not under-used, just below it is")
  void utilisationEdges() {
    assertEquals(
        BigDecimal.ZERO,
        RENEWAL.withNewPlatformUtilisation(BigDecimal.ZERO).newPlatformUtilisation().orElseThrow());
    assertEquals(
        BigDecimal.ONE,
        RENEWAL.withCurrentUtilisation(BigDecimal.ONE).currentUtilisation().orElseThrow());
    assertEquals(
        "the new platform's capacity utilisation is a fraction from 0 to 1 (DOMAIN D11.8): 1.01",
        refused(() -> RENEWAL.withNewPlatformUtilisation(new BigDecimal("1.01"))));
    assertEquals(
        "the new platform's capacity utilisation is a fraction from 0 to 1 (DOMAIN D11.8): -0.01",
        refused(() -> RENEWAL.withNewPlatformUtilisation(new BigDecimal("-0.01"))));
    assertEquals(
        "the current platform's capacity utilisation is a fraction from 0 to 1 (DOMAIN D11.8):"
            + " 1.01",
        refused(() -> RENEWAL.withCurrentUtilisation(new BigDecimal("1.01"))));
    PricingCase atLevel = RENEWAL.withNewPlatformUtilisation(new BigDecimal("0.7"));
    assertEquals(Answer.NO, atLevel.answers().answer(PricingQuestion.NEW_PLATFORM_UNDER_USED));
    PricingCase below = RENEWAL.withNewPlatformUtilisation(new BigDecimal("0.69"));
    assertEquals(Answer.YES, below.answers().answer(PricingQuestion.NEW_PLATFORM_UNDER_USED));
  }

  @Test
  @DisplayName("D11.8: a decision has a path, and asks each question once")
  void decisionPaths() {
    PricingDecision decision = RENEWAL.decision();
    assertEquals(
        "a pricing decision has the path of answers that led to it (DOMAIN D11.8)",
        refused(() -> new PricingDecision(decision.basis(), List.of())));
    PricingStep first = decision.path().get(0);
    assertEquals(
        "a path through the pricing tree asks each question once (DOMAIN D11.8):"
            + " WINNING_PRICE_WITHIN_DISCOUNT",
        refused(() -> new PricingDecision(decision.basis(), List.of(first, first))));
  }
}
