package org.leadtocash.planning.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leadtocash.domain.testing.DomainTesters.cny;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.leadtocash.domain.common.CustomerId;
import org.leadtocash.domain.common.Probability;
import org.leadtocash.domain.common.Rate;

/**
 * The values of account planning check themselves at their exact edges (DOMAIN D11.1 to D11.4,
 * D11.9, D11.11): the smallest valid value is accepted, the nearest invalid one refused with a
 * message naming what is wrong.
 */
class AccountValueChecksTest {

  private static final CustomerId NORTH = CustomerId.of("CU-NORTH");
  private static final LocalDate MAY = LocalDate.of(2027, 5, 3);

  private static String refused(Executable construction) {
    return assertThrows(IllegalArgumentException.class, construction).getMessage();
  }

  private static GrowthOption option(String description, long prize, int percent) {
    return new GrowthOption(
        GrowthOptionKind.CROSS_SELL, description, cny(prize), Probability.ofPercent(percent));
  }

  @Test
  @DisplayName(
      "D11.3: a growth option says what it is, a placed one ranks from 1 and says why, thresholds"
          + " are not negative and say where they come from")
  void growthOptionEdges() {
    assertEquals(
        "a growth option says what it is (DOMAIN D11.3)", refused(() -> option(" ", 1, 50)));
    String forged = refused(() -> option("mesh\u0000", -1, 50));
    assertTrue(
        forged.startsWith("description must not contain control characters"),
        "a fuzz finding: the description reached the prize's refusal raw: " + forged);
    GrowthOption mesh = option("campus mesh", 100, 50);
    assertEquals(1, new PlacedOption(1, mesh, Quadrant.ACT_NOW, "big and likely").rank());
    assertEquals(
        "a placed growth option ranks from 1 (DOMAIN D11.3): 0",
        refused(() -> new PlacedOption(0, mesh, Quadrant.ACT_NOW, "big and likely")));
    assertEquals(
        "a placed growth option says why it is there (DOMAIN D11.3): campus mesh",
        refused(() -> new PlacedOption(1, mesh, Quadrant.ACT_NOW, " ")));
    Probability half = Probability.ofPercent(50);
    assertEquals(cny(0), new MatrixThresholds(cny(0), half, "host").prize());
    assertEquals(
        "the prize threshold is not negative (DOMAIN D11.3): CNY -1.00",
        refused(() -> new MatrixThresholds(cny(-1), half, "host")));
    assertEquals(
        "matrix thresholds say where they come from (DOMAIN D11.3)",
        refused(() -> new MatrixThresholds(cny(0), half, " ")));
  }

  @Test
  @DisplayName(
      "D11.3: the standard policy's threshold is not negative, its mean needs an option, and it"
          + " says which it is")
  void standardPolicy() {
    assertEquals(
        "the prize threshold is not negative (DOMAIN D11.3): CNY -1.00",
        refused(() -> GrowthMatrixPolicy.standard(cny(-1))));
    assertEquals(
        "the mean prize needs at least one growth option (DOMAIN D11.3)",
        refused(() -> GrowthMatrixPolicy.standard().thresholds(List.of())));
    assertEquals("GrowthMatrixPolicy.standard()", GrowthMatrixPolicy.standard().toString());
    assertEquals(
        "GrowthMatrixPolicy.standard(CNY 0.00)", GrowthMatrixPolicy.standard(cny(0)).toString());
    assertEquals(
        GrowthMatrixPolicy.standard(cny(5)).hashCode(),
        GrowthMatrixPolicy.standard(cny(5)).hashCode());
    assertEquals(GrowthMatrixPolicy.standard(cny(5)), GrowthMatrixPolicy.standard(cny(5)));
  }

  @Test
  @DisplayName(
      "D11.3: a matrix holds at least one option, ranked 1, 2, 3 in the order of the ranking rule")
  void growthMatrixOrder() {
    GrowthMatrix matrix =
        GrowthMatrix.of(
            List.of(option("campus mesh", 100, 80), option("billing upgrade", 10, 20)),
            GrowthMatrixPolicy.standard());
    List<PlacedOption> placed = matrix.placements();
    assertEquals(
        "a growth matrix places at least one option (DOMAIN D11.3)",
        refused(() -> new GrowthMatrix(matrix.thresholds(), List.of())));
    PlacedOption first = placed.get(0);
    PlacedOption second = placed.get(1);
    assertEquals(
        "a growth matrix ranks from 1 in order (DOMAIN D11.3): billing upgrade is ranked 3 at place"
            + " 2",
        refused(
            () ->
                new GrowthMatrix(
                    matrix.thresholds(),
                    List.of(
                        first,
                        new PlacedOption(
                            3, second.option(), second.quadrant(), second.reason())))));
    assertEquals(
        "a growth matrix ranks by quadrant, then expected prize, prize, kind and description"
            + " (DOMAIN D11.3): billing upgrade before campus mesh",
        refused(
            () ->
                new GrowthMatrix(
                    matrix.thresholds(),
                    List.of(
                        new PlacedOption(1, second.option(), second.quadrant(), second.reason()),
                        new PlacedOption(2, first.option(), first.quadrant(), first.reason())))));
  }

  @Test
  @DisplayName(
      "D11.3: growth options cover a gap with an expected prize from zero to the total, and the"
          + " total alone may fall short")
  void gapCoverage() {
    // target 1,000 against 500 of potential: a gap of 500
    SalesPotentialGap gap = SalesPotentialGap.of(cny(1_000), cny(400), cny(100));
    assertEquals(
        "the expected prize is from zero to the total prize (DOMAIN D11.3): CNY 301.00 of CNY"
            + " 300.00",
        refused(() -> new GapCoverage(gap, cny(301), cny(300))));
    GapCoverage short300 = new GapCoverage(gap, cny(100), cny(300));
    assertFalse(short300.coveredByTotal());
    assertFalse(short300.coveredByExpected());
    GapCoverage total500 = new GapCoverage(gap, cny(100), cny(500));
    assertTrue(total500.coveredByTotal());
    assertEquals(
        "target CNY 1,000.00 − (existing business CNY 400.00 + new customers CNY 100.00) = a gap of"
            + " CNY 500.00; the growth options' expected prize CNY 100.00 (total CNY 300.00 if all"
            + " succeed) leaves CNY 400.00 of the gap uncovered, and even the total falls short",
        short300.explanation());
  }

  @Test
  @DisplayName(
      "D11.1: a finding's evidence is not blank, a principle with evidence is assessed, and the"
          + " finding says why")
  void principleFindings() {
    AccountPrinciple first = AccountPrinciple.all().get(0);
    assertEquals(
        "evidence given for know the customer better than they do is not blank (DOMAIN D11.1)",
        refused(
            () -> new PrincipleFinding(first, PrincipleVerdict.NOT_MET, Optional.of(" "), "why")));
    assertEquals(
        "a principle with evidence is assessed (DOMAIN D11.1): know the customer better than they"
            + " do",
        refused(
            () ->
                new PrincipleFinding(
                    first, PrincipleVerdict.NOT_ASSESSED, Optional.of("minutes"), "why")));
    assertEquals(
        "a finding says why (DOMAIN D11.1): know the customer better than they do",
        refused(
            () -> new PrincipleFinding(first, PrincipleVerdict.NOT_MET, Optional.empty(), " ")));
    List<PrincipleFinding> findings = new ArrayList<>();
    for (AccountPrinciple principle : AccountPrinciple.all()) {
      findings.add(
          new PrincipleFinding(principle, PrincipleVerdict.NOT_ASSESSED, Optional.empty(), "open"));
    }
    assertEquals(findings, new PrincipleReport(findings).findings());
    Collections.swap(findings, 1, 2);
    assertEquals(
        "a principle review reports the principles in the order of DOMAIN D11.1: expected lead,"
            + " don't follow at 2, not account management is relationship management",
        refused(() -> new PrincipleReport(findings)));
  }

  @Test
  @DisplayName(
      "D11.11: a step's check carries its own completion, lacks only parts it needs and says why;"
          + " a report checks all six steps in order, done ones first")
  void kamReport() {
    CompletedKamStep needsDone = new CompletedKamStep(KamStep.UNDERSTAND_NEEDS, MAY, "interviews");
    assertEquals(
        "a KAM step's check carries its own completion (DOMAIN D11.11): analyse the profitability"
            + " and feasibility of opportunities",
        refused(
            () ->
                new KamStepCheck(
                    KamStep.ANALYSE_OPPORTUNITIES, Optional.of(needsDone), List.of(), "done")));
    assertEquals(
        "a KAM step lacks only parts it needs, in order (DOMAIN D11.11): review results and revise"
            + " lacks [MILESTONES]",
        refused(
            () ->
                new KamStepCheck(
                    KamStep.REVIEW_AND_REVISE,
                    Optional.empty(),
                    List.of(PlanPart.MILESTONES),
                    "open")));
    assertEquals(
        "a KAM step's check says why (DOMAIN D11.11)",
        refused(
            () -> new KamStepCheck(KamStep.REVIEW_AND_REVISE, Optional.empty(), List.of(), " ")));
    List<KamStepCheck> checks = new ArrayList<>();
    for (KamStep step : KamStep.values()) {
      checks.add(new KamStepCheck(step, Optional.empty(), List.of(), "open"));
    }
    assertEquals(6, new KamReport(NORTH, checks).steps().size());
    assertEquals(
        "a KAM report checks all 6 steps (DOMAIN D11.11), not 5",
        refused(() -> new KamReport(NORTH, checks.subList(0, 5))));
    List<KamStepCheck> swapped = new ArrayList<>(checks);
    Collections.swap(swapped, 1, 2);
    assertEquals(
        "a KAM report checks the steps in order (DOMAIN D11.11): expected analyse the profitability"
            + " and feasibility of opportunities at 2, not tailor the customer solution and its"
            + " internal support",
        refused(() -> new KamReport(NORTH, swapped)));
    List<KamStepCheck> skipped = new ArrayList<>(checks);
    skipped.set(
        1,
        new KamStepCheck(
            KamStep.ANALYSE_OPPORTUNITIES,
            Optional.of(new CompletedKamStep(KamStep.ANALYSE_OPPORTUNITIES, MAY, "ranked")),
            List.of(),
            "done"));
    assertEquals(
        "a KAM step is done only after the one before it (DOMAIN D11.11): analyse the profitability"
            + " and feasibility of opportunities",
        refused(() -> new KamReport(NORTH, skipped)));
  }

  @Test
  @DisplayName(
      "D11.11: a checklist holds at most the six steps, in order, each on or after the one before")
  void kamChecklist() {
    KamStep[] steps = KamStep.values();
    List<CompletedKamStep> all = new ArrayList<>();
    for (KamStep step : steps) {
      all.add(new CompletedKamStep(step, MAY, "done"));
    }
    KamChecklist complete = new KamChecklist(NORTH, all);
    assertTrue(complete.isComplete());
    assertFalse(KamChecklist.start(NORTH).isComplete());
    List<CompletedKamStep> seven = new ArrayList<>(all);
    seven.add(new CompletedKamStep(KamStep.REVIEW_AND_REVISE, MAY, "again"));
    assertEquals(
        "the KAM process has 6 steps (DOMAIN D11.11), not 7",
        refused(() -> new KamChecklist(NORTH, seven)));
    List<CompletedKamStep> swapped = new ArrayList<>(all);
    Collections.swap(swapped, 1, 2);
    assertEquals(
        "the KAM steps are done in order (DOMAIN D11.11): expected analyse the profitability and"
            + " feasibility of opportunities at 2, not tailor the customer solution and its"
            + " internal support",
        refused(() -> new KamChecklist(NORTH, swapped)));
    List<CompletedKamStep> back =
        List.of(
            new CompletedKamStep(KamStep.UNDERSTAND_NEEDS, MAY, "interviews"),
            new CompletedKamStep(KamStep.ANALYSE_OPPORTUNITIES, MAY.minusDays(1), "ranked"));
    assertEquals(
        "a KAM step is not done before the step preceding it (DOMAIN D11.11): analyse the"
            + " profitability and feasibility of opportunities on 2027-05-02, understand needs on"
            + " 2027-05-03",
        refused(() -> new KamChecklist(NORTH, back)));
  }

  @Test
  @DisplayName(
      "D11.4: a segment is named, its shares run from 0 to 1 (100 % is accepted), and a segment on"
          + " target shows no amount")
  void segmentPenetration() {
    Rate half = Rate.of(1, 2);
    assertEquals(
        "a penetration names its segment (DOMAIN D11.4)",
        refused(() -> SegmentPenetration.of(" ", half, half)));
    assertEquals(
        "the target share of campus is from 0 to 1 (DOMAIN D11.4): 150.0% (3 of 2)",
        refused(() -> SegmentPenetration.of("campus", half, Rate.of(3, 2))));
    assertEquals(
        "the current share of campus is from 0 to 1 (DOMAIN D11.4): 150.0% (3 of 2)",
        refused(() -> SegmentPenetration.of("campus", Rate.of(3, 2), half)));
    assertEquals(0, SegmentPenetration.of("campus", Rate.of(1, 1), Rate.of(1, 1)).gap().signum());
    assertEquals(
        "campus: 50.0% (1 of 2) against a target of 50.0% (1 of 2), on target",
        SegmentPenetration.of("campus", half, half, cny(1_000)).explanation());
  }

  @Test
  @DisplayName(
      "D11.2, D11.9: groups, propositions and milestones are named; a call plan has at least one"
          + " call")
  void namesAndCalls() {
    assertEquals(
        "a customer group has a name (DOMAIN D11.2)", refused(() -> new CustomerGroup(" ", 1)));
    assertEquals(
        "a value proposition names its segment (DOMAIN D11.2)",
        refused(() -> new ValueProposition(" ", "operators", "premium", "latency")));
    assertEquals(
        "a milestone says what is to be reached (DOMAIN D11.9)",
        refused(() -> new Milestone(" ", MAY)));
    assertEquals(1, new CallFrequency(1, Period.ofMonths(1)).calls());
    assertEquals(
        "a call plan has at least one call (DOMAIN D11.9): 0",
        refused(() -> new CallFrequency(0, Period.ofMonths(1))));
  }

  @Test
  @DisplayName(
      "D11.3: the quadrants rank act now, plan the attack, opportunistic, shelve; two are likely")
  void quadrants() {
    assertEquals(
        List.of(1, 2, 3, 4), List.of(Quadrant.values()).stream().map(Quadrant::priority).toList());
    assertEquals(
        List.of(true, false, true, false),
        List.of(Quadrant.values()).stream().map(Quadrant::likely).toList());
  }

  @Test
  @DisplayName(
      "D11.3: options alike in quadrant, prizes and kind are ranked by description, whatever the"
          + " order given")
  void tiesRankedByDescription() {
    GrowthMatrix matrix =
        GrowthMatrix.of(
            List.of(option("campus mesh", 100, 50), option("billing upgrade", 100, 50)),
            GrowthMatrixPolicy.standard());
    assertEquals(
        List.of("billing upgrade", "campus mesh"),
        matrix.placements().stream().map(p -> p.option().description()).toList());
  }

  @Test
  @DisplayName("D11.2, D11.9: a key-account strategy's targets and a plan's products are written")
  void writtenTargetsAndProducts() {
    assertEquals(
        "a key-account strategy's target is written (DOMAIN D11.2)",
        refused(() -> new KeyAccountStrategy(List.of(), List.of(" "), List.of(), "hunter")));
    assertEquals(
        "an account plan names its products (DOMAIN D11.9)",
        refused(() -> AccountPlan.builder(NORTH).sales(" ", cny(1)).build()));
  }
}
