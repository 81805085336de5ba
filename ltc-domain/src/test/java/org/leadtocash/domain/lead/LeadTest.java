package org.leadtocash.domain.lead;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leadtocash.domain.lead.LeadFixtures.CREATOR;
import static org.leadtocash.domain.lead.LeadFixtures.CUSTOMER;
import static org.leadtocash.domain.lead.LeadFixtures.LEAD;
import static org.leadtocash.domain.lead.LeadFixtures.MANAGER;
import static org.leadtocash.domain.lead.LeadFixtures.OWNER;
import static org.leadtocash.domain.lead.LeadFixtures.STRANGER;
import static org.leadtocash.domain.lead.LeadFixtures.answers;
import static org.leadtocash.domain.lead.LeadFixtures.budgetTableProfile;
import static org.leadtocash.domain.lead.LeadFixtures.created;
import static org.leadtocash.domain.lead.LeadFixtures.day;
import static org.leadtocash.domain.lead.LeadFixtures.earlyProfile;
import static org.leadtocash.domain.lead.LeadFixtures.nurturing;
import static org.leadtocash.domain.lead.LeadFixtures.strongAnswers;
import static org.leadtocash.domain.lead.LeadFixtures.submitted;
import static org.leadtocash.domain.lead.LeadFixtures.validated;
import static org.leadtocash.domain.lead.LeadFixtures.walkWholePath;
import static org.leadtocash.domain.testing.DomainAssertions.assertRefused;
import static org.leadtocash.domain.testing.DomainTesters.cny;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.leadtocash.domain.common.CompetitorId;
import org.leadtocash.domain.common.IllegalTransitionException;
import org.leadtocash.domain.common.OpportunityId;
import org.leadtocash.domain.common.RejectedHistoryException;
import org.leadtocash.domain.common.RuleId;
import org.leadtocash.domain.common.RuleViolationException;
import org.leadtocash.domain.common.Transition;
import org.leadtocash.domain.opportunity.Opportunity;
import org.leadtocash.domain.opportunity.SalesPhase;

class LeadTest {

  @Nested
  @DisplayName("D2.2-D2.3 sources and maturity")
  class SourcesAndMaturity {

    @Test
    @DisplayName("the source is recorded on every lead (D2.2)")
    void sourceIsRecorded() {
      assertEquals(LeadSource.TECHNICAL_STAFF, created(earlyProfile()).profile().source());
    }

    @Test
    @DisplayName("a lead from the budget table carries its budget (D2.2)")
    void budgetTableLeadCarriesBudget() {
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class,
              () ->
                  LeadProfile.builder()
                      .from(earlyProfile())
                      .source(LeadSource.CUSTOMER_BUDGET_TABLE)
                      .build());
      assertTrue(e.getMessage().contains("DOMAIN D2.2"), e.getMessage());
    }

    @Test
    @DisplayName("no budget: early; a recorded budget makes it mature (D2.3)")
    void maturityFollowsBudget() {
      Lead early = created(earlyProfile());
      assertEquals(LeadMaturity.EARLY, early.maturity());
      Lead mature = early.recordBudget(cny(3_000_000), day(1)).state();
      assertEquals(LeadMaturity.MATURE, mature.maturity());
      assertEquals(Optional.of(cny(3_000_000)), mature.budget());
      assertEquals(LeadMaturity.MATURE, created(budgetTableProfile()).maturity());
      assertEquals(LeadMaturity.EARLY, early.maturity(), "the old state is unchanged");
    }

    @Test
    @DisplayName("a budget is positive")
    void budgetIsPositive() {
      assertThrows(
          IllegalArgumentException.class,
          () -> created(earlyProfile()).recordBudget(cny(0), day(1)));
    }
  }

  @Nested
  @DisplayName("D2.4 the three sub-processes and their roles")
  class SubProcesses {

    @Test
    @DisplayName("creator, lead manager and nurturing owner own the lead in turn")
    void rolesInTurn() {
      Lead lead = created(earlyProfile());
      assertEquals(Optional.of(LeadSubProcess.COLLECT_AND_GENERATE), lead.subProcess());
      assertEquals(Optional.of(CREATOR), lead.responsible());
      lead = lead.submit(MANAGER, day(1)).state();
      assertEquals(Optional.of(LeadSubProcess.VALIDATE_AND_DISTRIBUTE), lead.subProcess());
      assertEquals(Optional.of(MANAGER), lead.responsible());
      lead = lead.validate(strongAnswers(), MANAGER, day(2)).state();
      assertEquals(Optional.of(MANAGER), lead.responsible());
      lead = lead.nurture(OWNER, day(3)).state();
      assertEquals(Optional.of(LeadSubProcess.TRACK_AND_NURTURE), lead.subProcess());
      assertEquals(Optional.of(OWNER), lead.responsible());
      assertEquals(LeadRole.NURTURING_OWNER, LeadSubProcess.TRACK_AND_NURTURE.owner());
    }

    @Test
    @DisplayName("only a newly created lead is submitted")
    void submitOnce() {
      assertRefused(
          IllegalTransitionException.class,
          "D2.4",
          submitted(earlyProfile()),
          l -> l.submit(MANAGER, day(3)));
    }

    @Test
    @DisplayName("a lead is validated only once submitted")
    void validateNeedsSubmission() {
      assertRefused(
          IllegalTransitionException.class,
          "D2.4",
          created(earlyProfile()),
          l -> l.validate(strongAnswers(), MANAGER, day(3)));
    }

    @Test
    @DisplayName("only the lead manager validates")
    void onlyLeadManagerValidates() {
      RuleViolationException e =
          assertRefused(
              RuleViolationException.class,
              "D2.4",
              submitted(earlyProfile()),
              l -> l.validate(strongAnswers(), STRANGER, day(3)));
      assertTrue(e.getMessage().contains(STRANGER.value()), e.getMessage());
    }

    @Test
    @DisplayName("only the nurturing owner records nurturing steps")
    void onlyOwnerNurtures() {
      assertRefused(
          RuleViolationException.class,
          "D2.4",
          nurturing(earlyProfile()),
          l -> l.recordNurturingStep(NurturingStep.IDENTIFY_PAIN_CHAIN, "x", STRANGER, day(4)));
    }
  }

  @Nested
  @DisplayName("D2.5 the validation KCP and the weekly review")
  class Validation {

    @Test
    @DisplayName("the report lists every criterion of Q1-Q3 with pass/fail and reason")
    void reportListsEveryCriterion() {
      ValidationAnswers partial =
          ValidationAnswers.builder()
              .met(ValidationCriterion.NEED_FITS_STRATEGY, "5G core is in our strategy")
              .notMet(ValidationCriterion.COACH_READY, "no coach yet")
              .build();
      ValidationReport report = LeadValidation.standard().evaluate(partial);
      assertEquals(ValidationCriterion.values().length, report.results().size());
      assertEquals(12, report.results().size());
      CriterionResult first = report.results().get(0);
      assertTrue(first.passed());
      assertEquals("5G core is in our strategy", first.reason());
      CriterionResult coach = report.results().get(ValidationCriterion.COACH_READY.ordinal());
      assertFalse(coach.passed());
      assertTrue(coach.answered());
      assertEquals("no coach yet", coach.reason());
      CriterionResult risks = report.results().get(1);
      assertFalse(risks.answered());
      assertEquals("not answered", risks.reason());
      assertTrue(risks.toString().startsWith("Q1 not answered: "), risks.toString());
      assertFalse(report.isComplete());
      assertFalse(report.passed(), "RISKS_ACCEPTABLE (Q1) is unanswered");
      assertEquals(2, report.results(ValidationQuestion.IS_IT_A_LEAD).size());
      assertEquals(2, report.results(ValidationQuestion.HOW_FAR_FROM_US).size());
      assertEquals(8, report.results(ValidationQuestion.CAN_WE_WIN).size());
    }

    @Test
    @DisplayName("the KCP passes only if every Q1 criterion passes")
    void kcpNeedsQ1() {
      assertTrue(LeadValidation.standard().evaluate(answers(true, 0, 0)).passed());
      assertFalse(LeadValidation.standard().evaluate(answers(false, 2, 8)).passed());
    }

    @Test
    @DisplayName("each criterion is answered and recorded before the KCP is recorded")
    void incompleteAnswersAreRefused() {
      ValidationAnswers partial =
          ValidationAnswers.builder().met(ValidationCriterion.NEED_FITS_STRATEGY, "fits").build();
      RuleViolationException e =
          assertRefused(
              RuleViolationException.class,
              "D2.5",
              submitted(earlyProfile()),
              l -> l.validate(partial, MANAGER, day(2)));
      assertTrue(e.getMessage().contains("RISKS_ACCEPTABLE"), e.getMessage());
    }

    @Test
    @DisplayName("Q2 and Q3 set the priority, and the agenda is in priority order")
    void priorityAndAgenda() {
      Lead high = validated(earlyProfile(), answers(true, 2, 6));
      Lead medium =
          Lead.create(LeadFixtures.LEAD, earlyProfile(), CREATOR, day(-5))
              .then(l -> l.submit(MANAGER, day(1)))
              .then(l -> l.validate(answers(true, 1, 4), MANAGER, day(2)))
              .state();
      Lead low =
          Lead.create(
                  org.leadtocash.domain.common.LeadId.of("LD-0"), earlyProfile(), CREATOR, day(-9))
              .then(l -> l.submit(MANAGER, day(1)))
              .then(l -> l.validate(answers(true, 0, 8), MANAGER, day(2)))
              .state();
      assertEquals(Optional.of(LeadPriority.HIGH), high.priority());
      assertEquals(Optional.of(LeadPriority.MEDIUM), medium.priority());
      assertEquals(Optional.of(LeadPriority.LOW), low.priority());
      Lead notYetValidated = submitted(earlyProfile());
      assertEquals(
          List.of(high, medium, low),
          LeadReview.agenda(List.of(low, notYetValidated, medium, high)));
    }

    @Test
    @DisplayName("the review is advised: close a failed KCP, convert with budget, else nurture")
    void recommendation() {
      assertEquals(
          Optional.of(ReviewOutcome.CLOSE),
          validated(earlyProfile(), answers(false, 2, 8)).recommendation());
      assertEquals(
          Optional.of(ReviewOutcome.NURTURE),
          validated(earlyProfile(), strongAnswers()).recommendation());
      assertEquals(
          Optional.of(ReviewOutcome.CONVERT),
          validated(budgetTableProfile(), strongAnswers()).recommendation());
      assertEquals(
          Optional.of(ReviewOutcome.NURTURE),
          validated(budgetTableProfile(), answers(true, 1, 8)).recommendation());
      assertEquals(Optional.empty(), submitted(earlyProfile()).recommendation());
    }

    @Test
    @DisplayName("a host policy sets its own priority")
    void hostPolicy() {
      LeadReviewPolicy everythingHigh =
          new LeadReviewPolicy() {
            @Override
            public LeadPriority priority(ValidationReport report) {
              return LeadPriority.HIGH;
            }

            @Override
            public ReviewOutcome recommend(
                ValidationReport report, Optional<org.joda.money.Money> budget) {
              return ReviewOutcome.SUSPEND;
            }
          };
      ValidationReport report = LeadValidation.with(everythingHigh).evaluate(answers(true, 0, 0));
      assertEquals(LeadPriority.HIGH, report.priority());
      Lead lead = submitted(earlyProfile()).validate(report, MANAGER, day(2)).state();
      assertEquals(Optional.of(ReviewOutcome.SUSPEND), lead.recommendation(everythingHigh));
    }

    @Test
    @DisplayName("a lead whose KCP failed is not nurtured")
    void failedKcpIsNotNurtured() {
      assertRefused(
          RuleViolationException.class,
          "D2.5",
          validated(earlyProfile(), answers(false, 2, 8)),
          l -> l.nurture(OWNER, day(3)));
    }

    @Test
    @DisplayName("an unvalidated lead is not nurtured")
    void unvalidatedIsNotNurtured() {
      assertRefused(
          IllegalTransitionException.class,
          "D2.5",
          submitted(earlyProfile()),
          l -> l.nurture(OWNER, day(3)));
    }

    @Test
    @DisplayName("close: the need is not real")
    void close() {
      Lead closed =
          validated(earlyProfile(), answers(false, 0, 0))
              .close("no real need: the network has headroom", day(3))
              .state();
      assertEquals(LeadStatus.CLOSED, closed.status());
      assertEquals(Optional.of("no real need: the network has headroom"), closed.statusReason());
      assertEquals(Optional.empty(), closed.subProcess());
      assertThrows(
          IllegalArgumentException.class,
          () -> validated(earlyProfile(), strongAnswers()).close(" ", day(3)));
    }

    @Test
    @DisplayName("suspend and resume: back to validated with the report kept")
    void suspendAndResume() {
      Lead suspended =
          validated(earlyProfile(), strongAnswers())
              .suspend("customer reorganising", day(3))
              .state();
      assertEquals(LeadStatus.SUSPENDED, suspended.status());
      assertRefused(
          IllegalTransitionException.class, "D2.5", suspended, l -> l.suspend("again", day(4)));
      assertRefused(
          IllegalTransitionException.class, "D2.5", suspended, l -> l.nurture(OWNER, day(4)));
      Lead resumed = suspended.resume(day(10)).state();
      assertEquals(LeadStatus.VALIDATED, resumed.status());
      assertEquals(Optional.empty(), resumed.statusReason());
      Lead resumedSubmitted =
          submitted(earlyProfile()).suspend("later", day(3)).then(l -> l.resume(day(4))).state();
      assertEquals(LeadStatus.SUBMITTED, resumedSubmitted.status());
      assertRefused(IllegalTransitionException.class, "D2.5", resumed, l -> l.resume(day(11)));
      assertRefused(
          IllegalTransitionException.class,
          "D2.5",
          created(earlyProfile()),
          l -> l.suspend("not submitted", day(1)));
    }
  }

  @Nested
  @DisplayName("D2.6 the nurturing path")
  class NurturingPath {

    @Test
    @DisplayName("the path is walked in order, each step recorded, up to the hand-over")
    void wholePath() {
      Lead lead = nurturing(earlyProfile());
      assertEquals(Optional.of(NurturingStep.IDENTIFY_PAIN_CHAIN), lead.nextNurturingStep());
      Lead walked = walkWholePath(lead).state();
      assertEquals(8, walked.nurturingHistory().size());
      assertTrue(walked.isHandedOver());
      assertEquals(Optional.empty(), walked.nextNurturingStep());
      assertRefused(
          RuleViolationException.class,
          "D2.6",
          walked,
          l -> l.recordNurturingStep(NurturingStep.HAND_OVER, "again", OWNER, day(9)));
    }

    @Test
    @DisplayName("a step out of order is refused")
    void outOfOrder() {
      RuleViolationException e =
          assertRefused(
              RuleViolationException.class,
              "D2.6",
              nurturing(earlyProfile()),
              l ->
                  l.recordNurturingStep(
                      NurturingStep.DECIDE_COMPETITIVE_STRATEGY, "too early", OWNER, day(4)));
      assertTrue(e.getMessage().contains("IDENTIFY_PAIN_CHAIN"), e.getMessage());
    }

    @Test
    @DisplayName("if the KDM does not acknowledge, the path goes back to shaping the vision")
    void kdmDeclines() {
      Transition<Lead, LeadEvent> t =
          nurturing(earlyProfile())
              .recordNurturingStep(NurturingStep.IDENTIFY_PAIN_CHAIN, "a", OWNER, day(4));
      for (NurturingStep step :
          List.of(
              NurturingStep.AROUSE_KDM_INTEREST,
              NurturingStep.GUIDE_KDM_TO_PAIN,
              NurturingStep.DECIDE_COMPETITIVE_STRATEGY,
              NurturingStep.SHAPE_KDM_VISION)) {
        t = t.then(l -> l.recordNurturingStep(step, "b", OWNER, day(5)));
      }
      Lead awaiting = t.state();
      assertEquals(Optional.of(NurturingStep.KDM_ACKNOWLEDGES), awaiting.nextNurturingStep());
      assertRefused(
          RuleViolationException.class,
          "D2.6",
          awaiting,
          l ->
              l.recordNurturingStep(
                  NurturingStep.GUIDE_BUDGET_AND_FINANCING, "skip", OWNER, day(6)));
      Lead declined =
          awaiting.recordKdmResponse(false, "the CTO prefers the incumbent", OWNER, day(6)).state();
      assertEquals(Optional.of(NurturingStep.SHAPE_KDM_VISION), declined.nextNurturingStep());
      assertFalse(declined.nurturingHistory().get(5).done());
      Lead reshaped =
          declined
              .recordNurturingStep(NurturingStep.SHAPE_KDM_VISION, "new demo", OWNER, day(7))
              .then(l -> l.recordKdmResponse(true, "agreed", OWNER, day(8)))
              .state();
      assertEquals(
          Optional.of(NurturingStep.GUIDE_BUDGET_AND_FINANCING), reshaped.nextNurturingStep());
    }

    @Test
    @DisplayName("the KDM's acknowledgement has its own command")
    void kdmStepHasItsOwnCommand() {
      assertThrows(
          IllegalArgumentException.class,
          () ->
              nurturing(earlyProfile())
                  .recordNurturingStep(NurturingStep.KDM_ACKNOWLEDGES, "x", OWNER, day(4)));
    }

    @Test
    @DisplayName("steps are recorded only while nurturing")
    void onlyWhileNurturing() {
      assertRefused(
          IllegalTransitionException.class,
          "D2.6",
          validated(earlyProfile(), strongAnswers()),
          l -> l.recordNurturingStep(NurturingStep.IDENTIFY_PAIN_CHAIN, "x", OWNER, day(4)));
    }

    @Test
    @DisplayName("a nurtured lead whose KCP no longer passes goes back to the review")
    void failedRevalidationLeavesNurturing() {
      Lead lead = nurturing(earlyProfile()).validate(answers(false, 2, 8), MANAGER, day(5)).state();
      assertEquals(LeadStatus.VALIDATED, lead.status());
      assertEquals(Optional.of(OWNER), lead.nurturingOwner());
      assertEquals(Optional.of(ReviewOutcome.CLOSE), lead.recommendation());
    }

    @Test
    @DisplayName("a lead in nurturing may be validated again and stays in nurturing")
    void revalidateWhileNurturing() {
      Lead lead = nurturing(earlyProfile()).validate(answers(true, 1, 8), MANAGER, day(5)).state();
      assertEquals(LeadStatus.NURTURING, lead.status());
      assertEquals(Optional.of(LeadPriority.MEDIUM), lead.priority());
    }
  }

  @Nested
  @DisplayName("D2.7 conversion")
  class Conversion {

    @Test
    @DisplayName("a clear budget and a passed KCP convert the lead; both link to each other")
    void convert() {
      Lead lead = validated(budgetTableProfile(), strongAnswers());
      LeadConversion conversion = lead.convert(OpportunityId.of("OP-1"), OWNER, day(3));
      Lead converted = conversion.lead().state();
      Opportunity opportunity = conversion.opportunity().state();
      assertEquals(LeadStatus.CONVERTED, converted.status());
      assertEquals(Optional.of(OpportunityId.of("OP-1")), converted.opportunity());
      assertEquals(Optional.of(LEAD), opportunity.sourceLead());
      assertEquals(OpportunityId.of("OP-1"), opportunity.id());
      assertEquals(CUSTOMER, opportunity.customer());
      assertEquals(cny(12_000_000), opportunity.amount());
      assertEquals("Backbone upgrade", opportunity.name());
      assertEquals(OWNER, opportunity.owner());
      assertEquals(SalesPhase.VERIFY, opportunity.phase());
      assertEquals(1, conversion.opportunity().events().size());
      assertTrue(conversion.lead().events().get(0) instanceof LeadConverted);
    }

    @Test
    @DisplayName(
        "a conversion chains like a transition: the lead's story before it, commands after")
    void conversionChains() {
      Transition<Lead, LeadEvent> story =
          Lead.create(LEAD, budgetTableProfile(), CREATOR, day(0))
              .then(l -> l.submit(MANAGER, day(1)))
              .then(l -> l.validate(strongAnswers(), MANAGER, day(2)));
      LeadConversion conversion =
          story
              .state()
              .convert(OpportunityId.of("OP-1"), OWNER, day(3))
              .after(story)
              .then(o -> o.recordDeliveryParticipation(OWNER, day(4)))
              .then(o -> o.addCompetitor(CompetitorId.of("CO-1"), day(5)));
      assertEquals(
          4, conversion.lead().events().size(), "created, submitted, validated, converted");
      assertEquals(conversion.lead().state(), Lead.replay(conversion.lead().events()));
      assertEquals(3, conversion.opportunity().events().size());
      assertEquals(
          conversion.opportunity().state(), Opportunity.replay(conversion.opportunity().events()));
      assertThrows(
          IllegalArgumentException.class,
          () ->
              story
                  .state()
                  .convert(OpportunityId.of("OP-1"), OWNER, day(3))
                  .after(Lead.create(LEAD, budgetTableProfile(), CREATOR, day(0))),
          "the earlier story must end where the conversion starts");
      LeadConversion other =
          validated(budgetTableProfile(), strongAnswers())
              .convert(OpportunityId.of("OP-2"), OWNER, day(3));
      assertThrows(
          IllegalArgumentException.class,
          () -> new LeadConversion(conversion.lead(), other.opportunity()),
          "a conversion's two sides belong together");
    }

    @Test
    @DisplayName("time only moves forward: a command dated before the latest event is refused")
    void timeMovesForward() {
      Lead lead = submitted(budgetTableProfile());
      RuleViolationException early =
          assertRefused(
              RuleViolationException.class,
              "D2.4",
              lead,
              l -> l.validate(strongAnswers(), MANAGER, lead.lastEventAt().minusSeconds(1)));
      assertTrue(early.getMessage().contains("time only moves forward"), early.getMessage());
    }

    @Test
    @DisplayName("a nurtured lead converts once the budget is guided")
    void convertAfterNurturing() {
      Lead walked = walkWholePath(nurturing(earlyProfile())).state();
      assertRefused(
          RuleViolationException.class,
          "D2.7",
          walked,
          l -> l.convert(OpportunityId.of("OP-2"), OWNER, day(9)));
      Lead withBudget = walked.recordBudget(cny(8_000_000), day(9)).state();
      LeadConversion conversion = withBudget.convert(OpportunityId.of("OP-2"), OWNER, day(10));
      assertEquals(LeadStatus.CONVERTED, conversion.lead().state().status());
    }

    @Test
    @DisplayName("no conversion without a budget")
    void noBudget() {
      RuleViolationException e =
          assertRefused(
              RuleViolationException.class,
              "D2.7",
              validated(earlyProfile(), strongAnswers()),
              l -> l.convert(OpportunityId.of("OP-1"), OWNER, day(3)));
      assertTrue(e.getMessage().contains("budget"), e.getMessage());
    }

    @Test
    @DisplayName("no conversion without a passed KCP")
    void noPassedKcp() {
      assertRefused(
          RuleViolationException.class,
          "D2.7",
          validated(budgetTableProfile(), answers(false, 2, 8)),
          l -> l.convert(OpportunityId.of("OP-1"), OWNER, day(3)));
    }

    @Test
    @DisplayName("no conversion before the review")
    void noConversionBeforeReview() {
      assertRefused(
          IllegalTransitionException.class,
          "D2.5",
          submitted(budgetTableProfile()),
          l -> l.convert(OpportunityId.of("OP-1"), OWNER, day(3)));
    }

    @Test
    @DisplayName("a converted or closed lead refuses every command")
    void finalLeadsRefuseEverything() {
      Lead converted =
          validated(budgetTableProfile(), strongAnswers())
              .convert(OpportunityId.of("OP-1"), OWNER, day(3))
              .lead()
              .state();
      Lead closed = validated(earlyProfile(), strongAnswers()).close("not real", day(3)).state();
      List<Function<Lead, ?>> commands =
          List.of(
              l -> l.submit(MANAGER, day(9)),
              l -> l.recordBudget(cny(1), day(9)),
              l -> l.validate(strongAnswers(), MANAGER, day(9)),
              l -> l.close("again", day(9)),
              l -> l.suspend("again", day(9)),
              l -> l.resume(day(9)),
              l -> l.nurture(OWNER, day(9)),
              l -> l.recordNurturingStep(NurturingStep.IDENTIFY_PAIN_CHAIN, "x", OWNER, day(9)),
              l -> l.recordKdmResponse(true, "x", OWNER, day(9)),
              l -> l.convert(OpportunityId.of("OP-9"), OWNER, day(9)));
      for (Lead finished : List.of(converted, closed)) {
        for (Function<Lead, ?> command : commands) {
          IllegalTransitionException e =
              assertRefused(IllegalTransitionException.class, "D2.7", finished, command);
          assertTrue(e.getMessage().contains(finished.status().name()), e.getMessage());
        }
        assertEquals(Optional.empty(), finished.recommendation());
      }
    }
  }

  @Test
  @DisplayName("replaying a lead's events gives an equal lead, with its version")
  void replay() {
    Transition<Lead, LeadEvent> history =
        Lead.create(LEAD, earlyProfile(), CREATOR, day(0))
            .then(l -> l.submit(MANAGER, day(1)))
            .then(l -> l.validate(strongAnswers(), MANAGER, day(2)))
            .then(l -> l.nurture(OWNER, day(3)));
    Transition<Lead, LeadEvent> all =
        history.then(LeadFixtures::walkWholePath).then(l -> l.recordBudget(cny(5_000_000), day(9)));
    Lead lead = all.state();
    assertEquals(lead, Lead.replay(all.events()));
    assertEquals(all.events().size(), lead.version());
    assertThrows(IllegalArgumentException.class, () -> Lead.replay(List.of()));
    RejectedHistoryException e =
        assertThrows(RejectedHistoryException.class, () -> Lead.replay(all.events().subList(1, 3)));
    assertEquals(RuleId.D2_4, e.rule());
    assertEquals(1, e.position());
  }
}
