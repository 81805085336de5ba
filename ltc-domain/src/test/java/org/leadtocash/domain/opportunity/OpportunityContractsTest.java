package org.leadtocash.domain.opportunity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.leadtocash.domain.opportunity.OpportunityFixtures.OPPORTUNITY;
import static org.leadtocash.domain.opportunity.OpportunityFixtures.RIVAL;
import static org.leadtocash.domain.opportunity.OpportunityFixtures.approval;
import static org.leadtocash.domain.opportunity.OpportunityFixtures.contractApproved;
import static org.leadtocash.domain.opportunity.OpportunityFixtures.date;
import static org.leadtocash.domain.opportunity.OpportunityFixtures.day;
import static org.leadtocash.domain.opportunity.OpportunityFixtures.grade;
import static org.leadtocash.domain.opportunity.OpportunityFixtures.integratedEstimate;
import static org.leadtocash.domain.opportunity.OpportunityFixtures.opened;
import static org.leadtocash.domain.opportunity.OpportunityFixtures.profile;
import static org.leadtocash.domain.opportunity.OpportunityFixtures.readyForAtb;
import static org.leadtocash.domain.opportunity.OpportunityFixtures.readyForAti;
import static org.leadtocash.domain.testing.DomainTesters.cny;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.leadtocash.domain.common.OpportunityId;
import org.leadtocash.domain.common.OrganisationLevel;
import org.leadtocash.domain.common.Probability;
import org.leadtocash.domain.common.Transition;
import org.leadtocash.domain.customer.CustomerGrade;
import org.leadtocash.domain.customer.GradeAttestation;
import org.leadtocash.domain.team.ProjectTriangle;
import org.leadtocash.domain.testing.DomainTesters;

/** Null rejection and equality of the opportunity package's public types. */
class OpportunityContractsTest {

  private static final WinAssessment ASSESSMENT =
      WinAssessment.builder()
          .putScore(WinFactor.CUSTOMER_RELATIONSHIP, 3)
          .putScore(WinFactor.SOLUTION, 3)
          .putScore(WinFactor.COMMERCIAL_TERMS, 3)
          .putScore(WinFactor.DELIVERY, 3)
          .build();

  private static NullPointerTester tester() {
    return DomainTesters.nullPointerTester()
        .setDefault(OpportunityProfile.class, profile())
        .setDefault(Ruling.class, approval(Gate.ATI, 1))
        .setDefault(
            DecisionAuthority.class,
            DecisionAuthority.of(OpportunityFixtures.OFFICE_HEAD, OrganisationLevel.REGION))
        .setDefault(
            GateDecision.class,
            contractApproved().state().contractApproval().orElseThrow().decision())
        .setDefault(GatePassage.class, contractApproved().state().contractApproval().orElseThrow())
        .setDefault(GatePolicy.class, OpportunityFixtures.POLICY)
        .setDefault(CustomerGrade.class, CustomerGrade.B)
        .setDefault(GradeAttestation.class, grade())
        .setDefault(OrganisationLevel.class, OrganisationLevel.REGION)
        .setDefault(ProjectEstimate.class, integratedEstimate(1))
        .setDefault(AwardSplit.class, AwardSplit.allOurs(cny(1)))
        .setDefault(WinAssessment.class, ASSESSMENT)
        .setDefault(Probability.class, Probability.ofPercent(20))
        .setDefault(
            OpportunityOutcome.Won.class, new OpportunityOutcome.Won(Optional.empty(), day(1)))
        .setDefault(
            OpportunityOutcome.Lost.class,
            new OpportunityOutcome.Lost(RIVAL, "x", Optional.empty(), day(1)))
        .setDefault(
            OpportunityOutcome.Abandoned.class, new OpportunityOutcome.Abandoned("x", day(1)))
        .setDefault(
            OpportunityOutcome.Cancelled.class, new OpportunityOutcome.Cancelled("x", day(1)))
        .setDefault(ProjectTriangle.class, OpportunityFixtures.completeTriangle())
        .setDefault(Opportunity.class, opened())
        .setDefault(Transition.class, Opportunity.open(OPPORTUNITY, profile(), grade(), day(0)));
  }

  @Test
  @DisplayName("every public method of the opportunity package rejects null arguments")
  void nulls() {
    NullPointerTester tester = tester();
    for (Class<?> type :
        List.of(
            Opportunity.class,
            OpportunityProfile.class,
            GateDecision.class,
            GatePassage.class,
            Ruling.class,
            GatePolicy.class,
            GateReadiness.class,
            PrerequisiteCheck.class,
            DecisionAuthority.class,
            ProjectEstimate.class,
            AwardSplit.class,
            WinAssessment.class,
            OpportunityOutcome.Won.class,
            OpportunityOutcome.Lost.class,
            OpportunityOutcome.Abandoned.class,
            OpportunityOutcome.Cancelled.class,
            OpportunityOpened.class,
            ForecastRevised.class,
            PhaseChanged.class,
            BuyingStageChanged.class,
            DeliveryParticipationRecorded.class,
            CustomerGradeRecorded.class,
            TriangleAssigned.class,
            EstimateRecorded.class,
            GatePlanned.class,
            GateDecided.class,
            HilltopMarked.class,
            TrafficLightChanged.class,
            CompetitorAdded.class,
            OpportunityAssessed.class,
            OpportunityWon.class,
            OpportunityLost.class,
            OpportunityAbandoned.class,
            OpportunityCancelled.class)) {
      tester.testAllPublicConstructors(type);
      tester.testAllPublicStaticMethods(type);
    }
    assertThrows(NullPointerException.class, () -> new StageEntry<>(null, day(0)));
    assertThrows(NullPointerException.class, () -> new StageEntry<>(SalesPhase.BID, null));
    tester.testAllPublicInstanceMethods(opened());
    tester.testAllPublicInstanceMethods(readyForAtb().state());
    tester.testAllPublicInstanceMethods(OpportunityFixtures.POLICY);
    tester.testAllPublicInstanceMethods(approval(Gate.ATB, 2));
    tester.testAllPublicInstanceMethods(
        contractApproved().state().contractApproval().orElseThrow().decision());
    tester.testAllPublicInstanceMethods(
        contractApproved().state().contractApproval().orElseThrow());
    tester.testAllPublicInstanceMethods(AwardSplit.allOurs(cny(5)));
    tester.testAllPublicInstanceMethods(ASSESSMENT);
    tester.testAllPublicInstanceMethods(readyForAti().state().readiness(Gate.ATI));
  }

  @Test
  @DisplayName("opportunity values are equal exactly when all their parts are")
  void equality() {
    new EqualsTester()
        .addEqualityGroup(profile(), OpportunityProfile.builder().from(profile()).build())
        .addEqualityGroup(OpportunityProfile.builder().from(profile()).name("Other").build())
        .addEqualityGroup(OpportunityProfile.builder().from(profile()).amount(cny(9)).build())
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(approval(Gate.ATI, 1), approval(Gate.ATI, 1))
        .addEqualityGroup(approval(Gate.ATI, 2))
        .addEqualityGroup(approval(Gate.ATB, 1))
        .addEqualityGroup(
            OpportunityFixtures.decision(
                Gate.ATI, Verdict.APPROVED_WITH_CONDITIONS, OrganisationLevel.REGION, 1))
        .testEquals();
    Opportunity approved = contractApproved().state();
    Opportunity later = approved.win(day(90)).state();
    new EqualsTester()
        .addEqualityGroup(
            approved.contractApproval().orElseThrow(),
            approved.passage(Gate.ATC).orElseThrow(),
            contractApproved().state().contractApproval().orElseThrow())
        .addEqualityGroup(approved.passage(Gate.ATB).orElseThrow())
        .addEqualityGroup(approved.passage(Gate.ATI).orElseThrow())
        .addEqualityGroup(later.contractApproval().orElseThrow())
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(AwardSplit.allOurs(cny(5)), AwardSplit.builder().ours(cny(5)).build())
        .addEqualityGroup(AwardSplit.builder().ours(cny(5)).putCompetitor(RIVAL, cny(1)).build())
        .addEqualityGroup(AwardSplit.allOurs(cny(6)))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(integratedEstimate(1), integratedEstimate(1))
        .addEqualityGroup(integratedEstimate(2))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(opened(), opened())
        .addEqualityGroup(
            Opportunity.open(OpportunityId.of("OP-2"), profile(), grade(), day(0)).state())
        .addEqualityGroup(opened().markHilltop(TrafficLight.RED, day(1)).state())
        .addEqualityGroup(contractApproved().state())
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            new OpportunityOutcome.Won(Optional.empty(), day(1)),
            new OpportunityOutcome.Won(Optional.empty(), day(1)))
        .addEqualityGroup(new OpportunityOutcome.Won(Optional.empty(), day(2)))
        .addEqualityGroup(new OpportunityOutcome.Abandoned("x", day(1)))
        .addEqualityGroup(new OpportunityOutcome.Cancelled("x", day(1)))
        .addEqualityGroup(new OpportunityOutcome.Lost(RIVAL, "x", Optional.empty(), day(1)))
        .testEquals();
  }

  @Test
  @DisplayName("the commands name the parameter they refuse as null (DESIGN §2)")
  void nullsAreNamed() {
    Opportunity o = opened();
    assertNamed("amount", () -> o.forecast(null, date(1), Probability.ofPercent(20), day(1)));
    assertNamed(
        "expectedSigning", () -> o.forecast(cny(1), null, Probability.ofPercent(20), day(1)));
    assertNamed("probability", () -> o.forecast(cny(1), date(1), null, day(1)));
    assertNamed("at", () -> o.forecast(cny(1), date(1), Probability.ofPercent(20), null));
    assertNamed("at", () -> o.win(null));
    assertNamed("split", () -> o.win(null, day(1)));
    assertNamed("at", () -> o.win(AwardSplit.allOurs(cny(1)), null));
    assertNamed("phase", () -> o.timeIn(null, day(1)));
    assertNamed("asOf", () -> o.timeIn(SalesPhase.VERIFY, null));
    assertNamed("gate", () -> o.passage(null));
    assertNamed("history", () -> Opportunity.replay(null));
    assertNamed("snapshot", () -> Opportunity.replay(null, List.of()));
    assertNamed("eventsAfter", () -> Opportunity.replay(o, null));
  }

  private static void assertNamed(String parameter, java.util.function.Supplier<?> command) {
    assertEquals(parameter, assertThrows(NullPointerException.class, command::get).getMessage());
  }
}
