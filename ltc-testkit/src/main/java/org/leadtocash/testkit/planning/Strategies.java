package org.leadtocash.testkit.planning;

import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.joda.money.Money;
import org.leadtocash.planning.strategy.BusinessDesign;
import org.leadtocash.planning.strategy.CompetitiveIntensity;
import org.leadtocash.planning.strategy.Completeness;
import org.leadtocash.planning.strategy.CompletenessItem;
import org.leadtocash.planning.strategy.Decision;
import org.leadtocash.planning.strategy.DesignElement;
import org.leadtocash.planning.strategy.FactorScore;
import org.leadtocash.planning.strategy.Gap;
import org.leadtocash.planning.strategy.GapAnalysis;
import org.leadtocash.planning.strategy.Look;
import org.leadtocash.planning.strategy.MarketOpportunity;
import org.leadtocash.planning.strategy.MarketingStrategy;
import org.leadtocash.planning.strategy.ScreenedOpportunity;
import org.leadtocash.planning.strategy.Screening;
import org.leadtocash.planning.strategy.ScreeningPolicy;
import org.leadtocash.testkit.ArbitraryCatalogue;
import org.leadtocash.testkit.Settings;
import org.leadtocash.testkit.common.CommonValues;

/**
 * The marketing strategy (DOMAIN D9.1–D9.4): strategies and business designs with some looks,
 * decisions or elements missing or blank, gap analyses with or without each gap, and screenings of
 * distinct market opportunities under {@link ScreeningPolicy#standard()}.
 */
public final class Strategies {

  private Strategies() {}

  /**
   * Adds the arbitraries of the strategy package to a catalogue.
   *
   * @param catalogue the catalogue being built; not null
   */
  public static void addTo(ArbitraryCatalogue.Builder catalogue) {
    catalogue
        .add(MarketingStrategy.class, s -> strategies())
        .add(BusinessDesign.class, s -> designs())
        .add(
            Completeness.class,
            s ->
                Arbitraries.oneOf(
                    strategies().map(MarketingStrategy::completeness),
                    designs().map(BusinessDesign::completeness)))
        .add(
            CompletenessItem.class,
            s ->
                strategies()
                    .map(MarketingStrategy::completeness)
                    .flatMap(c -> Arbitraries.of(c.items())))
        .add(GapAnalysis.class, Strategies::gapAnalyses)
        .add(
            Gap.class,
            s ->
                gapAnalyses(s)
                    .filter(g -> !g.gaps().isEmpty())
                    .flatMap(g -> Arbitraries.of(g.gaps())))
        .add(MarketOpportunity.class, Strategies::opportunities)
        .add(Screening.class, Strategies::screenings)
        .add(
            ScreenedOpportunity.class,
            s ->
                screenings(s)
                    .filter(r -> !r.ranking().isEmpty())
                    .flatMap(r -> Arbitraries.of(r.ranking())))
        .add(
            FactorScore.class,
            s ->
                screenings(s)
                    .filter(r -> !r.ranking().isEmpty())
                    .flatMap(r -> Arbitraries.of(r.ranking().get(0).factors())));
  }

  /** Texts of a plan: mostly written, sometimes blank. */
  private static Arbitrary<String> planTexts() {
    return Arbitraries.frequencyOf(
        Tuple.of(5, CommonValues.texts()), Tuple.of(1, Arbitraries.of(" ")));
  }

  /**
   * Returns strategies with each look and decision written, blank or missing.
   *
   * @return the strategies, never null
   */
  public static Arbitrary<MarketingStrategy> strategies() {
    return Combinators.combine(
            planTexts().optional().list().ofSize(Look.values().length),
            planTexts().optional().list().ofSize(Decision.values().length))
        .as(
            (looks, decisions) -> {
              MarketingStrategy.Builder strategy = MarketingStrategy.builder();
              for (int i = 0; i < looks.size(); i++) {
                Look look = Look.values()[i];
                looks.get(i).ifPresent(t -> strategy.look(look, t));
              }
              for (int i = 0; i < decisions.size(); i++) {
                Decision decision = Decision.values()[i];
                decisions.get(i).ifPresent(t -> strategy.decision(decision, t));
              }
              return strategy.build();
            });
  }

  /**
   * Returns business designs with each element written, blank or missing.
   *
   * @return the designs, never null
   */
  public static Arbitrary<BusinessDesign> designs() {
    return planTexts()
        .optional()
        .list()
        .ofSize(DesignElement.values().length)
        .map(
            texts -> {
              BusinessDesign.Builder design = BusinessDesign.builder();
              for (int i = 0; i < texts.size(); i++) {
                DesignElement element = DesignElement.values()[i];
                texts.get(i).ifPresent(t -> design.element(element, t));
              }
              return design.build();
            });
  }

  /**
   * Returns gap analyses in the settings' currency, with or without each gap.
   *
   * @param settings what to generate within; not null
   * @return the analyses, never null
   */
  public static Arbitrary<GapAnalysis> gapAnalyses(Settings settings) {
    Arbitrary<Money> amounts =
        Arbitraries.longs().between(0, 50_000_000).map(n -> Money.ofMajor(settings.currency(), n));
    return Combinators.combine(amounts, amounts, amounts).as(GapAnalysis::of);
  }

  /**
   * Returns market opportunities in the settings' currency, named from a small set so that a list
   * of them needs {@code uniqueElements} by name.
   *
   * @param settings what to generate within; not null
   * @return the opportunities, never null
   */
  public static Arbitrary<MarketOpportunity> opportunities(Settings settings) {
    return Combinators.combine(
            Arbitraries.integers().between(1, 40).map(i -> "market " + i),
            Arbitraries.longs()
                .between(0, 900_000_000)
                .map(n -> Money.ofMajor(settings.currency(), n)),
            Arbitraries.integers().between(-100, 200).map(p -> BigDecimal.valueOf(p, 2)),
            Arbitraries.integers().between(-50, 70).map(p -> BigDecimal.valueOf(p, 2)),
            Arbitraries.of(CompetitiveIntensity.class))
        .as(MarketOpportunity::new);
  }

  /**
   * Returns screenings of up to 8 distinctly named opportunities under the standard policy.
   *
   * @param settings what to generate within; not null
   * @return the screenings, never null
   */
  public static Arbitrary<Screening> screenings(Settings settings) {
    return opportunities(settings)
        .list()
        .ofMaxSize(8)
        .uniqueElements(MarketOpportunity::name)
        .map(o -> Screening.of(List.copyOf(o), ScreeningPolicy.standard()));
  }
}
