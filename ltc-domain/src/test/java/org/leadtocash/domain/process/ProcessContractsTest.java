package org.leadtocash.domain.process;

import static org.leadtocash.domain.process.ProcessFixtures.APPROVER;
import static org.leadtocash.domain.process.ProcessFixtures.VALIDATE_ACTIVITY;
import static org.leadtocash.domain.process.ProcessFixtures.VERIFY;
import static org.leadtocash.domain.process.ProcessFixtures.approval;
import static org.leadtocash.domain.process.ProcessFixtures.card;
import static org.leadtocash.domain.process.ProcessFixtures.cardOf;
import static org.leadtocash.domain.process.ProcessFixtures.child;
import static org.leadtocash.domain.process.ProcessFixtures.day;
import static org.leadtocash.domain.process.ProcessFixtures.established;
import static org.leadtocash.domain.process.ProcessFixtures.redescribed;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.leadtocash.domain.common.KpiId;
import org.leadtocash.domain.common.OrganisationLevel;
import org.leadtocash.domain.common.RuleId;
import org.leadtocash.domain.opportunity.Gate;
import org.leadtocash.domain.testing.DomainTesters;

/** Null rejection and equality of the process package's public types. */
class ProcessContractsTest {

  private static final ProcessCatalogue LTC = LtcCatalogue.standard();

  private static NullPointerTester tester() {
    ProcessCard verify = LTC.card(VERIFY).orElseThrow();
    return DomainTesters.nullPointerTester()
        .setDefault(ProcessId.class, LtcCatalogue.LEAD_TO_CASH)
        .setDefault(ProcessCard.class, verify)
        .setDefault(ProcessCatalogue.class, LTC)
        .setDefault(ProcessChange.class, ProcessChange.revise(verify))
        .setDefault(CompanyApproval.class, approval(VERIFY, 1))
        .setDefault(Position.class, Position.of("lead manager"))
        .setDefault(Department.class, Department.SALES_MANAGEMENT)
        .setDefault(KpiId.class, KpiId.of("win-rate"))
        .setDefault(RuleId.class, RuleId.of("D1.2"))
        .setDefault(ProcessArchitecture.class, established())
        .setDefault(
            Adaptation.class,
            new Adaptation(
                VERIFY,
                ProcessChange.revise(verify),
                OrganisationLevel.HEADQUARTERS,
                Optional.empty(),
                day(1)));
  }

  @Test
  @DisplayName("every public method of the process package rejects null arguments")
  void nulls() {
    NullPointerTester tester = tester();
    for (Class<?> type :
        List.of(
            ProcessId.class,
            Position.class,
            Department.class,
            KeyControlPoint.class,
            KeyDecisionPoint.class,
            ProcessCard.class,
            ProcessCatalogue.class,
            AdaptationRights.class,
            CompanyApproval.class,
            HeadquartersRequirements.class,
            ProcessChange.class,
            ReviseCard.class,
            AddProcess.class,
            RetireProcess.class,
            Adaptation.class,
            ArchitectureEstablished.class,
            ProcessAdapted.class,
            ProcessArchitecture.class,
            LtcCatalogue.class,
            HuaweiProcess.class,
            ProcessLevel.class,
            OperatingRhythm.class)) {
      tester.testAllPublicConstructors(type);
      tester.testAllPublicStaticMethods(type);
    }
    tester.testAllPublicInstanceMethods(established());
    tester.testAllPublicInstanceMethods(LTC);
    tester.testAllPublicInstanceMethods(LTC.card(LtcCatalogue.MANAGE_LEADS).orElseThrow());
    tester.testAllPublicInstanceMethods(ProcessCard.builder());
    tester.testAllPublicInstanceMethods(AdaptationRights.of(OrganisationLevel.REGION));
    tester.testAllPublicInstanceMethods(approval(VERIFY, 1));
    tester.testAllPublicInstanceMethods(
        HeadquartersRequirements.of(LTC.card(LtcCatalogue.MANAGE_LEADS).orElseThrow()));
    tester.testAllPublicInstanceMethods(ProcessLevel.L3);
    tester.testAllPublicInstanceMethods(OperatingRhythm.standard());
  }

  @Test
  @DisplayName("process values are equal exactly when all their parts are")
  void equality() {
    ProcessCard verify = LTC.card(VERIFY).orElseThrow();
    new EqualsTester()
        .addEqualityGroup(ProcessId.of("LTC.ML"), LtcCatalogue.MANAGE_LEADS)
        .addEqualityGroup(ProcessId.of("LTC.MO"))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(Position.of("lead manager"), new Position("lead manager"))
        .addEqualityGroup(Position.of("nurturing owner"))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(Department.SALES_MANAGEMENT, Department.of("sales management department"))
        .addEqualityGroup(Department.of("finance department"))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(verify, ProcessCard.builder().from(verify).build())
        .addEqualityGroup(redescribed(verify, "Verify it."))
        .addEqualityGroup(ProcessCard.builder().from(verify).addOutputs("x").build())
        .addEqualityGroup(
            ProcessCard.builder().from(verify).addMetrics(KpiId.of("win-rate")).build())
        .addEqualityGroup(
            ProcessCard.builder().from(verify).ownerRole(Position.of("someone else")).build())
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            KeyControlPoint.of("lead validation", "Q1-Q3", RuleId.D2_5),
            new KeyControlPoint("lead validation", "Q1-Q3", Optional.of(RuleId.of("D2.5"))))
        .addEqualityGroup(KeyControlPoint.of("lead validation", "Q1-Q3"))
        .addEqualityGroup(KeyControlPoint.of("lead validation", "Q1 only", RuleId.D2_5))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            KeyDecisionPoint.of(Gate.ATB),
            new KeyDecisionPoint(
                "ATB", "approve to bid", KeyDecisionPoint.GATE_AUTHORITY, Optional.of(Gate.ATB)))
        .addEqualityGroup(KeyDecisionPoint.of(Gate.ATC))
        .addEqualityGroup(
            KeyDecisionPoint.of("ATB", "approve to bid", KeyDecisionPoint.GATE_AUTHORITY))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(LTC, LtcCatalogue.standard(), ProcessCatalogue.of(LTC.cards()))
        .addEqualityGroup(
            established()
                .adapt(
                    VALIDATE_ACTIVITY,
                    ProcessChange.add(child(LTC.card(VALIDATE_ACTIVITY).orElseThrow(), "T")),
                    OrganisationLevel.REPRESENTATIVE_OFFICE,
                    day(1))
                .state()
                .catalogue())
        .addEqualityGroup(
            ProcessCatalogue.of(List.of(card("R", ProcessLevel.L1, Optional.empty()).build())))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            AdaptationRights.of(OrganisationLevel.REGION),
            new AdaptationRights(OrganisationLevel.REGION, Set.of(ProcessLevel.L4), true, true))
        .addEqualityGroup(AdaptationRights.of(OrganisationLevel.AREA))
        .addEqualityGroup(AdaptationRights.of(OrganisationLevel.REPRESENTATIVE_OFFICE))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            approval(VERIFY, 1), new CompanyApproval("CA-2026-1", VERIFY, APPROVER, day(1)))
        .addEqualityGroup(approval(VERIFY, 2))
        .addEqualityGroup(approval(VALIDATE_ACTIVITY, 1))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            HeadquartersRequirements.of(verify),
            new HeadquartersRequirements(Set.of(), Set.of(), Set.of()))
        .addEqualityGroup(
            HeadquartersRequirements.of(LTC.card(LtcCatalogue.MANAGE_LEADS).orElseThrow()))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(ProcessChange.revise(verify), new ReviseCard(verify))
        .addEqualityGroup(ProcessChange.add(verify))
        .addEqualityGroup(ProcessChange.retire(), new RetireProcess())
        .testEquals();
    Adaptation adaptation =
        new Adaptation(
            VERIFY,
            ProcessChange.revise(verify),
            OrganisationLevel.REGION,
            Optional.of(approval(VERIFY, 1)),
            day(2));
    new EqualsTester()
        .addEqualityGroup(
            adaptation,
            new Adaptation(
                VERIFY,
                ProcessChange.revise(verify),
                OrganisationLevel.REGION,
                Optional.of(approval(VERIFY, 1)),
                day(2)))
        .addEqualityGroup(
            new Adaptation(
                VERIFY,
                ProcessChange.revise(verify),
                OrganisationLevel.AREA,
                Optional.of(approval(VERIFY, 1)),
                day(2)))
        .addEqualityGroup(
            new Adaptation(
                VERIFY,
                ProcessChange.revise(verify),
                OrganisationLevel.REGION,
                Optional.empty(),
                day(2)))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            new ProcessAdapted(LtcCatalogue.LEAD_TO_CASH, 2, adaptation),
            new ProcessAdapted(LtcCatalogue.LEAD_TO_CASH, 2, adaptation))
        .addEqualityGroup(new ArchitectureEstablished(LtcCatalogue.LEAD_TO_CASH, 1, LTC, day(0)))
        .addEqualityGroup(new ArchitectureEstablished(LtcCatalogue.LEAD_TO_CASH, 1, LTC, day(1)))
        .testEquals();
    ProcessArchitecture ltc = established();
    new EqualsTester()
        .addEqualityGroup(ltc, established())
        .addEqualityGroup(
            ltc.adapt(
                    VERIFY,
                    ProcessChange.revise(redescribed(cardOf(ltc, VERIFY), "Here.")),
                    OrganisationLevel.REGION,
                    approval(VERIFY, 1),
                    day(2))
                .state())
        .addEqualityGroup(
            ltc.adapt(
                    VERIFY,
                    ProcessChange.revise(redescribed(cardOf(ltc, VERIFY), "Here.")),
                    OrganisationLevel.HEADQUARTERS,
                    day(2))
                .state())
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(OperatingRhythm.standard(), OperatingRhythm.standard())
        .addEqualityGroup(
            new OperatingRhythm(
                Department.of("sales operations"),
                List.of(Meeting.values()),
                List.of(SalesTable.values()),
                List.of(Watch.values())))
        .testEquals();
  }
}
