package org.leadtocash.domain.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.leadtocash.domain.testing.DomainTesters.cny;

import org.joda.money.Money;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The standard coverage policy at the exact edges of its thresholds (DOMAIN D4.6): a customer
 * buying less than CNY 1,000,000 a year <em>and</em> fewer than 3 repeat purchases is covered by
 * channels; at either threshold it is worth our own iron triangle.
 */
class CoverageBoundariesTest {

  private static final CoveragePolicy POLICY = CoveragePolicy.standard();
  private static final Money MILLION = cny(1_000_000);
  private static final Money FEN = Money.parse("CNY 0.01");

  private static CoverageMode mode(Money purchases, int repeats) {
    return POLICY.decide(CustomerFootprint.of(purchases, repeats)).mode();
  }

  @Test
  @DisplayName("DOMAIN D4.6: one fen under a million with two repeats goes to channels")
  void justBelowBothThresholds() {
    assertEquals(CoverageMode.CHANNEL, mode(MILLION.minus(FEN), 2));
    assertEquals(CoverageMode.CHANNEL, mode(cny(0), 0));
    CoverageDecision decision = POLICY.decide(CustomerFootprint.of(MILLION.minus(FEN), 2));
    assertEquals(
        "annual purchases of CNY 999999.99 are below CNY 1000000.00 and 2 repeat purchases are"
            + " fewer than 3: channels cover it, a triangle would cost too much",
        decision.reason());
  }

  @Test
  @DisplayName(
      "DOMAIN D4.6: exactly a million a year, or exactly three repeats, is covered directly")
  void atEitherThreshold() {
    assertEquals(CoverageMode.DIRECT, mode(MILLION, 2));
    assertEquals(CoverageMode.DIRECT, mode(MILLION.minus(FEN), 3));
    assertEquals(CoverageMode.DIRECT, mode(MILLION.plus(FEN), 0));
    assertEquals(
        "annual purchases of CNY 1000000.00 are at or above CNY 1000000.00: worth our own iron"
            + " triangle",
        POLICY.decide(CustomerFootprint.of(MILLION, 2)).reason());
    assertEquals(
        "3 repeat purchases are at least 3: worth our own iron triangle",
        POLICY.decide(CustomerFootprint.of(MILLION.minus(FEN), 3)).reason());
  }

  @Test
  @DisplayName("DOMAIN D4.6: thresholds of zero cover everyone directly; negative ones are refused")
  void thresholdChecks() {
    CoveragePolicy zero = CoveragePolicy.byThresholds(cny(0), 0);
    assertEquals(CoverageMode.DIRECT, zero.decide(CustomerFootprint.of(cny(0), 0)).mode());
    assertEquals("channel below CNY 0.00 a year and 0 repeat purchases", zero.toString());
    IllegalArgumentException money =
        assertThrows(
            IllegalArgumentException.class, () -> CoveragePolicy.byThresholds(FEN.negated(), 3));
    assertEquals(
        "a coverage threshold is not negative: CNY -0.01 (DOMAIN D4.6)", money.getMessage());
    IllegalArgumentException repeats =
        assertThrows(
            IllegalArgumentException.class, () -> CoveragePolicy.byThresholds(MILLION, -1));
    assertEquals(
        "a coverage threshold is not negative: -1 repeat purchases (DOMAIN D4.6)",
        repeats.getMessage());
  }

  @Test
  @DisplayName("DOMAIN D4.6: a footprint of nothing is valid; a negative one is refused by name")
  void footprintChecks() {
    assertEquals(0, CustomerFootprint.of(cny(0), 0).repeatPurchases());
    IllegalArgumentException money =
        assertThrows(IllegalArgumentException.class, () -> CustomerFootprint.of(FEN.negated(), 0));
    assertEquals(
        "a customer's annual purchases are not negative: CNY -0.01 (DOMAIN D4.6)",
        money.getMessage());
    IllegalArgumentException repeats =
        assertThrows(IllegalArgumentException.class, () -> CustomerFootprint.of(cny(0), -1));
    assertEquals(
        "a count of repeat purchases is not negative: -1 (DOMAIN D4.6)", repeats.getMessage());
    IllegalArgumentException currency =
        assertThrows(
            IllegalArgumentException.class,
            () -> POLICY.decide(CustomerFootprint.of(Money.parse("USD 5"), 0)));
    assertEquals(
        "the coverage thresholds are in CNY but the customer's annual purchases are USD 5.00;"
            + " amounts in different currencies are never compared, convert them first"
            + " (DOMAIN D4.6)",
        currency.getMessage());
  }
}
