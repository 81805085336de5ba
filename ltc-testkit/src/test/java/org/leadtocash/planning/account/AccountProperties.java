package org.leadtocash.planning.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import org.joda.money.Money;
import org.leadtocash.domain.common.CustomerId;
import org.leadtocash.domain.common.IllegalTransitionException;
import org.leadtocash.domain.common.Probability;
import org.leadtocash.planning.strategy.Completeness;
import org.leadtocash.planning.strategy.CompletenessItem;
import org.leadtocash.testkit.Settings;
import org.leadtocash.testkit.planning.Accounts;

/**
 * Properties of key-account management (DOMAIN D11.1–D11.4, D11.9, D11.11) over the kit's generated
 * reviews, strategies, growth matrices, gaps, penetrations, account plans and KAM checklists.
 */
class AccountProperties {

  @Property
  void reviewReportsEveryPrincipleByItsEvidence(@ForAll PrincipleReview review) {
    PrincipleReport report = review.report();
    assertEquals(
        AccountPrinciple.all(),
        report.findings().stream().map(PrincipleFinding::principle).toList());
    for (PrincipleFinding finding : report.findings()) {
      Optional<Assessment> recorded = review.assessment(finding.principle());
      Verdict expected =
          recorded
              .map(a -> a.met() && a.hasEvidence() ? Verdict.MET : Verdict.NOT_MET)
              .orElse(Verdict.NOT_ASSESSED);
      assertEquals(expected, finding.verdict(), "DOMAIN D11.1: " + finding);
    }
    assertEquals(
        17,
        Stream.of(Verdict.values()).mapToInt(v -> report.with(v).size()).sum(),
        report::summary);
  }

  @Property
  void strategyCompletenessListsExactlyTheOpenSteps(@ForAll KeyAccountStrategy strategy) {
    List<String> missing = new ArrayList<>();
    if (strategy.customerGroups().isEmpty()) {
      missing.add(StrategyStep.CUSTOMER_GROUPS.label());
    }
    if (strategy.targets().isEmpty()) {
      missing.add(StrategyStep.TARGETS.label());
    }
    if (strategy.propositions().isEmpty()
        || strategy.propositions().size() < strategy.customerGroups().size()) {
      missing.add(StrategyStep.VALUE_PROPOSITIONS.label());
    }
    if (strategy.salesRole().isBlank()) {
      missing.add(StrategyStep.SALES_ROLE.label());
    }
    Completeness report = strategy.completeness();
    assertEquals(4, report.items().size(), "DOMAIN D11.2: four steps");
    assertEquals(missing, report.missing().stream().map(CompletenessItem::item).toList());
  }

  @Property
  void quadrantsPartitionTheOptions(@ForAll GrowthMatrix matrix) {
    MatrixThresholds t = matrix.thresholds();
    List<PlacedOption> union = new ArrayList<>();
    for (Quadrant quadrant : Quadrant.values()) {
      for (PlacedOption placed : matrix.in(quadrant)) {
        boolean big = !placed.option().prize().isLessThan(t.prize());
        boolean likely = placed.option().probability().compareTo(t.probability()) >= 0;
        assertEquals(Quadrant.of(big, likely), quadrant, "DOMAIN D11.3: " + placed);
        union.add(placed);
      }
    }
    // each option is in exactly one quadrant: the quadrants' lists, together, are the placements
    assertEquals(matrix.placements().size(), union.size());
    assertTrue(union.containsAll(matrix.placements()));
    for (int i = 1; i < matrix.placements().size(); i++) {
      assertTrue(
          matrix.placements().get(i - 1).quadrant().priority()
              <= matrix.placements().get(i).quadrant().priority(),
          matrix::explanation);
    }
    for (PlacedOption placed : matrix.placements()) {
      Statistics.label("quadrants").collect(placed.quadrant());
    }
    Statistics.label("quadrants")
        .coverage(
            c -> {
              for (Quadrant quadrant : Quadrant.values()) {
                c.check(quadrant).count(n -> n > 0);
              }
            });
  }

  @Property
  void aBiggerPrizeOrLikelierSuccessNeverLowersThePriority(
      @ForAll("optionLists") List<GrowthOption> options,
      @ForAll("policies") GrowthMatrixPolicy policy,
      @ForAll @IntRange(min = 0, max = 100) int pick,
      @ForAll boolean prize,
      @ForAll @IntRange(min = 0, max = 40_000_000) int raise) {
    int index = pick % options.size();
    GrowthOption before = options.get(index);
    GrowthOption after =
        prize
            ? new GrowthOption(
                before.kind(),
                before.description(),
                before.prize().plusMajor(raise),
                before.probability())
            : new GrowthOption(
                before.kind(),
                before.description(),
                before.prize(),
                Probability.ofPercent(Math.min(100, before.probability().percent() + raise % 101)));
    List<GrowthOption> raised = new ArrayList<>(options);
    raised.set(index, after);

    Quadrant was = quadrant(GrowthMatrix.of(options, policy), before);
    Quadrant is = quadrant(GrowthMatrix.of(raised, policy), after);
    assertTrue(
        is.priority() <= was.priority(),
        () -> "DOMAIN D11.3: " + before + " → " + after + " moved " + was + " → " + is);
  }

  @Provide
  Arbitrary<List<GrowthOption>> optionLists() {
    return Accounts.growthOptions(Settings.standard())
        .list()
        .ofMinSize(1)
        .ofMaxSize(8)
        .uniqueElements(GrowthOption::description);
  }

  @Provide
  Arbitrary<GrowthMatrixPolicy> policies() {
    return Accounts.growthPolicies(Settings.standard());
  }

  private static Quadrant quadrant(GrowthMatrix matrix, GrowthOption option) {
    return matrix.find(option.description()).orElseThrow().quadrant();
  }

  @Property
  void gapAndSurplusAddUpToTheTarget(@ForAll SalesPotentialGap gap) {
    Money zero = Money.zero(gap.target().getCurrencyUnit());
    Money gapAmount = gap.gap().orElse(zero);
    Money surplus = gap.surplus().orElse(zero);
    assertEquals(
        gap.target(),
        gap.existingBusiness().plus(gap.newCustomers()).plus(gapAmount).minus(surplus));
    assertFalse(gap.gap().isPresent() && gap.surplus().isPresent(), "DOMAIN D11.3: " + gap);
    gap.gap().ifPresent(g -> assertTrue(g.isPositive()));
    gap.surplus().ifPresent(s -> assertTrue(s.isPositive()));
    Statistics.label("gap")
        .collect(gap.gap().isPresent() ? "gap" : gap.surplus().isPresent() ? "surplus" : "even");
    Statistics.label("gap")
        .coverage(
            c -> {
              c.check("gap").count(n -> n > 0);
              c.check("surplus").count(n -> n > 0);
            });
  }

  @Property
  void coverageLeavesOpenWhatTheExpectedPrizeDoesNotClose(@ForAll GapCoverage coverage) {
    Money zero = Money.zero(coverage.totalPrize().getCurrencyUnit());
    Money gap = coverage.gap().gap().orElse(zero);
    Money open = gap.minus(coverage.expectedPrize());
    assertEquals(open.isPositive() ? Optional.of(open) : Optional.empty(), coverage.uncovered());
    assertEquals(coverage.uncovered().isEmpty(), coverage.coveredByExpected());
    assertTrue(!coverage.coveredByExpected() || coverage.coveredByTotal());
  }

  @Property
  void penetrationRanksSegmentsByGapAndPricesIt(@ForAll Penetration penetration) {
    for (int i = 1; i < penetration.segments().size(); i++) {
      assertTrue(
          penetration.segments().get(i - 1).gap().compareTo(penetration.segments().get(i).gap())
              >= 0,
          penetration::explanation);
    }
    for (SegmentPenetration segment : penetration.segments()) {
      assertEquals(
          segment.marketSize().map(m -> m.multipliedBy(segment.gap(), RoundingMode.HALF_EVEN)),
          segment.gapAmount());
      assertEquals(segment.gap().signum() > 0, penetration.behindTarget().contains(segment));
    }
  }

  @Property
  void planCompletenessListsExactlyTheMissingParts(@ForAll AccountPlan plan) {
    List<String> missing = new ArrayList<>();
    check(missing, plan.salesByProduct().isEmpty(), PlanPart.SALES_BY_PRODUCT);
    check(missing, plan.profitability().isEmpty(), PlanPart.PROFITABILITY);
    check(missing, plan.decisionMaking().isEmpty(), PlanPart.DECISION_MAKING);
    check(missing, plan.bestOpportunities().size() < 3, PlanPart.BEST_OPPORTUNITIES);
    check(missing, plan.risks().isEmpty(), PlanPart.BIGGEST_RISKS);
    check(missing, plan.targetsByProduct().isEmpty(), PlanPart.TARGETS_BY_PRODUCT);
    check(missing, plan.callFrequency().isEmpty(), PlanPart.CALL_FREQUENCY);
    check(missing, plan.teamRequirements().isEmpty(), PlanPart.TEAM_REQUIREMENTS);
    check(missing, plan.productRequirements().isEmpty(), PlanPart.PRODUCT_REQUIREMENTS);
    check(missing, plan.measures().isEmpty(), PlanPart.MEASURES);
    check(missing, plan.milestones().isEmpty(), PlanPart.MILESTONES);
    Completeness report = plan.completeness();
    assertEquals(11, report.items().size(), "DOMAIN D11.9: eleven parts");
    assertEquals(missing, report.missing().stream().map(CompletenessItem::item).toList());
    assertTrue(plan.bestOpportunities().size() <= 5);
    Statistics.label("complete").collect(missing.isEmpty());
    Statistics.label("complete")
        .coverage(
            c -> {
              c.check(true).count(n -> n > 0);
              c.check(false).count(n -> n > 0);
            });
  }

  private static void check(List<String> missing, boolean isMissing, PlanPart part) {
    if (isMissing) {
      missing.add(part.section().label() + ": " + part.label());
    }
  }

  @Property
  void kamStepsAreDoneOnlyInOrder(
      @ForAll("fullPlans") AccountPlan plan, @ForAll("attempts") List<KamStep> attempts) {
    KamChecklist checklist = KamChecklist.start(plan.customer());
    LocalDate day = LocalDate.of(2026, 1, 5);
    for (KamStep step : attempts) {
      KamChecklist before = checklist;
      LocalDate on = day;
      if (before.next().equals(Optional.of(step))) {
        checklist = before.complete(step, on, "recorded " + step.work(), plan);
        assertTrue(checklist.isDone(step));
      } else {
        IllegalTransitionException refused =
            assertThrows(
                IllegalTransitionException.class,
                () -> before.complete(step, on, "out of turn", plan));
        assertTrue(refused.getMessage().endsWith("[DOMAIN D11.11]"));
        assertEquals(before, checklist, "a refused step leaves the checklist as it was");
      }
      // the steps done are always the first ones, in order
      assertEquals(
          List.of(KamStep.values()).subList(0, checklist.completed().size()),
          checklist.completed().stream().map(CompletedStep::step).toList());
      day = day.plusDays(3);
    }
    KamReport report = checklist.report(plan);
    assertEquals(checklist.next(), report.next());
    assertEquals(checklist.isComplete(), report.isComplete(), "the full plan holds every part");
    Statistics.label("steps done").collect(checklist.completed().size());
    Statistics.label("steps done")
        .coverage(c -> c.check(KamStep.values().length).count(n -> n > 0));
  }

  @Provide
  Arbitrary<AccountPlan> fullPlans() {
    return Accounts.fullPlans(CustomerId.of("CU-1"), Settings.standard());
  }

  @Provide
  Arbitrary<List<KamStep>> attempts() {
    return Arbitraries.frequencyOf(
            Tuple.of(1, Arbitraries.of(KamStep.class)),
            Tuple.of(3, Arbitraries.just(KamStep.UNDERSTAND_NEEDS)))
        .list()
        .ofMaxSize(20)
        .map(AccountProperties::mostlyInTurn);
  }

  /** Turns some attempts into the next step in turn, so that chains reach the end. */
  private static List<KamStep> mostlyInTurn(List<KamStep> attempts) {
    List<KamStep> steps = new ArrayList<>();
    int next = 0;
    for (KamStep attempt : attempts) {
      if (attempt == KamStep.UNDERSTAND_NEEDS && next < KamStep.values().length) {
        steps.add(KamStep.values()[next++]);
      } else {
        steps.add(attempt);
      }
    }
    return steps;
  }

  @Property
  void generatedChecklistsAreInOrderAndReportConsistently(@ForAll KamReport report) {
    boolean seenOpen = false;
    for (KamStepCheck check : report.steps()) {
      assertFalse(seenOpen && check.done(), "DOMAIN D11.11: done after an open step");
      seenOpen |= !check.done();
      assertEquals(check.missing().isEmpty(), check.planReady());
      assertTrue(check.step().needs().containsAll(check.missing()));
    }
  }
}
