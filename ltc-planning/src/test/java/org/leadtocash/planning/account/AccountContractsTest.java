package org.leadtocash.planning.account;

import static org.leadtocash.domain.testing.DomainTesters.cny;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.leadtocash.domain.common.Probability;
import org.leadtocash.domain.common.Rate;
import org.leadtocash.domain.testing.DomainTesters;

/** Null rejection and equality of the account package's public types (DOMAIN D11). */
class AccountContractsTest {

  private static GrowthMatrix matrix() {
    return GrowthMatrix.of(GrowthMatrixTest.SIX, GrowthMatrixPolicy.standard());
  }

  private static NullPointerTester tester() {
    AccountPlan plan = AccountPlanTest.full().build();
    return DomainTesters.nullPointerTester()
        .setDefault(AccountPrinciple.class, Principle.LEAD)
        .setDefault(Assessment.class, new Assessment(true, "evidence"))
        .setDefault(GrowthOption.class, GrowthMatrixTest.PORTS)
        .setDefault(GrowthMatrix.class, matrix())
        .setDefault(GrowthMatrixPolicy.class, GrowthMatrixPolicy.standard())
        .setDefault(MatrixThresholds.class, matrix().thresholds())
        .setDefault(PlacedOption.class, matrix().placements().get(0))
        .setDefault(SalesPotentialGap.class, SalesPotentialGap.of(cny(9), cny(5), cny(1)))
        .setDefault(Rate.class, Rate.of(1, 2))
        .setDefault(Period.class, Period.ofMonths(1))
        .setDefault(AccountPlan.class, plan)
        .setDefault(
            CompletedStep.class,
            new CompletedStep(KamStep.UNDERSTAND_NEEDS, LocalDate.of(2026, 1, 5), "interviews"))
        .setDefault(
            KamStepCheck.class, KamChecklist.start(plan.customer()).report(plan).steps().get(0))
        .setDefault(
            SegmentPenetration.class, SegmentPenetration.of("IoT", Rate.of(1, 4), Rate.of(1, 2)))
        .setDefault(
            PrincipleFinding.class, PrincipleReview.builder().build().report().findings().get(0))
        .setDefault(Milestone.class, new Milestone("pilot", LocalDate.of(2026, 1, 5)))
        .setDefault(DecisionMaking.class, new DecisionMaking(DecisionPower.LOCAL, "tender"));
  }

  @Test
  @DisplayName("every public constructor and method refuses null")
  void nullsAreRefused() {
    NullPointerTester tester = tester();
    for (Class<?> type :
        List.of(
            Assessment.class,
            PrincipleReview.class,
            PrincipleFinding.class,
            PrincipleReport.class,
            AccountPrinciple.class,
            CustomerGroup.class,
            ValueProposition.class,
            KeyAccountStrategy.class,
            GrowthOption.class,
            MatrixThresholds.class,
            GrowthMatrixPolicy.class,
            PlacedOption.class,
            GrowthMatrix.class,
            SalesPotentialGap.class,
            GapCoverage.class,
            SegmentPenetration.class,
            Penetration.class,
            DecisionMaking.class,
            CallFrequency.class,
            Milestone.class,
            AccountPlan.class,
            CompletedStep.class,
            KamChecklist.class,
            KamStepCheck.class,
            KamReport.class)) {
      tester.testAllPublicConstructors(type);
      tester.testAllPublicStaticMethods(type);
    }
    AccountPlan plan = AccountPlanTest.full().build();
    for (Object instance :
        List.of(
            PrincipleReview.builder().met(Principle.LEAD, "ahead of the RFP").build(),
            PrincipleReview.builder(),
            PrincipleReview.builder().build().report(),
            KeyAccountStrategy.builder().customerGroup("a", 1).build(),
            KeyAccountStrategy.builder(),
            matrix(),
            matrix().thresholds(),
            GrowthMatrixPolicy.standard(),
            GrowthMatrixPolicy.standard(cny(5)),
            SalesPotentialGap.of(cny(9), cny(5), cny(1)),
            Penetration.of(List.of(SegmentPenetration.of("IoT", Rate.of(1, 4), Rate.of(1, 2)))),
            plan,
            AccountPlan.builder(plan.customer()),
            KamChecklist.start(plan.customer()),
            KamChecklist.start(plan.customer()).report(plan))) {
      tester.testAllPublicInstanceMethods(instance);
    }
  }

  @Test
  @DisplayName("values are equal by their components")
  void equality() {
    new EqualsTester()
        .addEqualityGroup(
            PrincipleReview.builder()
                .met(Principle.LEAD, "x")
                .met(GuidingPrinciple.FOCUS, "y")
                .build(),
            new PrincipleReview(
                Map.of(
                    GuidingPrinciple.FOCUS,
                    new Assessment(true, "y"),
                    Principle.LEAD,
                    new Assessment(true, "x"))))
        .addEqualityGroup(PrincipleReview.builder().notMet(Principle.LEAD, "x").build())
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            KeyAccountStrategy.builder().customerGroup("b", 2).customerGroup("a", 1).build(),
            KeyAccountStrategy.builder().customerGroup("a", 1).customerGroup("b", 2).build())
        .addEqualityGroup(KeyAccountStrategy.builder().customerGroup("a", 2).build())
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            GrowthMatrix.of(GrowthMatrixTest.SIX, GrowthMatrixPolicy.standard()),
            GrowthMatrix.of(com.google.common.collect.Lists.reverse(GrowthMatrixTest.SIX), GrowthMatrixPolicy.standard()))
        .addEqualityGroup(
            GrowthMatrix.of(GrowthMatrixTest.SIX, GrowthMatrixPolicy.standard(cny(14_000_000))))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(GrowthMatrixPolicy.standard(), GrowthMatrixPolicy.standard())
        .addEqualityGroup(GrowthMatrixPolicy.standard(cny(3)), GrowthMatrixPolicy.standard(cny(3)))
        .addEqualityGroup(GrowthMatrixPolicy.standard(cny(4)))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            SalesPotentialGap.of(cny(9), cny(5), cny(1)),
            new SalesPotentialGap(cny(9), cny(5), cny(1)))
        .addEqualityGroup(SalesPotentialGap.of(cny(9), cny(1), cny(5)))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            SegmentPenetration.of("IoT", Rate.of(1, 4), Rate.of(1, 2)),
            new SegmentPenetration("IoT", Rate.of(1, 4), Rate.of(1, 2), Optional.empty()))
        .addEqualityGroup(SegmentPenetration.of("IoT", Rate.of(1, 4), Rate.of(1, 2), cny(1)))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(AccountPlanTest.full().build(), AccountPlanTest.full().build())
        .addEqualityGroup(AccountPlanTest.draft().build())
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            KamChecklist.start(AccountPlanTest.NORTH_MOBILE),
            new KamChecklist(AccountPlanTest.NORTH_MOBILE, List.of()))
        .addEqualityGroup(KamChecklistTest.done(AccountPlanTest.full().build()))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            new GrowthOption(GrowthOptionKind.CROSS_SELL, "x", cny(1), Probability.ofPercent(5)),
            new GrowthOption(GrowthOptionKind.CROSS_SELL, "x", cny(1), Probability.ofPercent(5)))
        .addEqualityGroup(
            new GrowthOption(GrowthOptionKind.CROSS_SELL, "x", cny(1), Probability.ofPercent(6)))
        .testEquals();
  }
}
