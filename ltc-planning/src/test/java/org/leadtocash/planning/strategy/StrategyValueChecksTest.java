package org.leadtocash.planning.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leadtocash.domain.testing.DomainTesters.cny;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The values of marketing strategy check themselves at their exact edges (DOMAIN D9.1 to D9.4): the
 * smallest and largest valid value is accepted, the nearest invalid one refused with a message
 * naming what is wrong.
 */
class StrategyValueChecksTest {

  private static String refused(Executable construction) {
    return assertThrows(IllegalArgumentException.class, construction).getMessage();
  }

  private static MarketOpportunity market(String name, String growth, String margin) {
    return new MarketOpportunity(
        name, cny(1_000), new BigDecimal(growth), new BigDecimal(margin), CompetitiveIntensity.LOW);
  }

  @Test
  @DisplayName(
      "D9.4: a market's space is not negative, its growth runs from -1 to 10, its margin from -1"
          + " to 1")
  void marketOpportunityEdges() {
    assertEquals(new BigDecimal("-1"), market("grid", "-1", "0").growthRate());
    assertEquals(new BigDecimal("10"), market("grid", "10", "0").growthRate());
    assertEquals(new BigDecimal("-1"), market("grid", "0", "-1").profitMargin());
    assertEquals(new BigDecimal("1"), market("grid", "0", "1").profitMargin());
    assertEquals(
        "the growth rate of grid is a fraction from -1 to 10 (DOMAIN D9.4): -1.01",
        refused(() -> market("grid", "-1.01", "0")));
    assertEquals(
        "the growth rate of grid is a fraction from -1 to 10 (DOMAIN D9.4): 10.01",
        refused(() -> market("grid", "10.01", "0")));
    assertEquals(
        "the profit margin of grid is a fraction from -1 to 1 (DOMAIN D9.4): -1.01",
        refused(() -> market("grid", "0", "-1.01")));
    assertEquals(
        "the profit margin of grid is a fraction from -1 to 1 (DOMAIN D9.4): 1.01",
        refused(() -> market("grid", "0", "1.01")));
    assertEquals(
        "the market space of grid is not negative (DOMAIN D9.4): CNY -1.00",
        refused(
            () ->
                new MarketOpportunity(
                    "grid", cny(-1), BigDecimal.ZERO, BigDecimal.ZERO, CompetitiveIntensity.LOW)));
  }

  @Test
  @DisplayName(
      "D9.4: a screening names each market once, ranks from 1 in order, and each is scored on the"
          + " four factors in order, weights from 0 to 100 adding up to 100")
  void screeningEdges() {
    MarketOpportunity grid = market("grid", "0.2", "0.1");
    MarketOpportunity rail = market("rail", "0.1", "0.1");
    assertEquals(
        "a screening names each opportunity once (DOMAIN D9.4): grid is there twice",
        refused(() -> Screening.of(List.of(grid, grid), ScreeningPolicy.standard())));
    Screening screening = Screening.of(List.of(grid, rail), ScreeningPolicy.standard());
    ScreenedOpportunity first = screening.ranking().get(0);
    ScreenedOpportunity second = screening.ranking().get(1);
    assertEquals(
        "a screening ranks from 1 in order (DOMAIN D9.4): rail is ranked 3 at place 2",
        refused(
            () ->
                new Screening(
                    List.of(
                        first,
                        new ScreenedOpportunity(3, second.opportunity(), second.factors())))));
    assertEquals(
        "a screening names each opportunity once (DOMAIN D9.4): grid is there twice",
        refused(
            () ->
                new Screening(
                    List.of(
                        new ScreenedOpportunity(1, first.opportunity(), first.factors()),
                        new ScreenedOpportunity(2, first.opportunity(), first.factors())))));
    assertEquals(
        "a screened opportunity ranks from 1 (DOMAIN D9.4): 0",
        refused(() -> new ScreenedOpportunity(0, grid, first.factors())));
    List<FactorScore> swapped = new ArrayList<>(first.factors());
    Collections.swap(swapped, 0, 1);
    assertEquals(
        "grid is scored on the factors in the order of DOMAIN D9.4; expected SPACE at 1, not"
            + " GROWTH",
        refused(() -> new ScreenedOpportunity(1, grid, swapped)));
    ScreeningFactor space = ScreeningFactor.SPACE;
    assertEquals(0, new FactorScore(space, BigDecimal.ZERO, 0, "none").weight());
    assertEquals(100, new FactorScore(space, BigDecimal.ZERO, 100, "all").weight());
    assertEquals(
        "a factor weighs from 0 to 100 percent (DOMAIN D9.4): market space weighs -1",
        refused(() -> new FactorScore(space, BigDecimal.ZERO, -1, "less")));
    assertEquals(
        "a factor weighs from 0 to 100 percent (DOMAIN D9.4): market space weighs 101",
        refused(() -> new FactorScore(space, BigDecimal.ZERO, 101, "more")));
    assertEquals(
        "a factor score says why (DOMAIN D9.4): market space",
        refused(() -> new FactorScore(space, BigDecimal.ZERO, 10, " ")));
  }

  @Test
  @DisplayName(
      "D9.3, D9.1: a gap analysis has no negative amount; a completeness item is named; a"
          + " strategy's decision is what was written")
  void gapsAndDecisions() {
    assertEquals(
        "an expectation is not negative (DOMAIN D9.3): CNY -1.00",
        refused(() -> GapAnalysis.of(cny(0), cny(-1), cny(0))));
    assertEquals(
        "what a new design could bring is not negative (DOMAIN D9.3): CNY -1.00",
        refused(() -> GapAnalysis.of(cny(0), cny(0), cny(-1))));
    assertEquals(
        "a completeness item names its item (DOMAIN D9.1, DOMAIN D9.2)",
        refused(() -> new CompletenessItem(" ", true, "written")));
    MarketingStrategy strategy =
        MarketingStrategy.builder().decision(Decision.TARGETS, "CNY 640 million").build();
    assertEquals(Optional.of("CNY 640 million"), strategy.decision(Decision.TARGETS));
    assertEquals(Optional.empty(), strategy.decision(Decision.STRATEGIES));
  }

  @Test
  @DisplayName("D9.4: the standard screening policy says which it is")
  void policyName() {
    assertEquals("ScreeningPolicy.standard()", ScreeningPolicy.standard().toString());
  }

  @Test
  @DisplayName("D9.4: a screening compares market spaces in one currency, before any is scored")
  void oneCurrency() {
    MarketOpportunity grid = market("grid", "0.2", "0.1");
    MarketOpportunity rail =
        new MarketOpportunity(
            "rail",
            Money.of(CurrencyUnit.EUR, 1_000),
            BigDecimal.ZERO,
            BigDecimal.ZERO,
            CompetitiveIntensity.LOW);
    String refusal = refused(() -> Screening.of(List.of(grid, rail), ScreeningPolicy.standard()));
    assertTrue(
        refusal.startsWith(
            "a screening compares market spaces in one currency (DOMAIN D9.4), not ["),
        refusal);
  }
}
