package org.leadtocash.planning.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leadtocash.domain.testing.DomainTesters.cny;

import java.util.List;
import java.util.Optional;
import org.joda.money.Money;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A strategy planner compares the energy business's results with its expectation and with what a
 * new business design could bring (DOMAIN D9.3).
 */
class GapAnalysisTest {

  @Test
  @DisplayName("DOMAIN D9.3: short of the expectation and below a new design's worth: both gaps")
  void bothGaps() {
    GapAnalysis year = GapAnalysis.of(cny(7_300_000), cny(8_100_000), cny(11_600_000));

    assertEquals(Optional.of(new Gap(GapKind.PERFORMANCE, cny(800_000))), year.performanceGap());
    assertEquals(Optional.of(new Gap(GapKind.OPPORTUNITY, cny(4_300_000))), year.opportunityGap());
    assertEquals(List.of(GapKind.PERFORMANCE, GapKind.OPPORTUNITY), kinds(year));
    assertEquals("execution", year.performanceGap().orElseThrow().action());
    assertEquals("a new business design", year.opportunityGap().orElseThrow().action());
    assertEquals(
        "results CNY 7,300,000.00 against an expectation of CNY 8,100,000.00 and CNY"
            + " 11,600,000.00 with a new design: performance gap of CNY 800,000.00, closed by"
            + " execution; opportunity gap of CNY 4,300,000.00, closed by a new business design",
        year.explanation());
  }

  @Test
  @DisplayName("DOMAIN D9.3: results above the expectation leave no performance gap, never less")
  void noNegativePerformanceGap() {
    GapAnalysis year = GapAnalysis.of(cny(9_200_000), cny(8_100_000), cny(12_500_000));

    assertEquals(Optional.empty(), year.performanceGap());
    assertEquals(cny(0), year.amount(GapKind.PERFORMANCE));
    assertEquals(cny(3_300_000), year.amount(GapKind.OPPORTUNITY));
    assertEquals(List.of(GapKind.OPPORTUNITY), kinds(year));
  }

  @Test
  @DisplayName("DOMAIN D9.3: a new design worth no more than the results leaves no opportunity gap")
  void onlyPerformanceGap() {
    GapAnalysis year = GapAnalysis.of(cny(5_450_000), cny(6_000_000), cny(5_450_000));

    assertEquals(Optional.empty(), year.opportunityGap());
    assertEquals(cny(550_000), year.amount(GapKind.PERFORMANCE));
    assertEquals(List.of(GapKind.PERFORMANCE), kinds(year));
  }

  @Test
  @DisplayName("DOMAIN D9.3: results that meet the expectation and every design: no gap")
  void noGap() {
    GapAnalysis year = GapAnalysis.of(cny(6_000_000), cny(6_000_000), cny(4_000_000));

    assertEquals(List.of(), year.gaps());
    assertTrue(year.explanation().endsWith("with a new design: no gap"), year.explanation());
  }

  @Test
  @DisplayName("DOMAIN D9.3: amounts in two currencies, or negative, are refused with the rule")
  void badAmountsAreRefused() {
    IllegalArgumentException mixed =
        assertThrows(
            IllegalArgumentException.class,
            () -> GapAnalysis.of(cny(1), Money.parse("EUR 2"), cny(3)));
    assertTrue(mixed.getMessage().contains("one currency (DOMAIN D9.3)"), mixed.getMessage());
    IllegalArgumentException negative =
        assertThrows(IllegalArgumentException.class, () -> GapAnalysis.of(cny(-1), cny(2), cny(3)));
    assertTrue(negative.getMessage().contains("DOMAIN D9.3"), negative.getMessage());
    assertThrows(IllegalArgumentException.class, () -> new Gap(GapKind.OPPORTUNITY, cny(0)));
  }

  private static List<GapKind> kinds(GapAnalysis analysis) {
    return analysis.gaps().stream().map(Gap::kind).toList();
  }
}
