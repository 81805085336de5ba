package org.leadtocash.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leadtocash.examples.LeadToCashStory.ADVANCE;
import static org.leadtocash.examples.LeadToCashStory.CONTRACT;
import static org.leadtocash.examples.LeadToCashStory.EMERALD;
import static org.leadtocash.examples.LeadToCashStory.EQUIPMENT;
import static org.leadtocash.examples.LeadToCashStory.INSTALLATION;
import static org.leadtocash.examples.LeadToCashStory.INV_ADVANCE;
import static org.leadtocash.examples.LeadToCashStory.INV_EQUIPMENT;
import static org.leadtocash.examples.LeadToCashStory.INV_INSTALLATION;
import static org.leadtocash.examples.LeadToCashStory.LEAD;
import static org.leadtocash.examples.LeadToCashStory.OPPORTUNITY;
import static org.leadtocash.examples.LeadToCashStory.PENALTY;
import static org.leadtocash.examples.LeadToCashStory.REPORT_DATE;
import static org.leadtocash.examples.LeadToCashStory.WANG_NURTURER;
import static org.leadtocash.examples.LeadToCashStory.ZHANG_AR;
import static org.leadtocash.examples.LeadToCashStory.ZHOU_FR;
import static org.leadtocash.examples.LeadToCashStory.cny;
import static org.leadtocash.examples.LeadToCashStory.on;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.leadtocash.domain.common.DomainException;
import org.leadtocash.domain.common.IllegalTransitionException;
import org.leadtocash.domain.common.OrganisationLevel;
import org.leadtocash.domain.common.RuleId;
import org.leadtocash.domain.common.RuleViolationException;
import org.leadtocash.domain.common.Transition;
import org.leadtocash.domain.contract.AgeingBucket;
import org.leadtocash.domain.contract.Contract;
import org.leadtocash.domain.contract.ContractEvent;
import org.leadtocash.domain.contract.ContractStatus;
import org.leadtocash.domain.contract.ReceivableLine;
import org.leadtocash.domain.contract.ReceivablesReport;
import org.leadtocash.domain.contract.RiskKind;
import org.leadtocash.domain.lead.Lead;
import org.leadtocash.domain.lead.LeadConversion;
import org.leadtocash.domain.lead.LeadMaturity;
import org.leadtocash.domain.lead.LeadPriority;
import org.leadtocash.domain.lead.LeadSource;
import org.leadtocash.domain.lead.LeadStatus;
import org.leadtocash.domain.lead.NurturingRecord;
import org.leadtocash.domain.lead.NurturingStep;
import org.leadtocash.domain.lead.ReviewOutcome;
import org.leadtocash.domain.lead.ValidationCriterion;
import org.leadtocash.domain.lead.ValidationReport;
import org.leadtocash.domain.opportunity.AwardSplit;
import org.leadtocash.domain.opportunity.Gate;
import org.leadtocash.domain.opportunity.GateDecision;
import org.leadtocash.domain.opportunity.Opportunity;
import org.leadtocash.domain.opportunity.OpportunityEvent;
import org.leadtocash.domain.opportunity.OpportunityOutcome;
import org.leadtocash.domain.opportunity.OpportunityStatus;
import org.leadtocash.domain.opportunity.SalesPhase;
import org.leadtocash.domain.opportunity.Verdict;
import org.leadtocash.domain.team.CoreRole;
import org.leadtocash.domain.team.MemberSource;
import org.leadtocash.domain.team.StaffingReport;

/**
 * The lead-to-cash story of the tour, narrated with an assertion at every step (DOMAIN D1.5: ML →
 * MO → MCE, with the iron triangle of D4).
 */
@DisplayName("Lead to cash: North Mobile's backbone upgrade, from budget line to cash")
class LeadToCashScenarioTest {

  @Test
  void fromBudgetLineToCash() {
    // D2.2–D2.4: a mature lead from the customer's budget table, submitted to the lead manager.
    Lead lead = LeadToCashStory.leadFromBudgetTable().state();
    assertEquals(LEAD, lead.id());
    assertEquals(LeadSource.CUSTOMER_BUDGET_TABLE, lead.profile().source());
    assertEquals(LeadMaturity.MATURE, lead.maturity(), "a budget makes a mature lead (D2.3)");
    assertEquals(LeadStatus.SUBMITTED, lead.status());

    // D2.5: every criterion answered; Q1 passes, one Q3 criterion fails with its reason.
    lead = LeadToCashStory.validate(lead).state();
    ValidationReport report = lead.validation().orElseThrow();
    assertTrue(report.isComplete());
    assertTrue(report.passed());
    assertEquals(ValidationCriterion.values().length, report.results().size());
    assertEquals(
        List.of(ValidationCriterion.COACH_READY),
        report.shortfalls().stream().map(r -> r.criterion()).toList());
    assertTrue(report.shortfalls().get(0).reason().contains("no coach"));
    assertEquals(LeadPriority.HIGH, report.priority());
    assertEquals(ReviewOutcome.CONVERT, lead.recommendation().orElseThrow());

    // D2.6: the nurturing path, every step in order, recorded by the nurturing owner.
    lead = LeadToCashStory.nurture(lead).state();
    assertEquals(WANG_NURTURER, lead.nurturingOwner().orElseThrow());
    assertEquals(
        Arrays.asList(NurturingStep.values()),
        lead.nurturingHistory().stream().map(NurturingRecord::step).toList());
    assertTrue(lead.isHandedOver());

    // D2.7: conversion opens the opportunity, linked both ways; the lead then refuses everything.
    LeadConversion conversion = LeadToCashStory.convert(lead);
    lead = conversion.lead().state();
    Opportunity opportunity = conversion.opportunity().state();
    assertEquals(LeadStatus.CONVERTED, lead.status());
    assertEquals(OPPORTUNITY, lead.opportunity().orElseThrow());
    assertEquals(LEAD, opportunity.sourceLead().orElseThrow());
    assertEquals(cny(12_000_000), opportunity.amount(), "the budget becomes the amount");
    Lead converted = lead;
    IllegalTransitionException refused =
        assertThrows(
            IllegalTransitionException.class,
            () -> converted.nurture(WANG_NURTURER, on(LocalDate.of(2026, 2, 4))));
    assertEquals(RuleId.of("D2.7"), refused.rule());

    // D4.3–D4.4: a medium system department holds AR and SR; the FR comes from the office's pool.
    StaffingReport staffing = LeadToCashStory.staffTriangle();
    assertTrue(staffing.isComplete());
    assertEquals(ZHANG_AR, staffing.triangle().member(CoreRole.AR).orElseThrow().employee());
    assertEquals(
        new MemberSource.Pooled(OrganisationLevel.REPRESENTATIVE_OFFICE),
        staffing.resolution(CoreRole.FR).source().orElseThrow(),
        "the office's resource centre is searched before the region's pool");
    assertEquals(ZHOU_FR, staffing.triangle().member(CoreRole.FR).orElseThrow().employee());

    // D3.2, D4.1: verified with delivery, triangle complete: ready for ATI.
    opportunity = LeadToCashStory.verify(opportunity, staffing).state();
    assertTrue(opportunity.readiness(Gate.ATI).isReady());
    assertTrue(opportunity.isHilltop());
    assertTrue(opportunity.competitors().contains(EMERALD));

    // D3.2: ATI, ATB (with a condition) and ATC, strictly in order, by the region.
    opportunity = LeadToCashStory.passAti(opportunity).state();
    assertTrue(opportunity.passed(Gate.ATI));
    assertEquals(SalesPhase.DEVELOP_SOLUTION, opportunity.phase());
    assertFalse(opportunity.readiness(Gate.ATC).isReady());
    opportunity = LeadToCashStory.passAtb(opportunity).state();
    GateDecision atb = opportunity.latestDecision(Gate.ATB).orElseThrow();
    assertEquals(Verdict.APPROVED_WITH_CONDITIONS, atb.verdict());
    assertEquals(OrganisationLevel.REGION, atb.authority().level());
    assertEquals(SalesPhase.BID, opportunity.phase());
    opportunity = LeadToCashStory.passAtc(opportunity).state();
    GateDecision atc = opportunity.contractApproval().orElseThrow();
    assertEquals(Gate.ATC, atc.gate());
    assertEquals(SalesPhase.NEGOTIATE, opportunity.phase());

    // D3.5: won against Emerald Networks, three quarters to us.
    Transition<Opportunity, OpportunityEvent> won = LeadToCashStory.win(opportunity);
    Opportunity wonOpportunity = won.state();
    assertEquals(OpportunityStatus.WON, wonOpportunity.status());
    AwardSplit split =
        ((OpportunityOutcome.Won) wonOpportunity.outcome().orElseThrow()).split().orElseThrow();
    assertEquals(0, new BigDecimal("0.75").compareTo(split.ourShare().value().orElseThrow()));
    assertEquals(0, new BigDecimal("0.25").compareTo(split.shareOf(EMERALD).value().orElseThrow()));
    Transition<Opportunity, OpportunityEvent> history =
        conversion
            .opportunity()
            .then(o -> LeadToCashStory.verify(o, staffing))
            .then(LeadToCashStory::passAti)
            .then(LeadToCashStory::passAtb)
            .then(LeadToCashStory::passAtc)
            .then(LeadToCashStory::win);
    assertEquals(wonOpportunity, history.state());
    assertEquals(wonOpportunity, Opportunity.replay(history.events()), "replay rebuilds it");
    assertEquals(history.events().size(), wonOpportunity.version());

    // D5.4: the uncapped penalty is flagged before signature, and signing waits for its acceptance.
    Contract drafted = LeadToCashStory.draftContract().state();
    assertEquals(ContractStatus.DRAFTED, drafted.status());
    assertEquals(
        List.of(RiskKind.UNCAPPED_PENALTY),
        drafted.riskReport().unaccepted().stream().map(f -> f.kind()).toList());
    assertEquals(PENALTY, drafted.riskReport().unaccepted().get(0).clause());
    RuleViolationException mine =
        assertThrows(RuleViolationException.class, () -> drafted.sign(atc, on(REPORT_DATE)));
    assertEquals(RuleId.of("D5.4"), mine.rule());

    // D5.1: signed under ATC only; registered and handed over, which yields the fulfilment plan.
    Transition<Contract, ContractEvent> contract =
        LeadToCashStory.draftContract().then(c -> LeadToCashStory.sign(c, atc));
    assertEquals(ContractStatus.SIGNED, contract.state().status());
    assertTrue(contract.state().riskReport().isClear());
    contract = contract.then(LeadToCashStory::handOver);
    assertEquals(ContractStatus.EXECUTING, contract.state().status());
    assertEquals(ZHOU_FR, contract.state().fulfilmentPlan().orElseThrow().deliveryManager());
    assertEquals(4, contract.state().fulfilmentPlan().orElseThrow().milestones().size());

    // D5.3: invoiced and collected; at the report date one invoice is overdue, one partly paid.
    contract = contract.then(LeadToCashStory::invoiceAndCollect);
    ReceivablesReport receivables = contract.state().receivables(REPORT_DATE);
    ReceivableLine advance = line(receivables, INV_ADVANCE);
    ReceivableLine equipment = line(receivables, INV_EQUIPMENT);
    ReceivableLine installation = line(receivables, INV_INSTALLATION);
    assertEquals(ADVANCE, advance.milestone());
    assertTrue(advance.outstanding().isZero(), "the advance is paid in full");
    assertEquals(EQUIPMENT, equipment.milestone());
    assertTrue(equipment.isOverdue());
    assertEquals(36, equipment.daysOverdue(), "due 15 October, read on 20 November");
    assertEquals(AgeingBucket.DAYS_31_60, equipment.bucket());
    assertEquals(INSTALLATION, installation.milestone());
    assertEquals(cny(400_000), installation.paid());
    assertEquals(cny(500_000), installation.outstanding(), "partly paid");
    assertFalse(installation.isOverdue());
    assertEquals(cny(4_100_000), receivables.totalOutstanding());
    assertEquals(cny(3_600_000), receivables.totalOverdue());
    assertEquals(cny(3_600_000), receivables.byBucket().get(AgeingBucket.DAYS_31_60));
    assertEquals(cny(500_000), receivables.byBucket().get(AgeingBucket.CURRENT));
    Contract beforeAcceptance = contract.state();
    DomainException notSettled =
        assertThrows(
            DomainException.class,
            () -> beforeAcceptance.close(on(REPORT_DATE)),
            "a contract is not closed before acceptance and full collection");
    assertTrue(notSettled.getMessage().contains(CONTRACT.toString()));

    // D5.1, D5.3: accepted, the acceptance milestone invoiced, everything collected, closed.
    contract = contract.then(LeadToCashStory::acceptAndClose);
    Contract closed = contract.state();
    assertEquals(ContractStatus.CLOSED, closed.status());
    assertEquals(cny(9_000_000), closed.invoiced());
    assertEquals(cny(9_000_000), closed.collected());
    assertTrue(closed.outstanding().isZero());
    assertEquals(closed, Contract.replay(contract.events()), "replay rebuilds the contract");
    assertEquals(contract.events().size(), closed.version());
  }

  private static ReceivableLine line(ReceivablesReport report, Object invoice) {
    return report.lines().stream()
        .filter(l -> l.invoice().equals(invoice))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no receivable line for " + invoice));
  }
}
