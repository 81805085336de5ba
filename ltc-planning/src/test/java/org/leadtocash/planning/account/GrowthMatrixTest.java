package org.leadtocash.planning.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leadtocash.domain.testing.DomainTesters.cny;

import java.util.List;
import java.util.Optional;
import org.joda.money.Money;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.leadtocash.domain.common.Probability;

/**
 * The North Mobile account team sizes six growth options, one of each kind, places them on the
 * matrix of prize × probability (DOMAIN D11.3) and checks whether they close the sales-potential
 * gap.
 */
class GrowthMatrixTest {

  static final GrowthOption USAGE =
      option(GrowthOptionKind.RAISE_USAGE, "data lines for the 40 branches", 12_000_000, 80);
  static final GrowthOption PORTS =
      option(GrowthOptionKind.CROSS_SELL, "private 5G for the two ports", 30_000_000, 40);
  static final GrowthOption PREMIUM =
      option(GrowthOptionKind.PRICE_AND_MIX, "SD-WAN base to the premium tier", 6_000_000, 70);
  static final GrowthOption PBX =
      option(GrowthOptionKind.DROP_UNPROFITABLE, "retire the legacy PBX service", 2_000_000, 30);
  static final GrowthOption SECOND_OPERATOR =
      option(GrowthOptionKind.NEW_CORE_CUSTOMERS, "the province's second operator", 20_000_000, 50);
  static final GrowthOption MINING =
      option(
          GrowthOptionKind.NEW_UNRELATED_CUSTOMERS,
          "smart mining for the coal unit",
          14_000_000,
          20);

  static final List<GrowthOption> SIX =
      List.of(USAGE, PORTS, PREMIUM, PBX, SECOND_OPERATOR, MINING);

  static GrowthOption option(GrowthOptionKind kind, String description, long prize, int percent) {
    return new GrowthOption(kind, description, cny(prize), Probability.ofPercent(percent));
  }

  @Test
  @DisplayName("DOMAIN D11.3: the standard policy's prize threshold is the mean prize, 14 million")
  void meanPrizeThreshold() {
    GrowthMatrix matrix = GrowthMatrix.of(SIX, GrowthMatrixPolicy.standard());

    // (12 + 30 + 6 + 2 + 20 + 14) million / 6 = 84 / 6 = 14 million
    assertEquals(cny(14_000_000), matrix.thresholds().prize());
    assertEquals(Probability.ofPercent(50), matrix.thresholds().probability());
    assertEquals("prize threshold: the mean prize of the 6 options", matrix.thresholds().basis());
  }

  @Test
  @DisplayName("DOMAIN D11.3: six options placed in the four quadrants and ranked")
  void placesAndRanks() {
    GrowthMatrix matrix = GrowthMatrix.of(SIX, GrowthMatrixPolicy.standard());

    // big = prize >= 14 million, likely = probability >= 50 %; a threshold value counts as big or
    // likely: the second operator (20 m, 50 %) acts now, smart mining (14 m, 20 %) is planned
    assertEquals(List.of(SECOND_OPERATOR), options(matrix.in(Quadrant.ACT_NOW)));
    // within a quadrant by expected prize: ports 30 × 40 % = 12 m, mining 14 × 20 % = 2.8 m
    assertEquals(List.of(PORTS, MINING), options(matrix.in(Quadrant.PLAN_THE_ATTACK)));
    // usage 12 × 80 % = 9.6 m, premium 6 × 70 % = 4.2 m
    assertEquals(List.of(USAGE, PREMIUM), options(matrix.in(Quadrant.OPPORTUNISTIC)));
    assertEquals(List.of(PBX), options(matrix.in(Quadrant.SHELVE)));
    assertEquals(
        List.of(SECOND_OPERATOR, PORTS, MINING, USAGE, PREMIUM, PBX), options(matrix.placements()));
    assertEquals(
        List.of(1, 2, 3, 4, 5, 6), matrix.placements().stream().map(PlacedOption::rank).toList());
  }

  @Test
  @DisplayName("DOMAIN D11.3: each placement is explained by its prize and probability")
  void explainsEachPlacement() {
    GrowthMatrix matrix = GrowthMatrix.of(SIX, GrowthMatrixPolicy.standard());

    assertEquals(
        "2. plan the attack: private 5G for the two ports (cross-sell other products): prize CNY"
            + " 30,000,000.00 at or above CNY 14,000,000.00 (big), probability 40% below 50%"
            + " (unlikely): plan the attack",
        matrix.find("private 5G for the two ports").orElseThrow().explanation());
    assertEquals(
        "prize CNY 2,000,000.00 below CNY 14,000,000.00 (small), probability 30% below 50%"
            + " (unlikely): shelve",
        matrix.find("retire the legacy PBX service").orElseThrow().reason());
    assertEquals(7, matrix.explanation().lines().count());
    assertTrue(
        matrix.explanation().startsWith("big prize from CNY 14,000,000.00, likely from 50%"));
    assertTrue(matrix.find("satellite backhaul").isEmpty());
  }

  @Test
  @DisplayName("DOMAIN D11.3: total prize 84 million, expected prize 39.2 million")
  void prizes() {
    GrowthMatrix matrix = GrowthMatrix.of(SIX, GrowthMatrixPolicy.standard());

    assertEquals(cny(84_000_000), matrix.totalPrize());
    // 10 + 12 + 2.8 + 9.6 + 4.2 + 0.6 million
    assertEquals(cny(39_200_000), matrix.expectedPrize());
  }

  @Test
  @DisplayName("DOMAIN D11.3: the host's prize threshold replaces the mean")
  void hostThreshold() {
    GrowthMatrix matrix = GrowthMatrix.of(SIX, GrowthMatrixPolicy.standard(cny(25_000_000)));

    assertEquals("prize threshold set by the host", matrix.thresholds().basis());
    assertEquals(List.of(), matrix.in(Quadrant.ACT_NOW));
    assertEquals(List.of(PORTS), options(matrix.in(Quadrant.PLAN_THE_ATTACK)));
    // the second operator's 20 million is small against 25 million: opportunistic, first by its
    // expected 10 million
    assertEquals(
        List.of(SECOND_OPERATOR, USAGE, PREMIUM), options(matrix.in(Quadrant.OPPORTUNISTIC)));
    // smart mining 14 m × 20 % = 2.8 m expected before the PBX's 2 m × 30 % = 0.6 m
    assertEquals(List.of(MINING, PBX), options(matrix.in(Quadrant.SHELVE)));
    assertEquals(
        GrowthMatrixPolicy.standard(cny(25_000_000)), GrowthMatrixPolicy.standard(cny(25_000_000)));
  }

  @Test
  @DisplayName("DOMAIN D11.3: a likelier option moves up, never down")
  void likelierMovesUp() {
    GrowthOption likelierMining =
        option(
            GrowthOptionKind.NEW_UNRELATED_CUSTOMERS,
            "smart mining for the coal unit",
            14_000_000,
            50);
    GrowthMatrix matrix =
        GrowthMatrix.of(
            List.of(USAGE, PORTS, PREMIUM, PBX, SECOND_OPERATOR, likelierMining),
            GrowthMatrixPolicy.standard());

    assertEquals(Quadrant.ACT_NOW, matrix.find(MINING.description()).orElseThrow().quadrant());
    // 20 × 50 % = 10 m before 14 × 50 % = 7 m
    assertEquals(List.of(SECOND_OPERATOR, likelierMining), options(matrix.in(Quadrant.ACT_NOW)));
  }

  @Test
  @DisplayName("DOMAIN D11.3: gap = target − (existing business + new customers), 45 million")
  void salesPotentialGap() {
    SalesPotentialGap gap =
        SalesPotentialGap.of(cny(250_000_000), cny(180_000_000), cny(25_000_000));

    assertEquals(cny(205_000_000), gap.potential());
    assertEquals(Optional.of(cny(45_000_000)), gap.gap());
    assertEquals(Optional.empty(), gap.surplus());
    assertEquals(
        "target CNY 250,000,000.00 − (existing business CNY 180,000,000.00 + new customers CNY"
            + " 25,000,000.00) = a gap of CNY 45,000,000.00",
        gap.explanation());

    GapCoverage coverage = gap.coverage(GrowthMatrix.of(SIX, GrowthMatrixPolicy.standard()));
    // expected 39.2 m leaves 45 − 39.2 = 5.8 m; the total 84 m would cover it
    assertFalse(coverage.coveredByExpected());
    assertTrue(coverage.coveredByTotal());
    assertEquals(Optional.of(cny(5_800_000)), coverage.uncovered());
    assertEquals(
        gap.explanation()
            + "; the growth options' expected prize CNY 39,200,000.00 (total CNY 84,000,000.00 if"
            + " all succeed) leaves CNY 5,800,000.00 of the gap uncovered, which only the total"
            + " would close",
        coverage.explanation());
  }

  @Test
  @DisplayName("DOMAIN D11.3: a potential above the target is a surplus, never a negative gap")
  void surplus() {
    SalesPotentialGap gap =
        SalesPotentialGap.of(cny(200_000_000), cny(180_000_000), cny(25_000_000));

    assertEquals(Optional.empty(), gap.gap());
    assertEquals(Optional.of(cny(5_000_000)), gap.surplus());
    assertTrue(
        gap.explanation().endsWith("= no gap: a surplus of CNY 5,000,000.00 over the target"));
    GapCoverage coverage =
        gap.coverage(GrowthMatrix.of(List.of(PBX), GrowthMatrixPolicy.standard()));
    assertTrue(coverage.coveredByExpected());
    assertEquals(Optional.empty(), coverage.uncovered());
    assertTrue(coverage.explanation().contains("nothing to cover"), coverage.explanation());

    SalesPotentialGap exact = SalesPotentialGap.of(cny(205), cny(180), cny(25));
    assertEquals(Optional.empty(), exact.gap());
    assertEquals(Optional.empty(), exact.surplus());
    assertTrue(exact.explanation().endsWith("the potential meets the target exactly"));
  }

  @Test
  @DisplayName(
      "DOMAIN D11.3: mixed currencies, repeats, no options and negative prizes are refused")
  void badInputIsRefused() {
    GrowthOption euros =
        new GrowthOption(
            GrowthOptionKind.CROSS_SELL,
            "alpine roaming bundle",
            Money.parse("EUR 3000000"),
            Probability.ofPercent(60));
    IllegalArgumentException mixed =
        assertThrows(
            IllegalArgumentException.class,
            () -> GrowthMatrix.of(List.of(PORTS, euros), GrowthMatrixPolicy.standard()));
    assertTrue(mixed.getMessage().contains("one currency (DOMAIN D11.3)"), mixed.getMessage());
    IllegalArgumentException hostCurrency =
        assertThrows(
            IllegalArgumentException.class,
            () -> GrowthMatrix.of(List.of(euros), GrowthMatrixPolicy.standard(cny(1))));
    assertTrue(hostCurrency.getMessage().contains("one currency (DOMAIN D11.3)"));
    IllegalArgumentException twice =
        assertThrows(
            IllegalArgumentException.class,
            () -> GrowthMatrix.of(List.of(PORTS, PORTS), GrowthMatrixPolicy.standard()));
    assertTrue(twice.getMessage().contains("private 5G for the two ports is there twice"));
    IllegalArgumentException none =
        assertThrows(
            IllegalArgumentException.class,
            () -> GrowthMatrix.of(List.of(), GrowthMatrixPolicy.standard()));
    assertTrue(none.getMessage().contains("at least one option (DOMAIN D11.3)"));
    IllegalArgumentException negative =
        assertThrows(
            IllegalArgumentException.class,
            () -> option(GrowthOptionKind.CROSS_SELL, "refund", -1, 50));
    assertTrue(negative.getMessage().contains("not negative (DOMAIN D11.3)"));
    IllegalArgumentException gapCurrency =
        assertThrows(
            IllegalArgumentException.class,
            () -> SalesPotentialGap.of(cny(10), Money.parse("EUR 5"), cny(1)));
    assertTrue(gapCurrency.getMessage().contains("one currency (DOMAIN D11.3)"));
    assertThrows(
        IllegalArgumentException.class, () -> SalesPotentialGap.of(cny(10), cny(-5), cny(1)));
    IllegalArgumentException coverageCurrency =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                SalesPotentialGap.of(cny(10), cny(5), cny(1))
                    .coverage(GrowthMatrix.of(List.of(euros), GrowthMatrixPolicy.standard())));
    assertTrue(coverageCurrency.getMessage().contains("(DOMAIN D11.3)"));
  }

  @Test
  @DisplayName(
      "DOMAIN D11.3: a matrix with an option in the wrong quadrant or out of order is refused")
  void matrixIsChecked() {
    GrowthMatrix matrix = GrowthMatrix.of(SIX, GrowthMatrixPolicy.standard());
    PlacedOption first = matrix.placements().get(0);
    IllegalArgumentException wrong =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                new GrowthMatrix(
                    matrix.thresholds(),
                    List.of(new PlacedOption(1, first.option(), Quadrant.SHELVE, "moved"))));
    assertTrue(wrong.getMessage().contains("is in act now, not shelve"), wrong.getMessage());
    PlacedOption second = matrix.placements().get(1);
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new GrowthMatrix(
                matrix.thresholds(),
                List.of(
                    new PlacedOption(1, second.option(), second.quadrant(), second.reason()),
                    new PlacedOption(2, first.option(), first.quadrant(), first.reason()))));
  }

  private static List<GrowthOption> options(List<PlacedOption> placed) {
    return placed.stream().map(PlacedOption::option).toList();
  }
}
