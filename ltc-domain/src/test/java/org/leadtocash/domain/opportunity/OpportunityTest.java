package org.leadtocash.domain.opportunity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leadtocash.domain.opportunity.OpportunityFixtures.AR;
import static org.leadtocash.domain.opportunity.OpportunityFixtures.CUSTOMER;
import static org.leadtocash.domain.opportunity.OpportunityFixtures.DELIVERY;
import static org.leadtocash.domain.opportunity.OpportunityFixtures.OPPORTUNITY;
import static org.leadtocash.domain.opportunity.OpportunityFixtures.OTHER;
import static org.leadtocash.domain.opportunity.OpportunityFixtures.POLICY;
import static org.leadtocash.domain.opportunity.OpportunityFixtures.RIVAL;
import static org.leadtocash.domain.opportunity.OpportunityFixtures.SPONSOR;
import static org.leadtocash.domain.opportunity.OpportunityFixtures.approval;
import static org.leadtocash.domain.opportunity.OpportunityFixtures.completeTriangle;
import static org.leadtocash.domain.opportunity.OpportunityFixtures.contractApproved;
import static org.leadtocash.domain.opportunity.OpportunityFixtures.date;
import static org.leadtocash.domain.opportunity.OpportunityFixtures.day;
import static org.leadtocash.domain.opportunity.OpportunityFixtures.decision;
import static org.leadtocash.domain.opportunity.OpportunityFixtures.integratedEstimate;
import static org.leadtocash.domain.opportunity.OpportunityFixtures.opened;
import static org.leadtocash.domain.opportunity.OpportunityFixtures.openedProfile;
import static org.leadtocash.domain.opportunity.OpportunityFixtures.profile;
import static org.leadtocash.domain.opportunity.OpportunityFixtures.readyForAtb;
import static org.leadtocash.domain.opportunity.OpportunityFixtures.readyForAtc;
import static org.leadtocash.domain.opportunity.OpportunityFixtures.readyForAti;
import static org.leadtocash.domain.opportunity.OpportunityFixtures.triangleWithoutFr;
import static org.leadtocash.domain.testing.DomainAssertions.assertRefused;
import static org.leadtocash.domain.testing.DomainTesters.cny;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.joda.money.Money;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.leadtocash.domain.common.IllegalTransitionException;
import org.leadtocash.domain.common.OpportunityId;
import org.leadtocash.domain.common.OrganisationLevel;
import org.leadtocash.domain.common.Probability;
import org.leadtocash.domain.common.Rate;
import org.leadtocash.domain.common.RejectedHistoryException;
import org.leadtocash.domain.common.RuleId;
import org.leadtocash.domain.common.RuleViolationException;
import org.leadtocash.domain.common.Transition;
import org.leadtocash.domain.customer.CustomerGrade;
import org.leadtocash.domain.team.ProjectTriangle;
import org.leadtocash.domain.testing.Grades;

@DisplayName("Opportunities (DOMAIN D3)")
class OpportunityTest {

  @Nested
  @DisplayName("D3.1 the sub-processes in order")
  class Phases {

    @Test
    @DisplayName("an opportunity opens in verification, at 10% by default, in project formation")
    void opensInVerify() {
      Opportunity o = opened();
      assertEquals(SalesPhase.VERIFY, o.phase());
      assertEquals(OpportunityStatus.OPEN, o.status());
      assertEquals(Probability.ofPercent(10), o.probability());
      assertEquals(BuyingStage.PROJECT_FORMATION, o.buyingStage());
      assertEquals(Optional.of(Gate.ATI), o.nextGate());
      assertEquals(1, o.version());
    }

    @Test
    @DisplayName("no solution development before ATI (D3.2)")
    void noSolutionBeforeAti() {
      assertRefused(
          IllegalTransitionException.class,
          "D3.2",
          readyForAti().state(),
          o -> o.moveTo(SalesPhase.DEVELOP_SOLUTION, day(8)));
    }

    @Test
    @DisplayName("no bid before ATB (D3.2)")
    void noBidBeforeAtb() {
      Opportunity o =
          readyForAtb().then(x -> x.moveTo(SalesPhase.PRE_BID_GUIDANCE, day(21))).state();
      assertRefused(
          IllegalTransitionException.class, "D3.2", o, x -> x.moveTo(SalesPhase.BID, day(22)));
    }

    @Test
    @DisplayName("phases only go forward (D3.1)")
    void phasesGoForward() {
      Opportunity o = readyForAtb().state();
      assertRefused(
          IllegalTransitionException.class, "D3.1", o, x -> x.moveTo(SalesPhase.VERIFY, day(21)));
      assertRefused(
          IllegalTransitionException.class,
          "D3.1",
          o,
          x -> x.moveTo(SalesPhase.DEVELOP_SOLUTION, day(21)));
    }

    @Test
    @DisplayName("the phase history keeps timestamps, so time in phase is known")
    void timeInPhase() {
      Opportunity o = readyForAtc().state();
      assertEquals(
          List.of(
              SalesPhase.VERIFY, SalesPhase.DEVELOP_SOLUTION, SalesPhase.BID, SalesPhase.NEGOTIATE),
          o.phaseHistory().stream().map(StageEntry::stage).toList());
      assertEquals(Duration.ofDays(10), o.timeIn(SalesPhase.VERIFY, day(100)));
      assertEquals(Duration.ofDays(15), o.timeIn(SalesPhase.DEVELOP_SOLUTION, day(100)));
      assertEquals(Duration.ofDays(15), o.timeIn(SalesPhase.BID, day(100)));
      assertEquals(Duration.ofDays(60), o.timeIn(SalesPhase.NEGOTIATE, day(100)));
      assertEquals(Duration.ZERO, o.timeIn(SalesPhase.PRE_BID_GUIDANCE, day(100)));
      assertEquals(Duration.ofDays(5), o.timeIn(SalesPhase.VERIFY, day(5)), "as of an earlier day");
    }

    @Test
    @DisplayName("time in phase stops when the opportunity ends")
    void timeStopsAtOutcome() {
      Opportunity won = contractApproved().then(o -> o.win(day(60))).state();
      assertEquals(Duration.ofDays(20), won.timeIn(SalesPhase.NEGOTIATE, day(400)));
    }
  }

  @Nested
  @DisplayName("D3.2 ATI, ATB and ATC")
  class Gates {

    @Test
    @DisplayName("readiness lists every prerequisite of a gate with met or not and why")
    void readinessReport() {
      GateReadiness ati = opened().readiness(Gate.ATI);
      assertFalse(ati.isReady());
      assertEquals(
          EnumSet.of(
              GatePrerequisite.VERIFIED,
              GatePrerequisite.DELIVERY_SUPPORTED_VERIFICATION,
              GatePrerequisite.PROJECT_TRIANGLE_COMPLETE),
          EnumSet.copyOf(ati.checks().stream().map(PrerequisiteCheck::prerequisite).toList()));
      assertEquals(3, ati.unmet().size());
      assertTrue(ati.unmet().get(0).reason().contains("no expected signing date"));

      assertTrue(readyForAti().state().readiness(Gate.ATI).isReady());
      GateReadiness atb = readyForAti().state().readiness(Gate.ATB);
      assertEquals(
          EnumSet.of(GatePrerequisite.ATI_PASSED, GatePrerequisite.INTEGRATED_ESTIMATE),
          EnumSet.copyOf(atb.unmet().stream().map(PrerequisiteCheck::prerequisite).toList()));
      assertTrue(readyForAtb().state().readiness(Gate.ATB).isReady());
      assertTrue(readyForAtc().state().readiness(Gate.ATC).isReady());
    }

    @Test
    @DisplayName("an approval with unmet prerequisites is refused, naming the prerequisite")
    void approvalNeedsReadiness() {
      RuleViolationException refusal =
          assertRefused(
              RuleViolationException.class,
              "D3.2",
              opened(),
              o -> o.decide(approval(Gate.ATI, 3), POLICY, day(3)));
      assertTrue(refusal.getMessage().contains("not ready for ATI"), refusal.getMessage());
    }

    @Test
    @DisplayName("no ATI without an AR, an SR and an FR in the project triangle (D4.1)")
    void atiNeedsCompleteTriangle() {
      Opportunity partial =
          readyForAti().then(o -> o.assignTriangle(triangleWithoutFr(), day(7))).state();
      PrerequisiteCheck check = partial.readiness(Gate.ATI).unmet().get(0);
      assertEquals(GatePrerequisite.PROJECT_TRIANGLE_COMPLETE, check.prerequisite());
      assertEquals("the project triangle lacks FR", check.reason());
      RuleViolationException refusal =
          assertRefused(
              RuleViolationException.class,
              "D4.1",
              partial,
              o -> o.decide(approval(Gate.ATI, 9), POLICY, day(9)));
      assertTrue(refusal.getMessage().contains("an AR, an SR and an FR"), refusal.getMessage());
      Opportunity staffed = partial.assignTriangle(completeTriangle(), day(8)).state();
      assertTrue(staffed.decide(approval(Gate.ATI, 9), POLICY, day(9)).state().passed(Gate.ATI));
    }

    @Test
    @DisplayName(
        "a project triangle works its own opportunity, and re-assigning it unchanged is refused")
    void triangleForThisOpportunity() {
      ProjectTriangle foreign = ProjectTriangle.of(OpportunityId.of("OP-OTHER"), SPONSOR);
      assertRefused(
          RuleViolationException.class, "D4.3", opened(), o -> o.assignTriangle(foreign, day(1)));
      assertRefused(
          RuleViolationException.class,
          "D4.3",
          readyForAti().state(),
          o -> o.assignTriangle(completeTriangle(), day(7)));
    }

    @Test
    @DisplayName("a rejection needs no readiness: ATI rejected ends the opportunity")
    void atiRejectionEnds() {
      Transition<Opportunity, OpportunityEvent> t =
          opened()
              .decide(
                  decision(Gate.ATI, Verdict.REJECTED, OrganisationLevel.REPRESENTATIVE_OFFICE, 3),
                  POLICY,
                  day(3));
      assertEquals(OpportunityStatus.ABANDONED, t.state().status());
      assertEquals(2, t.events().size());
      assertTrue(t.events().get(1) instanceof OpportunityAbandoned);
      assertFalse(t.state().passed(Gate.ATI));
    }

    @Test
    @DisplayName("ATB rejected returns the opportunity to solution development")
    void atbRejectionReturns() {
      Opportunity o =
          readyForAtb()
              .then(x -> x.moveTo(SalesPhase.PRE_BID_GUIDANCE, day(21)))
              .then(
                  x ->
                      x.decide(
                          decision(
                              Gate.ATB,
                              Verdict.REJECTED,
                              OrganisationLevel.REPRESENTATIVE_OFFICE,
                              25),
                          POLICY,
                          day(25)))
              .state();
      assertTrue(o.isOpen());
      assertEquals(SalesPhase.DEVELOP_SOLUTION, o.phase());
      assertFalse(o.passed(Gate.ATB));
      assertEquals(Optional.of(Gate.ATB), o.nextGate());
    }

    @Test
    @DisplayName("a deferral leaves the gate open; it is planned again and then approved")
    void deferral() {
      Opportunity deferred =
          readyForAti()
              .then(x -> x.planGate(Gate.ATI, date(8), day(7)))
              .then(
                  x ->
                      x.decide(
                          decision(
                              Gate.ATI,
                              Verdict.DEFERRED,
                              OrganisationLevel.REPRESENTATIVE_OFFICE,
                              8),
                          POLICY,
                          day(8)))
              .state();
      assertFalse(deferred.passed(Gate.ATI));
      assertEquals(Verdict.DEFERRED, deferred.latestDecision(Gate.ATI).orElseThrow().verdict());
      Opportunity approved =
          deferred
              .planGate(Gate.ATI, date(12), day(9))
              .then(x -> x.decide(approval(Gate.ATI, 12), POLICY, day(12)))
              .state();
      assertTrue(approved.passed(Gate.ATI));
      assertEquals(2, approved.decisions().size());
    }

    @Test
    @DisplayName("gates are passed strictly in order: no ATB before ATI")
    void gatesInOrder() {
      Opportunity o = readyForAti().state();
      IllegalTransitionException refusal =
          assertRefused(
              IllegalTransitionException.class,
              "D3.2",
              o,
              x -> x.decide(approval(Gate.ATB, 9), POLICY, day(9)));
      assertTrue(refusal.getMessage().contains("ATI must be approved before ATB"));
    }

    @Test
    @DisplayName("a gate passed once is not decided again")
    void notTwice() {
      assertRefused(
          IllegalTransitionException.class,
          "D3.2",
          readyForAtb().state(),
          o -> o.decide(approval(Gate.ATI, 21), POLICY, day(21)));
      assertRefused(
          IllegalTransitionException.class,
          "D3.2",
          readyForAtb().state(),
          o -> o.planGate(Gate.ATI, date(30), day(21)));
    }

    @Test
    @DisplayName(
        "a gate is decided in its phase, and ATC while bidding or negotiating (D3.2, D3.5)")
    void gateInItsPhase() {
      Opportunity bidding =
          readyForAtb()
              .then(o -> o.decide(approval(Gate.ATB, 25), POLICY, day(25)))
              .then(o -> o.recordEstimate(integratedEstimate(26), day(26)))
              .state();
      assertEquals(SalesPhase.BID, bidding.phase(), "an approved ATB moves on to the bid");
      assertTrue(
          bidding.decide(approval(Gate.ATC, 30), POLICY, day(30)).state().passed(Gate.ATC),
          "ATC may be decided before the award, while bidding");
      // a state whose phase lags behind its gates cannot be reached, not even by replay: a stored
      // ATI approval without the move on to develop the solution is refused
      List<OpportunityEvent> lagging =
          List.of(
              new OpportunityOpened(OPPORTUNITY, 1, openedProfile(), day(0)),
              new GateDecided(
                  OPPORTUNITY,
                  2,
                  GateDecision.of(OPPORTUNITY, approval(Gate.ATI, 1), Optional.empty()),
                  day(1)));
      RejectedHistoryException refused =
          assertThrows(RejectedHistoryException.class, () -> Opportunity.replay(lagging));
      assertEquals(RuleId.D3_2, refused.rule(), refused.getMessage());
      assertEquals(2, refused.position(), refused.getMessage());
      assertTrue(refused.getMessage().contains("not ready for ATI"), refused.getMessage());
      List<OpportunityEvent> ready = new ArrayList<>(readyForAti().events());
      ready.add(
          new GateDecided(
              OPPORTUNITY,
              5,
              GateDecision.of(OPPORTUNITY, approval(Gate.ATI, 10), Optional.empty()),
              day(10)));
      RejectedHistoryException cut =
          assertThrows(RejectedHistoryException.class, () -> Opportunity.replay(ready));
      assertEquals(RuleId.D3_1, cut.rule(), cut.getMessage());
      assertTrue(cut.getMessage().contains("opportunity.phase-changed"), cut.getMessage());
      // nor restored: such a state, built by hand as a badly restored snapshot might be, is
      // refused when it is built, before any command could see it
      IllegalArgumentException laggingState =
          assertThrows(
              IllegalArgumentException.class,
              () ->
                  Opportunity.restore()
                      .from(readyForAtb().state())
                      .phaseHistory(List.of(new StageEntry<>(SalesPhase.VERIFY, day(0))))
                      .build());
      assertTrue(
          laggingState.getMessage().contains("phaseHistory ends in VERIFY, though ATI is passed"),
          laggingState.getMessage());
      assertTrue(laggingState.getMessage().endsWith("(DOMAIN D3.2)"), laggingState.getMessage());
    }

    @Test
    @DisplayName("the recorded decision names its opportunity and the date it was planned for")
    void plannedDate() {
      Opportunity planned = readyForAti().then(o -> o.planGate(Gate.ATI, date(7), day(6))).state();
      GateDecision late =
          planned
              .decide(approval(Gate.ATI, 9), POLICY, day(9))
              .state()
              .latestDecision(Gate.ATI)
              .orElseThrow();
      assertEquals(OPPORTUNITY, late.opportunity());
      assertEquals(Optional.of(date(7)), late.plannedOn());
      assertTrue(late.isLate());
      GateDecision unplanned =
          readyForAti()
              .state()
              .decide(approval(Gate.ATI, 9), POLICY, day(9))
              .state()
              .latestDecision(Gate.ATI)
              .orElseThrow();
      assertEquals(Optional.empty(), unplanned.plannedOn());
      assertFalse(unplanned.isLate(), "a gate never planned is never late");
    }

    @Test
    @DisplayName("the authority must reach the level the policy sets by amount and recorded grade")
    void authority() {
      Opportunity o =
          readyForAti()
              .then(x -> x.recordCustomerGrade(Grades.attested(CUSTOMER, CustomerGrade.S), day(7)))
              .state();
      assertEquals(Optional.of(CustomerGrade.S), o.customerGrade());
      RuleViolationException sGrade =
          assertRefused(
              RuleViolationException.class,
              "D3.2",
              o,
              x -> x.decide(approval(Gate.ATI, 9), POLICY, day(9)));
      assertTrue(sGrade.getMessage().contains("needs the authority of REGION"), sGrade::getMessage);
      assertTrue(sGrade.getMessage().contains("grade-S customer"), sGrade::getMessage);
      assertEquals(OrganisationLevel.REGION, o.readiness(Gate.ATI, POLICY).requiredAuthority());
      Opportunity byRegion =
          o.decide(
                  decision(Gate.ATI, Verdict.APPROVED, OrganisationLevel.REGION, 9), POLICY, day(9))
              .state();
      assertTrue(byRegion.passed(Gate.ATI));

      Opportunity big =
          readyForAti()
              .then(x -> x.forecast(cny(60_000_000), date(120), Probability.ofPercent(30), day(7)))
              .state();
      assertRefused(
          RuleViolationException.class,
          "D3.2",
          big,
          x ->
              x.decide(
                  decision(Gate.ATI, Verdict.APPROVED, OrganisationLevel.REGION, 9),
                  POLICY,
                  day(9)));
      assertRefused(
          RuleViolationException.class,
          "D6.2",
          o,
          x -> x.recordCustomerGrade(Grades.attested(CUSTOMER, CustomerGrade.S), day(8)));
    }

    @Test
    @DisplayName("a customer whose grade is not recorded needs a region under the standard policy")
    void unknownGrade() {
      Opportunity ungraded =
          Opportunity.open(
                  OPPORTUNITY,
                  OpportunityProfile.builder()
                      .from(profile())
                      .customerGrade(Optional.empty())
                      .build(),
                  day(0))
              .then(o -> o.assignTriangle(completeTriangle(), day(2)))
              .then(o -> o.forecast(cny(8_000_000), date(120), Probability.ofPercent(30), day(5)))
              .then(o -> o.recordDeliveryParticipation(DELIVERY, day(6)))
              .state();
      GateReadiness readiness = ungraded.readiness(Gate.ATI);
      assertEquals(OrganisationLevel.REGION, readiness.requiredAuthority());
      assertTrue(readiness.authorityBasis().contains("grade is not recorded"));
      assertRefused(
          RuleViolationException.class,
          "D3.2",
          ungraded,
          o -> o.decide(approval(Gate.ATI, 9), day(9)));
      Opportunity graded =
          ungraded.recordCustomerGrade(Grades.attested(CUSTOMER, CustomerGrade.B), day(8)).state();
      assertTrue(graded.decide(approval(Gate.ATI, 9), day(9)).state().passed(Gate.ATI));
    }

    @Test
    @DisplayName("the standard policy: office below 10 M, region from 10 M, headquarters from 50 M")
    void standardPolicy() {
      Optional<CustomerGrade> a = Optional.of(CustomerGrade.A);
      assertEquals(
          OrganisationLevel.REPRESENTATIVE_OFFICE,
          POLICY.requiredAuthority(Gate.ATB, cny(9_999_999), a));
      assertEquals(
          OrganisationLevel.REGION, POLICY.requiredAuthority(Gate.ATB, cny(10_000_000), a));
      assertEquals(
          OrganisationLevel.HEADQUARTERS,
          POLICY.requiredAuthority(Gate.ATC, cny(50_000_000), Optional.of(CustomerGrade.C)));
      assertEquals(
          OrganisationLevel.REGION,
          POLICY.requiredAuthority(Gate.ATI, cny(1), Optional.of(CustomerGrade.S)));
      assertEquals(
          OrganisationLevel.HEADQUARTERS,
          POLICY.requiredAuthority(Gate.ATI, cny(60_000_000), Optional.of(CustomerGrade.S)));
      assertEquals(RejectionEffect.END, POLICY.onRejection(Gate.ATI));
      assertEquals(RejectionEffect.RETURN, POLICY.onRejection(Gate.ATC));
      assertThrows(
          IllegalArgumentException.class,
          () -> GatePolicy.standard(cny(50_000_000), cny(10_000_000)));
    }

    @Test
    @DisplayName(
        "the no-argument standard policy decides by grade alone; unknown grades need a region")
    void gradeOnlyPolicy() {
      GatePolicy standard = GatePolicy.standard();
      Money huge = cny(900_000_000);
      assertEquals(
          OrganisationLevel.REPRESENTATIVE_OFFICE,
          standard.requiredAuthority(Gate.ATC, huge, Optional.of(CustomerGrade.C)));
      assertEquals(
          OrganisationLevel.REGION,
          standard.requiredAuthority(Gate.ATI, cny(1), Optional.of(CustomerGrade.S)));
      assertEquals(
          OrganisationLevel.REGION, standard.requiredAuthority(Gate.ATB, cny(1), Optional.empty()));
      assertEquals(RejectionEffect.END, standard.onRejection(Gate.ATI));
      assertEquals(RejectionEffect.RETURN, standard.onRejection(Gate.ATB));
    }

    @Test
    @DisplayName("ATC passed: the opportunity carries its contract approval")
    void contractApproval() {
      Opportunity o = contractApproved().state();
      assertTrue(o.passed(Gate.ATC));
      assertEquals(Optional.empty(), o.nextGate());
      assertEquals(Gate.ATC, o.contractApproval().orElseThrow().gate());
      assertEquals(Optional.empty(), readyForAtc().state().contractApproval());
    }

    @Test
    @DisplayName("delivery takes part in verification only before ATI; estimates stop at ATC")
    void participationWindows() {
      assertRefused(
          IllegalTransitionException.class,
          "D3.2",
          readyForAtb().state(),
          o -> o.recordDeliveryParticipation(DELIVERY, day(21)));
      assertRefused(
          IllegalTransitionException.class,
          "D3.2",
          contractApproved().state(),
          o -> o.recordEstimate(integratedEstimate(51), day(51)));
    }

    @Test
    @DisplayName("an estimate without every contributor is not integrated")
    void partialEstimate() {
      ProjectEstimate salesOnly =
          ProjectEstimate.builder()
              .preparedOn(date(20))
              .estimatedCost(cny(5_000_000))
              .contributors(EnumSet.of(EstimateContributor.values()[0]))
              .build();
      Opportunity o =
          readyForAti()
              .then(x -> x.decide(approval(Gate.ATI, 10), POLICY, day(10)))
              .then(x -> x.recordEstimate(salesOnly, day(20)))
              .state();
      PrerequisiteCheck estimate = o.readiness(Gate.ATB).unmet().stream().findFirst().orElseThrow();
      assertEquals(GatePrerequisite.INTEGRATED_ESTIMATE, estimate.prerequisite());
      assertTrue(estimate.reason().contains("lacks"));
      Opportunity completed = o.recordEstimate(integratedEstimate(22), day(22)).state();
      assertTrue(completed.readiness(Gate.ATB).isReady(), "a later estimate replaces the earlier");
      assertEquals(integratedEstimate(22), completed.estimates().get(Gate.ATB));
    }
  }

  @Nested
  @DisplayName("D3.3–D3.4 buying stage, hilltop and traffic light")
  class Watch {

    @Test
    @DisplayName("the customer's buying stage is followed with its history")
    void buyingStage() {
      Opportunity o = opened().changeBuyingStage(BuyingStage.TENDER_AND_DECISION, day(3)).state();
      assertEquals(BuyingStage.TENDER_AND_DECISION, o.buyingStage());
      assertEquals(2, o.buyingStageHistory().size());
      assertRefused(
          RuleViolationException.class,
          "D3.3",
          o,
          x -> x.changeBuyingStage(BuyingStage.TENDER_AND_DECISION, day(4)));
    }

    @Test
    @DisplayName("only a hilltop project carries a traffic light, and a change must change it")
    void hilltop() {
      Opportunity plain = opened();
      assertFalse(plain.isHilltop());
      assertRefused(
          RuleViolationException.class,
          "D3.4",
          plain,
          o -> o.changeTrafficLight(TrafficLight.RED, day(1)));
      Opportunity hill = plain.markHilltop(TrafficLight.GREEN, day(1)).state();
      assertTrue(hill.isHilltop());
      assertRefused(
          RuleViolationException.class, "D3.4", hill, o -> o.markHilltop(TrafficLight.RED, day(2)));
      assertRefused(
          RuleViolationException.class,
          "D3.4",
          hill,
          o -> o.changeTrafficLight(TrafficLight.GREEN, day(2)));
      assertEquals(
          Optional.of(TrafficLight.YELLOW),
          hill.changeTrafficLight(TrafficLight.YELLOW, day(2)).state().trafficLight());
    }
  }

  @Nested
  @DisplayName("D3.5 forecast and outcome")
  class Outcomes {

    @Test
    @DisplayName("the weighted amount is amount × probability")
    void weighted() {
      Opportunity o = readyForAti().state();
      assertEquals(cny(2_400_000), o.weightedAmount());
    }

    @Test
    @DisplayName("a forecast in another currency is refused")
    void forecastCurrency() {
      assertRefused(
          RuleViolationException.class,
          "D3.5",
          opened(),
          o -> o.forecast(Money.parse("USD 1000000"), date(90), Probability.ofPercent(20), day(1)));
      assertThrows(
          IllegalArgumentException.class,
          () -> opened().forecast(cny(0), date(90), Probability.ofPercent(20), day(1)));
    }

    @Test
    @DisplayName("won against a named competitor with the award split")
    void wonWithSplit() {
      Opportunity o =
          contractApproved()
              .then(x -> x.addCompetitor(RIVAL, day(51)))
              .then(
                  x ->
                      x.win(
                          AwardSplit.builder()
                              .ours(cny(6_000_000))
                              .putCompetitor(RIVAL, cny(2_000_000))
                              .build(),
                          day(60)))
              .state();
      assertEquals(OpportunityStatus.WON, o.status());
      OpportunityOutcome.Won won = (OpportunityOutcome.Won) o.outcome().orElseThrow();
      AwardSplit split = won.split().orElseThrow();
      assertShare("0.75", split.ourShare());
      assertShare("0.25", split.shareOf(RIVAL));
      assertShare("0", split.shareOf(OTHER));
    }

    @Test
    @DisplayName("no win without a bid: ATB must be passed")
    void winNeedsAtb() {
      assertRefused(
          RuleViolationException.class, "D3.2", readyForAtb().state(), o -> o.win(day(30)));
    }

    @Test
    @DisplayName("a split must name recorded competitors, in our currency, and give us something")
    void splitRules() {
      Opportunity o = contractApproved().then(x -> x.addCompetitor(RIVAL, day(51))).state();
      assertRefused(
          RuleViolationException.class,
          "D3.5",
          o,
          x ->
              x.win(
                  AwardSplit.builder().ours(cny(1)).putCompetitor(OTHER, cny(1)).build(), day(60)));
      assertRefused(
          RuleViolationException.class,
          "D3.5",
          o,
          x -> x.win(AwardSplit.allOurs(Money.parse("USD 100")), day(60)));
      assertRefused(
          RuleViolationException.class,
          "D3.5",
          o,
          x ->
              x.win(
                  AwardSplit.builder().ours(cny(0)).putCompetitor(RIVAL, cny(5)).build(), day(60)));
    }

    @Test
    @DisplayName("lost to a recorded competitor, with why; the winner must be in the split")
    void lost() {
      Opportunity o = readyForAtb().then(x -> x.addCompetitor(RIVAL, day(21))).state();
      assertRefused(RuleViolationException.class, "D3.5", o, x -> x.lose(OTHER, "price", day(30)));
      assertRefused(
          RuleViolationException.class,
          "D3.5",
          o,
          x -> x.lose(RIVAL, "price", AwardSplit.allOurs(cny(10)), day(30)));
      assertThrows(IllegalArgumentException.class, () -> o.lose(RIVAL, " ", day(30)));
      Opportunity lost = o.lose(RIVAL, "price 15% lower", day(30)).state();
      assertEquals(OpportunityStatus.LOST, lost.status());
      OpportunityOutcome.Lost outcome = (OpportunityOutcome.Lost) lost.outcome().orElseThrow();
      assertEquals(RIVAL, outcome.winner());
      assertEquals("price 15% lower", outcome.reason());
    }

    @Test
    @DisplayName("abandoned and cancelled record why; an ended opportunity refuses every command")
    void ended() {
      Opportunity abandoned = opened().abandon("no budget this year", day(3)).state();
      Opportunity cancelled = opened().cancel("customer stopped the project", day(3)).state();
      assertEquals(OpportunityStatus.ABANDONED, abandoned.status());
      assertEquals(OpportunityStatus.CANCELLED, cancelled.status());
      assertThrows(IllegalArgumentException.class, () -> opened().abandon("", day(3)));
      for (Opportunity o :
          List.of(abandoned, cancelled, contractApproved().state().win(day(60)).state())) {
        assertRefused(
            IllegalTransitionException.class, "D3.5", o, x -> x.addCompetitor(RIVAL, day(90)));
        assertRefused(IllegalTransitionException.class, "D3.5", o, x -> x.cancel("late", day(90)));
        assertRefused(
            IllegalTransitionException.class,
            "D3.5",
            o,
            x -> x.markHilltop(TrafficLight.RED, day(90)));
      }
    }

    @Test
    @DisplayName("a competitor is recorded once")
    void competitorOnce() {
      Opportunity o = opened().addCompetitor(RIVAL, day(1)).state();
      assertRefused(RuleViolationException.class, "D3.5", o, x -> x.addCompetitor(RIVAL, day(2)));
    }
  }

  @Nested
  @DisplayName("D3.5 the award comes before the contract: won, then ATC, then the signature")
  class AwardBeforeAtc {

    /** Bid made (ATB passed), the refreshed estimate recorded, no ATC yet. */
    private Opportunity bidding() {
      return readyForAtb()
          .then(o -> o.decide(approval(Gate.ATB, 25), POLICY, day(25)))
          .then(o -> o.recordEstimate(integratedEstimate(26), day(26)))
          .state();
    }

    @Test
    @DisplayName("a win before ATC moves on to negotiate and still takes ATC; then it has ended")
    void winThenAtc() {
      Transition<Opportunity, OpportunityEvent> won = bidding().win(day(30));
      Opportunity awaiting = won.state();
      assertEquals(OpportunityStatus.WON, awaiting.status());
      assertEquals(SalesPhase.NEGOTIATE, awaiting.phase(), "the award moves on to negotiate");
      assertTrue(won.events().get(1) instanceof PhaseChanged);
      assertTrue(awaiting.awaitsContractApproval());
      assertFalse(awaiting.isEnded());
      assertEquals(Optional.empty(), awaiting.contractApproval(), "no signature before ATC");
      assertEquals(Optional.of(Gate.ATC), awaiting.nextGateReadiness().map(GateReadiness::gate));

      Opportunity approved =
          awaiting
              .recordEstimate(integratedEstimate(31), day(31))
              .then(o -> o.decide(approval(Gate.ATC, 32), POLICY, day(32)))
              .state();
      assertTrue(approved.isEnded());
      assertFalse(approved.awaitsContractApproval());
      assertEquals(Optional.of(day(32)), approved.endedAt());
      assertEquals(Gate.ATC, approved.contractApproval().orElseThrow().gate());
      IllegalTransitionException ended =
          assertRefused(
              IllegalTransitionException.class,
              "D3.5",
              approved,
              o -> o.markHilltop(TrafficLight.RED, day(40)));
      assertTrue(ended.getMessage().contains("WON, ATC approved"), ended.getMessage());
    }

    @Test
    @DisplayName("ATC before the award: the win then ends the opportunity")
    void atcThenWin() {
      Opportunity approved = bidding().decide(approval(Gate.ATC, 28), POLICY, day(28)).state();
      assertTrue(approved.isOpen());
      assertFalse(approved.isEnded());
      Opportunity won = approved.win(day(30)).state();
      assertTrue(won.isEnded());
      assertEquals(Optional.of(day(30)), won.endedAt());
    }

    @Test
    @DisplayName("the award is recorded once: no second win, no loss after a win")
    void awardOnce() {
      Opportunity awaiting =
          bidding().addCompetitor(RIVAL, day(27)).then(o -> o.win(day(30))).state();
      assertRefused(IllegalTransitionException.class, "D3.5", awaiting, o -> o.win(day(31)));
      assertRefused(
          IllegalTransitionException.class,
          "D3.5",
          awaiting,
          o -> o.lose(RIVAL, "changed their mind", day(31)));
    }

    @Test
    @DisplayName("a won opportunity we walk away from before ATC ends abandoned")
    void abandonAfterAward() {
      Opportunity walkedAway =
          bidding().win(day(30)).then(o -> o.abandon("the terms cannot be met", day(31))).state();
      assertEquals(OpportunityStatus.ABANDONED, walkedAway.status());
      assertTrue(walkedAway.isEnded());
    }

    @Test
    @DisplayName("readiness tells the next command: what is missing, who decides, or why blocked")
    void readinessTellsTheNextCommand() {
      GateReadiness ati = opened().readiness(Gate.ATI, POLICY);
      assertTrue(ati.blocked().isEmpty());
      assertTrue(
          ati.nextSteps()
              .containsAll(
                  List.of(
                      GatePrerequisite.VERIFIED.remedy(),
                      GatePrerequisite.DELIVERY_SUPPORTED_VERIFICATION.remedy(),
                      GatePrerequisite.PROJECT_TRIANGLE_COMPLETE.remedy())),
          ati::toString);
      assertEquals(OrganisationLevel.REPRESENTATIVE_OFFICE, ati.requiredAuthority());
      assertTrue(ati.toString().contains("not met: "), ati::toString);
      assertTrue(ati.toString().contains("next: assignTriangle"), ati::toString);

      GateReadiness ready = readyForAti().state().readiness(Gate.ATI, POLICY);
      assertTrue(ready.isReady());
      assertTrue(ready.nextSteps().get(0).startsWith("decide(a ruling on ATI"), ready::toString);

      GateReadiness atc = readyForAti().state().readiness(Gate.ATC, POLICY);
      assertFalse(atc.isReady());
      assertTrue(atc.blocked().orElseThrow().contains("ATB first"), atc::toString);
      assertEquals(List.of(atc.blocked().orElseThrow()), atc.nextSteps());

      GateReadiness passed = readyForAtb().state().readiness(Gate.ATI, POLICY);
      assertEquals(Optional.of("ATI is already passed"), passed.blocked());
      RuleViolationException notReady =
          assertRefused(
              RuleViolationException.class,
              "D3.2",
              opened(),
              o -> o.decide(approval(Gate.ATI, 1), POLICY, day(1)));
      assertTrue(notReady.getMessage().contains("next: "), notReady.getMessage());
    }

    @Test
    @DisplayName(
        "time only moves forward: a command dated before the latest event is refused (D3.1)")
    void timeMovesForward() {
      Opportunity o = readyForAti().state();
      assertEquals(day(6), o.lastEventAt());
      RuleViolationException early =
          assertRefused(
              RuleViolationException.class, "D3.1", o, x -> x.addCompetitor(RIVAL, day(5)));
      assertTrue(early.getMessage().contains("time only moves forward"), early.getMessage());
      assertEquals(day(6), o.addCompetitor(RIVAL, day(6)).state().lastEventAt());
    }
  }

  @Nested
  @DisplayName("D3.6 the four-factor assessment")
  class Assessment {

    @Test
    @DisplayName("all four factors are scored 1–5; the weakest are named")
    void fourFactors() {
      WinAssessment assessment =
          WinAssessment.builder()
              .putScore(WinFactor.CUSTOMER_RELATIONSHIP, 4)
              .putScore(WinFactor.SOLUTION, 5)
              .putScore(WinFactor.COMMERCIAL_TERMS, 2)
              .putScore(WinFactor.DELIVERY, 2)
              .build();
      assertEquals(13, assessment.total());
      assertEquals(
          EnumSet.of(WinFactor.COMMERCIAL_TERMS, WinFactor.DELIVERY), assessment.weakest());
      Opportunity o = opened().assess(assessment, day(2)).state();
      assertEquals(Optional.of(assessment), o.assessment());
      assertThrows(
          IllegalArgumentException.class,
          () -> WinAssessment.builder().putScore(WinFactor.SOLUTION, 5).build());
      assertThrows(
          IllegalArgumentException.class,
          () ->
              WinAssessment.builder()
                  .putScore(WinFactor.CUSTOMER_RELATIONSHIP, 6)
                  .putScore(WinFactor.SOLUTION, 5)
                  .putScore(WinFactor.COMMERCIAL_TERMS, 2)
                  .putScore(WinFactor.DELIVERY, 2)
                  .build());
    }
  }

  private static void assertShare(String expected, Rate share) {
    assertEquals(
        0,
        new BigDecimal(expected).compareTo(share.value().orElseThrow()),
        () -> "share " + share + " is " + expected);
  }

  @Test
  @DisplayName("events replay to an equal opportunity; versions count the events")
  void replay() {
    Transition<Opportunity, OpportunityEvent> t =
        contractApproved()
            .then(x -> x.addCompetitor(RIVAL, day(51)))
            .then(x -> x.markHilltop(TrafficLight.GREEN, day(52)))
            .then(x -> x.win(day(60)));
    assertEquals(t.state(), Opportunity.replay(t.events()));
    assertEquals(t.events().size(), t.state().version());
    assertEquals(AR, t.state().owner());
    RejectedHistoryException headless =
        assertThrows(
            RejectedHistoryException.class, () -> Opportunity.replay(t.events().subList(1, 3)));
    assertEquals(RuleId.D3_1, headless.rule(), headless.getMessage());
    assertTrue(headless.getMessage().contains("OpportunityOpened"), headless.getMessage());
  }
}
