package org.leadtocash.planning.strategy;

import static org.leadtocash.domain.testing.DomainTesters.cny;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.leadtocash.domain.common.RuleId;
import org.leadtocash.domain.testing.DomainTesters;

/** Null rejection and equality of the strategy package's public types (DOMAIN D9.1–D9.4). */
class StrategyContractsTest {

  private static MarketOpportunity opportunity(String name, long space) {
    return new MarketOpportunity(
        name,
        cny(space),
        new BigDecimal("0.09"),
        new BigDecimal("0.17"),
        CompetitiveIntensity.HIGH);
  }

  private static Screening screening() {
    return Screening.of(
        List.of(
            opportunity("harbour automation", 210_000_000), opportunity("mine safety", 75_000_000)),
        ScreeningPolicy.standard());
  }

  private static NullPointerTester tester() {
    Screening screening = screening();
    return DomainTesters.nullPointerTester()
        .setDefault(RuleId.class, RuleId.D9_1)
        .setDefault(MarketOpportunity.class, opportunity("port logistics", 64_000_000))
        .setDefault(ScreeningPolicy.class, ScreeningPolicy.standard())
        .setDefault(ScreenedOpportunity.class, screening.ranking().get(0))
        .setDefault(FactorScore.class, screening.ranking().get(0).factors().get(0))
        .setDefault(CompletenessItem.class, new CompletenessItem("value capture", true, "written"));
  }

  @Test
  @DisplayName("every public constructor and method refuses null")
  void nullsAreRefused() {
    NullPointerTester tester = tester();
    for (Class<?> type :
        List.of(
            MarketingStrategy.class,
            BusinessDesign.class,
            Completeness.class,
            CompletenessItem.class,
            GapAnalysis.class,
            Gap.class,
            MarketOpportunity.class,
            FactorScore.class,
            ScreenedOpportunity.class,
            Screening.class,
            ScreeningPolicy.class)) {
      tester.testAllPublicConstructors(type);
      tester.testAllPublicStaticMethods(type);
    }
    for (Object instance :
        List.of(
            MarketingStrategy.builder().look(Look.MACRO, "tariff reform").build(),
            MarketingStrategy.builder(),
            BusinessDesign.builder().element(DesignElement.VALUE_CAPTURE, "per site").build(),
            BusinessDesign.builder(),
            GapAnalysis.of(cny(3), cny(5), cny(8)),
            screening(),
            ScreeningPolicy.standard())) {
      tester.testAllPublicInstanceMethods(instance);
    }
  }

  @Test
  @DisplayName("values are equal by their components")
  void equality() {
    new EqualsTester()
        .addEqualityGroup(
            MarketingStrategy.builder().look(Look.INDUSTRY, "consolidation").build(),
            new MarketingStrategy(Map.of(Look.INDUSTRY, "consolidation"), Map.of()))
        .addEqualityGroup(MarketingStrategy.builder().look(Look.INDUSTRY, "growth").build())
        .addEqualityGroup(MarketingStrategy.builder().decision(Decision.TARGETS, "growth").build())
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            BusinessDesign.builder().element(DesignElement.STRATEGIC_CONTROL, "standards").build(),
            new BusinessDesign(Map.of(DesignElement.STRATEGIC_CONTROL, "standards")))
        .addEqualityGroup(BusinessDesign.builder().build())
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            GapAnalysis.of(cny(3), cny(5), cny(8)), new GapAnalysis(cny(3), cny(5), cny(8)))
        .addEqualityGroup(GapAnalysis.of(cny(3), cny(5), cny(9)))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            new Gap(GapKind.PERFORMANCE, cny(2)), new Gap(GapKind.PERFORMANCE, cny(2)))
        .addEqualityGroup(new Gap(GapKind.OPPORTUNITY, cny(2)))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(screening(), screening())
        .addEqualityGroup(Screening.of(List.of(), ScreeningPolicy.standard()))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(opportunity("mine safety", 5), opportunity("mine safety", 5))
        .addEqualityGroup(opportunity("mine safety", 6))
        .testEquals();
  }
}
