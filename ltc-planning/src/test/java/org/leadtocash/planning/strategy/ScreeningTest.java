package org.leadtocash.planning.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leadtocash.domain.testing.DomainTesters.cny;

import java.math.BigDecimal;
import java.util.List;
import org.joda.money.Money;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A strategy planner screens three market opportunities of the energy sector over space, growth,
 * profit and competitive intensity (DOMAIN D9.4), under the standard policy and the company's own.
 */
class ScreeningTest {

  private static final MarketOpportunity SMART_GRIDS =
      new MarketOpportunity(
          "provincial smart grids",
          cny(480_000_000),
          new BigDecimal("0.18"),
          new BigDecimal("0.22"),
          CompetitiveIntensity.MODERATE);
  private static final MarketOpportunity DATA_CENTRES =
      new MarketOpportunity(
          "coastal data centres",
          cny(360_000_000),
          new BigDecimal("0.36"),
          new BigDecimal("0.12"),
          CompetitiveIntensity.HIGH);
  private static final MarketOpportunity RURAL_BROADBAND =
      new MarketOpportunity(
          "rural broadband",
          cny(120_000_000),
          new BigDecimal("0.06"),
          new BigDecimal("0.44"),
          CompetitiveIntensity.LOW);

  @Test
  @DisplayName("DOMAIN D9.4: the standard policy ranks by weighted score, explained per factor")
  void standardRanking() {
    Screening screening =
        Screening.of(
            List.of(RURAL_BROADBAND, DATA_CENTRES, SMART_GRIDS), ScreeningPolicy.standard());

    assertEquals(
        List.of("provincial smart grids", "coastal data centres", "rural broadband"),
        names(screening));
    assertEquals(
        List.of(1, 2, 3), screening.ranking().stream().map(ScreenedOpportunity::rank).toList());
    // 100 × 30% + 60 × 25% + 55 × 25% + 65 × 20%
    assertEquals(0, new BigDecimal("71.75").compareTo(screening.ranking().get(0).score()));
    // 75 × 30% + 100 × 25% + 30 × 25% + 35 × 20%
    assertEquals(0, new BigDecimal("62").compareTo(screening.ranking().get(1).score()));
    // 25 × 30% + 20 × 25% + 100 × 25% + 100 × 20%
    assertEquals(0, new BigDecimal("57.5").compareTo(screening.ranking().get(2).score()));

    ScreenedOpportunity centres = screening.find("coastal data centres").orElseThrow();
    assertEquals(
        "2. coastal data centres, 62 of 100: market space: 75 of 100 × 30 % (CNY 360,000,000.00"
            + " against the largest CNY 480,000,000.00); growth rate: 100 of 100 × 25 % (36.0% a"
            + " year, full marks from 30.0%); profit level: 30 of 100 × 25 % (12.0% margin, full"
            + " marks from 40.0%); competitive intensity: 35 of 100 × 20 % (high competition)",
        centres.explanation());
    assertEquals(3, screening.explanation().lines().count());
    assertTrue(screening.find("offshore wind").isEmpty());
  }

  @Test
  @DisplayName("DOMAIN D9.4: shrinking markets and losses score zero, not below")
  void floorsAtZero() {
    MarketOpportunity shrinking =
        new MarketOpportunity(
            "legacy copper",
            cny(90_000_000),
            new BigDecimal("-0.15"),
            new BigDecimal("-0.05"),
            CompetitiveIntensity.FIERCE);
    ScreenedOpportunity copper =
        Screening.of(List.of(shrinking), ScreeningPolicy.standard()).ranking().get(0);

    assertEquals(
        List.of("100", "0", "0", "10"),
        copper.factors().stream()
            .map(f -> f.score().stripTrailingZeros().toPlainString())
            .toList());
    assertEquals(0, new BigDecimal("32").compareTo(copper.score()));
  }

  @Test
  @DisplayName("DOMAIN D9.4: equal scores rank the larger space first, then by name")
  void tiesAreBrokenDeterministically() {
    ScreeningPolicy flat =
        (opportunity, field) ->
            List.of(
                new FactorScore(ScreeningFactor.SPACE, BigDecimal.TEN, 25, "flat"),
                new FactorScore(ScreeningFactor.GROWTH, BigDecimal.TEN, 25, "flat"),
                new FactorScore(ScreeningFactor.PROFIT, BigDecimal.TEN, 25, "flat"),
                new FactorScore(ScreeningFactor.COMPETITION, BigDecimal.TEN, 25, "flat"));
    MarketOpportunity twin =
        new MarketOpportunity(
            "metro fibre",
            cny(120_000_000),
            new BigDecimal("0.06"),
            new BigDecimal("0.44"),
            CompetitiveIntensity.LOW);

    assertEquals(
        List.of("provincial smart grids", "coastal data centres", "metro fibre", "rural broadband"),
        names(Screening.of(List.of(RURAL_BROADBAND, twin, DATA_CENTRES, SMART_GRIDS), flat)));
  }

  @Test
  @DisplayName("DOMAIN D9.4: a host's own policy replaces the standard one, and is checked")
  void replaceablePolicy() {
    ScreeningPolicy profitFirst =
        (opportunity, field) ->
            List.of(
                new FactorScore(ScreeningFactor.SPACE, BigDecimal.ZERO, 0, "ignored"),
                new FactorScore(ScreeningFactor.GROWTH, BigDecimal.ZERO, 0, "ignored"),
                new FactorScore(
                    ScreeningFactor.PROFIT,
                    opportunity.profitMargin().movePointRight(2),
                    100,
                    "margin only"),
                new FactorScore(ScreeningFactor.COMPETITION, BigDecimal.ZERO, 0, "ignored"));
    assertEquals(
        List.of("rural broadband", "provincial smart grids", "coastal data centres"),
        names(Screening.of(List.of(SMART_GRIDS, DATA_CENTRES, RURAL_BROADBAND), profitFirst)));

    ScreeningPolicy overweight =
        (opportunity, field) ->
            List.of(
                new FactorScore(ScreeningFactor.SPACE, BigDecimal.ONE, 40, "heavy"),
                new FactorScore(ScreeningFactor.GROWTH, BigDecimal.ONE, 40, "heavy"),
                new FactorScore(ScreeningFactor.PROFIT, BigDecimal.ONE, 40, "heavy"),
                new FactorScore(ScreeningFactor.COMPETITION, BigDecimal.ONE, 40, "heavy"));
    IllegalArgumentException refused =
        assertThrows(
            IllegalArgumentException.class, () -> Screening.of(List.of(SMART_GRIDS), overweight));
    assertTrue(refused.getMessage().contains("add up to 100 percent (DOMAIN D9.4), not 160"));

    ScreeningPolicy partial =
        (opportunity, field) ->
            List.of(new FactorScore(ScreeningFactor.SPACE, BigDecimal.ONE, 100, "space only"));
    assertThrows(IllegalArgumentException.class, () -> Screening.of(List.of(SMART_GRIDS), partial));
  }

  @Test
  @DisplayName("DOMAIN D9.4: repeated names, mixed currencies and out-of-range factors are refused")
  void badInputIsRefused() {
    IllegalArgumentException twice =
        assertThrows(
            IllegalArgumentException.class,
            () -> Screening.of(List.of(SMART_GRIDS, SMART_GRIDS), ScreeningPolicy.standard()));
    assertTrue(twice.getMessage().contains("provincial smart grids is there twice"));
    MarketOpportunity euros =
        new MarketOpportunity(
            "alpine hydro",
            Money.parse("EUR 70000000"),
            new BigDecimal("0.04"),
            new BigDecimal("0.30"),
            CompetitiveIntensity.LOW);
    IllegalArgumentException mixed =
        assertThrows(
            IllegalArgumentException.class,
            () -> Screening.of(List.of(SMART_GRIDS, euros), ScreeningPolicy.standard()));
    assertTrue(mixed.getMessage().contains("one currency (DOMAIN D9.4)"), mixed.getMessage());
    IllegalArgumentException margin =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                new MarketOpportunity(
                    "fantasy",
                    cny(1),
                    BigDecimal.ZERO,
                    new BigDecimal("1.5"),
                    CompetitiveIntensity.LOW));
    assertTrue(margin.getMessage().contains("profit margin of fantasy"), margin.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new MarketOpportunity(
                " ", cny(1), BigDecimal.ZERO, BigDecimal.ZERO, CompetitiveIntensity.LOW));
    assertThrows(
        IllegalArgumentException.class,
        () -> new FactorScore(ScreeningFactor.SPACE, new BigDecimal("100.01"), 30, "too much"));
  }

  @Test
  @DisplayName("DOMAIN D9.4: a ranking out of order or with wrong ranks cannot be built")
  void rankingIsChecked() {
    List<ScreenedOpportunity> ranked =
        Screening.of(List.of(SMART_GRIDS, DATA_CENTRES), ScreeningPolicy.standard()).ranking();
    ScreenedOpportunity first = ranked.get(0);
    ScreenedOpportunity second = ranked.get(1);
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new Screening(
                List.of(
                    new ScreenedOpportunity(1, second.opportunity(), second.factors()),
                    new ScreenedOpportunity(2, first.opportunity(), first.factors()))));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new Screening(
                List.of(new ScreenedOpportunity(2, first.opportunity(), first.factors()))));
    assertEquals(List.of(), Screening.of(List.of(), ScreeningPolicy.standard()).ranking());
  }

  private static List<String> names(Screening screening) {
    return screening.ranking().stream().map(s -> s.opportunity().name()).toList();
  }
}
