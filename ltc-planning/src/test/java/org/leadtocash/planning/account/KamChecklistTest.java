package org.leadtocash.planning.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leadtocash.planning.account.AccountPlanTest.NORTH_MOBILE;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.leadtocash.domain.common.CustomerId;
import org.leadtocash.domain.common.IllegalTransitionException;
import org.leadtocash.domain.common.OpportunityId;
import org.leadtocash.domain.common.RuleId;
import org.leadtocash.domain.common.RuleViolationException;

/**
 * The North Mobile team walks the telecom KAM process (DOMAIN D11.11) step by step, each step
 * checked against what the account plan holds.
 */
class KamChecklistTest {

  private static final LocalDate JAN_12 = LocalDate.of(2026, 1, 12);

  private static KamChecklist understood() {
    return KamChecklist.start(NORTH_MOBILE)
        .complete(
            KamStep.UNDERSTAND_NEEDS,
            JAN_12,
            "usage history of 40 branches; key buying factors from 6 interviews",
            AccountPlanTest.draft().build());
  }

  @Test
  @DisplayName("DOMAIN D11.11: the six steps in order, each needing parts of the account plan")
  void stepsInOrder() {
    assertEquals(
        List.of(
            "understand needs",
            "analyse the profitability and feasibility of opportunities",
            "tailor the customer solution and its internal support",
            "communication plan",
            "implementation plan",
            "review results and revise"),
        List.of(KamStep.values()).stream().map(KamStep::label).toList());
    assertEquals(
        List.of(PlanPart.TEAM_REQUIREMENTS, PlanPart.CALL_FREQUENCY),
        KamStep.COMMUNICATION_PLAN.needs());
    assertEquals(Optional.of(KamStep.UNDERSTAND_NEEDS), KamChecklist.start(NORTH_MOBILE).next());
  }

  @Test
  @DisplayName("DOMAIN D11.11: a step before the previous one is done is refused")
  void outOfOrderIsRefused() {
    KamChecklist checklist = understood();

    IllegalTransitionException early =
        assertThrows(
            IllegalTransitionException.class,
            () ->
                checklist.complete(
                    KamStep.COMMUNICATION_PLAN,
                    JAN_12,
                    "CTO monthly",
                    AccountPlanTest.full().build()));
    assertEquals(RuleId.D11_11, early.rule());
    assertEquals(
        "KAM checklist north-mobile (1 of 6 steps done) refused 'complete communication plan':"
            + " communication plan comes after analyse the profitability and feasibility of"
            + " opportunities, which is not done; the steps are done in order [DOMAIN D11.11]",
        early.getMessage());
    IllegalTransitionException again =
        assertThrows(
            IllegalTransitionException.class,
            () ->
                checklist.complete(
                    KamStep.UNDERSTAND_NEEDS, JAN_12, "again", AccountPlanTest.full().build()));
    assertTrue(again.getMessage().contains("is done already"));
    assertEquals(1, checklist.completed().size(), "a refused command leaves the checklist as is");
  }

  @Test
  @DisplayName("DOMAIN D11.11: a step is refused while the account plan lacks what it needs")
  void planMustHoldTheStepsParts() {
    RuleViolationException lacking =
        assertThrows(
            RuleViolationException.class,
            () ->
                understood()
                    .complete(
                        KamStep.ANALYSE_OPPORTUNITIES,
                        JAN_12.plusDays(14),
                        "margin model; spectrum licence checked",
                        AccountPlanTest.draft().build()));
    assertEquals(RuleId.D11_11, lacking.rule());
    assertTrue(
        lacking
            .getMessage()
            .contains(
                "the account plan lacks best 3 to 5 opportunities, biggest risks, which analyse the"
                    + " profitability and feasibility of opportunities needs"),
        lacking.getMessage());
  }

  @Test
  @DisplayName("DOMAIN D11.11: time does not go back, and the plan is the customer's own")
  void datesAndCustomer() {
    RuleViolationException back =
        assertThrows(
            RuleViolationException.class,
            () ->
                understood()
                    .complete(
                        KamStep.ANALYSE_OPPORTUNITIES,
                        JAN_12.minusDays(1),
                        "margin model",
                        AccountPlanTest.full().build()));
    assertTrue(back.getMessage().contains("before the previous step (done on 2026-01-12)"));
    RuleViolationException other =
        assertThrows(
            RuleViolationException.class,
            () ->
                KamChecklist.start(CustomerId.of("south-telecom"))
                    .complete(
                        KamStep.UNDERSTAND_NEEDS,
                        JAN_12,
                        "interviews",
                        AccountPlanTest.full().build()));
    assertTrue(
        other.getMessage().contains("the account plan is north-mobile's, not south-telecom's"));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            KamChecklist.start(NORTH_MOBILE)
                .complete(KamStep.UNDERSTAND_NEEDS, JAN_12, " ", AccountPlanTest.full().build()));
  }

  @Test
  @DisplayName("DOMAIN D11.11: the report checks every step against the plan as it stands")
  void reportAgainstThePlan() {
    KamReport report = understood().report(AccountPlanTest.draft().build());

    assertEquals(RuleId.D11_11, report.rule());
    assertEquals(Optional.of(KamStep.ANALYSE_OPPORTUNITIES), report.next());
    assertFalse(report.isComplete());
    assertEquals(
        List.of(
            "KAM process of north-mobile: 1 of 6 steps done",
            "1. understand needs: done on 2026-01-12 (usage history of 40 branches; key buying"
                + " factors from 6 interviews); the account plan holds sales by product, decision"
                + " power and process",
            "2. analyse the profitability and feasibility of opportunities: next, to record"
                + " financial, technical and regulatory analysis; competitive assessment; the"
                + " account plan lacks best 3 to 5 opportunities, biggest risks",
            "3. tailor the customer solution and its internal support: waits for analyse the"
                + " profitability and feasibility of opportunities; the account plan lacks team"
                + " requirements, product requirements",
            "4. communication plan: waits for analyse the profitability and feasibility of"
                + " opportunities; the account plan lacks team requirements, call-plan frequency",
            "5. implementation plan: waits for analyse the profitability and feasibility of"
                + " opportunities; the account plan lacks targets by product, milestones",
            "6. review results and revise: waits for analyse the profitability and feasibility of"
                + " opportunities; the account plan lacks performance measures"),
        report.explanation().lines().toList());
  }

  @Test
  @DisplayName("DOMAIN D11.11: all six steps done on the full plan complete the process")
  void wholeProcess() {
    AccountPlan plan = AccountPlanTest.full().build();
    KamChecklist checklist = understood();
    LocalDate day = JAN_12;
    for (KamStep step : List.of(KamStep.values()).subList(1, 6)) {
      day = day.plusWeeks(2);
      checklist = checklist.complete(step, day, "recorded " + step.work(), plan);
    }

    assertTrue(checklist.isComplete());
    assertEquals(Optional.empty(), checklist.next());
    KamReport report = checklist.report(plan);
    assertTrue(report.isComplete());
    assertEquals(
        LocalDate.of(2026, 3, 23),
        report.step(KamStep.REVIEW_AND_REVISE).completion().orElseThrow().on());
    assertThrows(
        IllegalTransitionException.class,
        () ->
            KamChecklistTest.done(plan)
                .complete(KamStep.REVIEW_AND_REVISE, LocalDate.of(2026, 4, 1), "again", plan));

    // the plan loses its milestones later: the implementation step is done, but no longer ready
    KamReport later =
        checklist.report(AccountPlanTest.draft().opportunity(OpportunityId.of("OP-3")).build());
    assertFalse(later.isComplete());
    assertTrue(later.step(KamStep.IMPLEMENTATION_PLAN).done());
    assertFalse(later.step(KamStep.IMPLEMENTATION_PLAN).planReady());
  }

  @Test
  @DisplayName("DOMAIN D11.11: a checklist with steps out of order cannot be built")
  void checklistIsChecked() {
    CompletedStep second = new CompletedStep(KamStep.ANALYSE_OPPORTUNITIES, JAN_12, "margin model");
    IllegalArgumentException order =
        assertThrows(
            IllegalArgumentException.class, () -> new KamChecklist(NORTH_MOBILE, List.of(second)));
    assertTrue(order.getMessage().contains("done in order (DOMAIN D11.11)"));
    IllegalArgumentException other =
        assertThrows(
            IllegalArgumentException.class,
            () -> understood().report(AccountPlan.builder(CustomerId.of("south-telecom")).build()));
    assertTrue(other.getMessage().contains("(DOMAIN D11.11)"));
  }

  static KamChecklist done(AccountPlan plan) {
    KamChecklist checklist = KamChecklist.start(plan.customer());
    for (KamStep step : KamStep.values()) {
      checklist = checklist.complete(step, JAN_12, "recorded " + step.work(), plan);
    }
    return checklist;
  }
}
