package org.leadtocash.planning.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import org.joda.money.Money;
import org.leadtocash.testkit.Settings;
import org.leadtocash.testkit.planning.Strategies;

/**
 * Properties of the marketing strategy (DOMAIN D9.1–D9.4) over the kit's generated strategies,
 * designs, gap analyses and screenings.
 */
class StrategyProperties {

  @Property
  void completenessListsExactlyTheMissingLooksAndDecisions(@ForAll MarketingStrategy strategy) {
    List<String> missing = new ArrayList<>();
    for (Look look : Look.values()) {
      if (strategy.look(look).filter(t -> !t.isBlank()).isEmpty()) {
        missing.add("look at " + look.label());
      }
    }
    for (Decision decision : Decision.values()) {
      if (strategy.decision(decision).filter(t -> !t.isBlank()).isEmpty()) {
        missing.add("decision on " + decision.label());
      }
    }
    Completeness report = strategy.completeness();
    assertEquals(8, report.items().size(), "DOMAIN D9.1: five looks and three decisions");
    assertEquals(missing, report.missing().stream().map(CompletenessItem::item).toList());
    assertEquals(missing.isEmpty(), report.isComplete());
  }

  @Property
  void completenessListsExactlyTheMissingElements(@ForAll BusinessDesign design) {
    List<String> missing = new ArrayList<>();
    for (DesignElement element : DesignElement.values()) {
      if (design.element(element).filter(t -> !t.isBlank()).isEmpty()) {
        missing.add(element.label());
      }
    }
    Completeness report = design.completeness();
    assertEquals(6, report.items().size(), "DOMAIN D9.2: six elements");
    assertEquals(missing, report.missing().stream().map(CompletenessItem::item).toList());
    assertEquals(missing.isEmpty(), report.isComplete());
  }

  @Property
  void gapsAreNeverNegativeAndCloseTheDistanceToTheExpectation(@ForAll GapAnalysis analysis) {
    Money performance = analysis.amount(GapKind.PERFORMANCE);
    Money opportunity = analysis.amount(GapKind.OPPORTUNITY);
    assertFalse(performance.isNegative(), "DOMAIN D9.3: " + analysis);
    assertFalse(opportunity.isNegative(), "DOMAIN D9.3: " + analysis);
    // what execution closes brings the results up to the expectation, never beyond it
    assertEquals(
        analysis.results().plus(performance), max(analysis.results(), analysis.expectation()));
    assertEquals(
        analysis.results().plus(opportunity), max(analysis.results(), analysis.newDesign()));
    assertEquals(
        analysis.results().isLessThan(analysis.expectation()),
        analysis.performanceGap().isPresent());
    assertEquals(
        analysis.newDesign().isGreaterThan(analysis.results()),
        analysis.opportunityGap().isPresent());
    analysis.gaps().forEach(g -> assertTrue(g.amount().isPositive(), g.toString()));
  }

  @Property
  void ranksArePermutationsAndDeterministic(
      @ForAll("opportunityLists") List<MarketOpportunity> opportunities, @ForAll long seed) {
    Screening screening = Screening.of(opportunities, ScreeningPolicy.standard());
    assertEquals(
        IntStream.rangeClosed(1, opportunities.size()).boxed().toList(),
        screening.ranking().stream().map(ScreenedOpportunity::rank).toList());
    assertEquals(
        opportunities.stream().map(MarketOpportunity::name).sorted().toList(),
        screening.ranking().stream().map(s -> s.opportunity().name()).sorted().toList());
    List<MarketOpportunity> shuffled = new ArrayList<>(opportunities);
    Collections.shuffle(shuffled, new Random(seed));
    assertEquals(screening, Screening.of(shuffled, ScreeningPolicy.standard()));
    for (int i = 1; i < screening.ranking().size(); i++) {
      assertTrue(
          screening.ranking().get(i - 1).score().compareTo(screening.ranking().get(i).score()) >= 0,
          screening::explanation);
    }
  }

  @Property
  void improvingOneFactorNeverWorsensTheRank(
      @ForAll("opportunityLists") List<MarketOpportunity> opportunities,
      @ForAll @IntRange(min = 0, max = 100) int pick,
      @ForAll ScreeningFactor factor,
      @ForAll @IntRange(min = 0, max = 50) int step) {
    if (opportunities.isEmpty()) {
      return;
    }
    int index = pick % opportunities.size();
    MarketOpportunity before = opportunities.get(index);
    MarketOpportunity after = improved(before, factor, step);
    List<MarketOpportunity> changed = new ArrayList<>(opportunities);
    changed.set(index, after);

    int rankBefore = rank(Screening.of(opportunities, ScreeningPolicy.standard()), before.name());
    int rankAfter = rank(Screening.of(changed, ScreeningPolicy.standard()), after.name());
    assertTrue(
        rankAfter <= rankBefore,
        () ->
            factor
                + " improved "
                + before
                + " to "
                + after
                + ": rank "
                + rankBefore
                + " → "
                + rankAfter);
  }

  @Provide
  Arbitrary<List<MarketOpportunity>> opportunityLists() {
    return Strategies.opportunities(Settings.standard())
        .list()
        .ofMaxSize(8)
        .uniqueElements(MarketOpportunity::name);
  }

  private static MarketOpportunity improved(MarketOpportunity o, ScreeningFactor factor, int step) {
    BigDecimal points = BigDecimal.valueOf(step, 2);
    return switch (factor) {
      case SPACE ->
          new MarketOpportunity(
              o.name(),
              o.space().plusMajor(step * 1_000_000L),
              o.growthRate(),
              o.profitMargin(),
              o.intensity());
      case GROWTH ->
          new MarketOpportunity(
              o.name(), o.space(), o.growthRate().add(points), o.profitMargin(), o.intensity());
      case PROFIT ->
          new MarketOpportunity(
              o.name(),
              o.space(),
              o.growthRate(),
              o.profitMargin().add(points).min(BigDecimal.ONE),
              o.intensity());
      case COMPETITION ->
          new MarketOpportunity(
              o.name(),
              o.space(),
              o.growthRate(),
              o.profitMargin(),
              CompetitiveIntensity.values()[Math.max(0, o.intensity().ordinal() - step % 4)]);
    };
  }

  private static int rank(Screening screening, String name) {
    return screening.find(name).orElseThrow().rank();
  }

  private static Money max(Money a, Money b) {
    return a.isLessThan(b) ? b : a;
  }

  /** Makes sure the kit's default arbitrary reaches both gaps, one and none. */
  @Property(tries = 300)
  void generatedAnalysesReachEveryCombinationOfGaps(@ForAll GapAnalysis analysis) {
    Statistics.label("gaps").collect(analysis.gaps().stream().map(Gap::kind).toList().toString());
    Statistics.label("gaps")
        .coverage(
            c -> {
              c.check("[PERFORMANCE, OPPORTUNITY]").count(n -> n > 0);
              c.check("[PERFORMANCE]").count(n -> n > 0);
              c.check("[OPPORTUNITY]").count(n -> n > 0);
            });
  }
}
