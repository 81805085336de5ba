package org.leadtocash.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leadtocash.examples.LeadToCashStory.ADVANCE;
import static org.leadtocash.examples.LeadToCashStory.CHEN_SPONSOR;
import static org.leadtocash.examples.LeadToCashStory.CONTRACT;
import static org.leadtocash.examples.LeadToCashStory.EMERALD;
import static org.leadtocash.examples.LeadToCashStory.EQUIPMENT;
import static org.leadtocash.examples.LeadToCashStory.INSTALLATION;
import static org.leadtocash.examples.LeadToCashStory.INV_ADVANCE;
import static org.leadtocash.examples.LeadToCashStory.INV_EQUIPMENT;
import static org.leadtocash.examples.LeadToCashStory.INV_INSTALLATION;
import static org.leadtocash.examples.LeadToCashStory.LEAD;
import static org.leadtocash.examples.LeadToCashStory.NORTH_MOBILE;
import static org.leadtocash.examples.LeadToCashStory.OPPORTUNITY;
import static org.leadtocash.examples.LeadToCashStory.PENALTY;
import static org.leadtocash.examples.LeadToCashStory.REPORT_DATE;
import static org.leadtocash.examples.LeadToCashStory.SUN_SR;
import static org.leadtocash.examples.LeadToCashStory.WANG_NURTURER;
import static org.leadtocash.examples.LeadToCashStory.ZHANG_AR;
import static org.leadtocash.examples.LeadToCashStory.ZHOU_FR;
import static org.leadtocash.examples.LeadToCashStory.cny;
import static org.leadtocash.examples.LeadToCashStory.on;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.leadtocash.domain.common.AccessDeniedException;
import org.leadtocash.domain.common.CustomerId;
import org.leadtocash.domain.common.DomainException;
import org.leadtocash.domain.common.IllegalTransitionException;
import org.leadtocash.domain.common.OrganisationLevel;
import org.leadtocash.domain.common.Rate;
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
import org.leadtocash.domain.customer.Customer;
import org.leadtocash.domain.customer.CustomerCategory;
import org.leadtocash.domain.customer.CustomerGrade;
import org.leadtocash.domain.customer.CustomerTotalValue;
import org.leadtocash.domain.customer.GradingStep;
import org.leadtocash.domain.customer.ValuePyramid;
import org.leadtocash.domain.customer.ValueTier;
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
import org.leadtocash.domain.opportunity.GatePassage;
import org.leadtocash.domain.opportunity.Opportunity;
import org.leadtocash.domain.opportunity.OpportunityEvent;
import org.leadtocash.domain.opportunity.OpportunityOutcome;
import org.leadtocash.domain.opportunity.OpportunityStatus;
import org.leadtocash.domain.opportunity.SalesPhase;
import org.leadtocash.domain.opportunity.Verdict;
import org.leadtocash.domain.process.Watch;
import org.leadtocash.domain.relationship.ChainCoverageReport;
import org.leadtocash.domain.relationship.ChainRisk;
import org.leadtocash.domain.relationship.ChainRiskKind;
import org.leadtocash.domain.relationship.ConnectionPath;
import org.leadtocash.domain.relationship.KeyRelationship;
import org.leadtocash.domain.relationship.KeyRelationshipLevel;
import org.leadtocash.domain.relationship.LevelSince;
import org.leadtocash.domain.relationship.Organisation;
import org.leadtocash.domain.relationship.PlaybookMove;
import org.leadtocash.domain.relationship.PowerMap;
import org.leadtocash.domain.relationship.RelationshipCards;
import org.leadtocash.domain.team.CoreRole;
import org.leadtocash.domain.team.MemberSource;
import org.leadtocash.domain.team.StaffingReport;
import org.leadtocash.domain.voice.CustomerIssue;
import org.leadtocash.domain.voice.IssueStatus;
import org.leadtocash.metrics.Tally;
import org.leadtocash.metrics.dashboard.Dashboard;
import org.leadtocash.metrics.dashboard.Funnel;
import org.leadtocash.metrics.dashboard.FunnelStage;
import org.leadtocash.metrics.dashboard.OrganisationDashboard;
import org.leadtocash.metrics.efficiency.Waterfall;
import org.leadtocash.metrics.rollup.RollUp;

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

    // D3.2: ATI and ATB (with a condition), strictly in order, by the region; each approval
    // moves the opportunity on by itself.
    opportunity = LeadToCashStory.passAti(opportunity).state();
    assertTrue(opportunity.passed(Gate.ATI));
    assertEquals(SalesPhase.DEVELOP_SOLUTION, opportunity.phase());
    assertFalse(opportunity.readiness(Gate.ATC).isReady());
    opportunity = LeadToCashStory.passAtb(opportunity).state();
    GateDecision atb = opportunity.latestDecision(Gate.ATB).orElseThrow();
    assertEquals(Verdict.APPROVED_WITH_CONDITIONS, atb.verdict());
    assertEquals(OrganisationLevel.REGION, atb.authority().level());
    assertEquals(SalesPhase.BID, opportunity.phase());

    // D3.5: won against Emerald Networks, three quarters to us; the award comes before ATC.
    Transition<Opportunity, OpportunityEvent> won = LeadToCashStory.win(opportunity);
    Opportunity wonOpportunity = won.state();
    assertEquals(OpportunityStatus.WON, wonOpportunity.status());
    assertTrue(wonOpportunity.awaitsContractApproval());
    assertEquals(SalesPhase.NEGOTIATE, wonOpportunity.phase());
    AwardSplit split =
        ((OpportunityOutcome.Won) wonOpportunity.outcome().orElseThrow()).split().orElseThrow();
    assertEquals(0, new BigDecimal("0.75").compareTo(split.ourShare().value().orElseThrow()));
    assertEquals(0, new BigDecimal("0.25").compareTo(split.shareOf(EMERALD).value().orElseThrow()));

    // D3.2, D3.5: ATC after the award; the contract can be signed only now.
    Opportunity approved = LeadToCashStory.passAtc(wonOpportunity).state();
    GatePassage atc = approved.contractApproval().orElseThrow();
    assertEquals(Gate.ATC, atc.gate());
    assertEquals(approved.id(), atc.opportunity(), "only the opportunity issues its passage");
    assertEquals(approved.version(), atc.opportunityVersion());
    assertTrue(approved.isEnded());
    Transition<Opportunity, OpportunityEvent> history =
        conversion
            .opportunity()
            .then(o -> LeadToCashStory.verify(o, staffing))
            .then(LeadToCashStory::passAti)
            .then(LeadToCashStory::passAtb)
            .then(LeadToCashStory::win)
            .then(LeadToCashStory::passAtc);
    assertEquals(approved, history.state());
    assertEquals(approved, Opportunity.replay(history.events()), "replay rebuilds it");
    assertEquals(history.events().size(), approved.version());

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

    // D5.1: signed with the passage of ATC only; registered and handed over, which yields the
    // fulfilment plan.
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
    assertEquals(cny(4_100_000), receivables.outstanding());
    assertEquals(cny(3_600_000), receivables.overdue());
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

  @Test
  @DisplayName("the customer: graded A strategic, a key customer of the portfolio, its total value")
  void theCustomer() {
    // D6.3: the grading steps in order; D6.2: grade, category, policy and the yearly review.
    Customer northMobile = CustomerStory.gradeNorthMobile().state();
    assertEquals(CustomerGrade.A, northMobile.grade().orElseThrow());
    assertEquals(CustomerCategory.STRATEGIC, northMobile.category().orElseThrow());
    assertEquals(
        List.of(GradingStep.values()).subList(0, 4), List.copyOf(northMobile.completedSteps()));
    assertFalse(northMobile.isReviewDue(LocalDate.of(2026, 12, 31)));
    assertTrue(northMobile.isReviewDue(LocalDate.of(2027, 1, 8)), "graded 8 January 2026");

    // D6.4: the pyramid ranks by value; the hospital without business still has value (D6.2).
    ValuePyramid pyramid = CustomerStory.pyramid();
    assertEquals(Optional.of(ValueTier.KEY), pyramid.tierOf(NORTH_MOBILE));
    assertEquals(
        List.of(CustomerId.of("CU-EAST-TELECOM"), NORTH_MOBILE), pyramid.customers(ValueTier.KEY));
    assertEquals(Optional.of(ValueTier.GENERAL), pyramid.tierOf(CustomerId.of("CU-CITY-HOSPITAL")));
    assertEquals(6, pyramid.entries().size());

    // D6.5: profit − serving costs + intangible value.
    CustomerTotalValue total = CustomerStory.northMobileTotalValue();
    assertEquals(cny(6_800_000), total.tangibleValue());
    assertEquals(cny(3_600_000), total.intangibleValue());
    assertEquals(cny(10_400_000), total.total());
  }

  @Test
  @DisplayName("the buying centre: every role mapped, the CTO won over, the card kept from peers")
  void theBuyingCentre() {
    // D7.4, D7.5: the CTO's level rises with each assessment, and the history is kept.
    KeyRelationship cto = RelationshipStory.ctoRelationship().state();
    assertEquals(
        List.of(
            KeyRelationshipLevel.CONTACTED,
            KeyRelationshipLevel.FAVOURABLE,
            KeyRelationshipLevel.SUPPORTIVE),
        cto.levelHistory().stream().map(LevelSince::level).toList());

    // D7.2, D7.3: all seven roles mapped, a coach, and the unassessed COO is the only risk.
    ChainCoverageReport coverage =
        RelationshipStory.decisionChain().coverage(RelationshipStory.levels(cto), true);
    assertTrue(coverage.unmappedRoles().isEmpty());
    assertTrue(coverage.hasCoach());
    assertEquals(
        List.of(ChainRiskKind.MANDATORY_POSITION_UNASSESSED),
        coverage.risks().stream().map(ChainRisk::kind).toList());
    assertEquals(
        Optional.of(PlaybookMove.NEUTRALISE),
        coverage.person(RelationshipStory.COO).orElseThrow().move());

    // D7.10: the best way to the president goes through Sun's friend, a school-mate of his.
    ConnectionPath path = RelationshipStory.pathToPresident().orElseThrow();
    assertEquals(2, path.hops());
    assertEquals(RelationshipStory.PRESIDENT, path.to());

    // D7.8: the owner and his manager read the CTO's card; a peer is refused, without the content.
    RelationshipCards cards = RelationshipStory.cards(cto);
    Organisation organisation = RelationshipStory.organisation();
    assertEquals(ZHANG_AR, cards.read(RelationshipStory.CTO, ZHANG_AR, organisation).owner());
    assertEquals(ZHANG_AR, cards.read(RelationshipStory.CTO, CHEN_SPONSOR, organisation).owner());
    AccessDeniedException denied =
        assertThrows(
            AccessDeniedException.class,
            () -> cards.read(RelationshipStory.CTO, SUN_SR, organisation));
    assertEquals(RuleId.of("D7.8"), denied.rule());
    assertFalse(denied.getMessage().contains("marathon"));
    assertFalse(denied.getMessage().contains(ZHANG_AR.value()), "the refusal hides the holder");

    // The power map names positions, never people.
    String map =
        PowerMap.toMermaid(RelationshipStory.decisionChain(), RelationshipStory.levels(cto));
    assertTrue(map.startsWith("flowchart"));
    assertFalse(map.contains("Qian Hua"));
  }

  @Test
  @DisplayName("the complaint during delivery: escalated to the region, marked major, closed")
  void theComplaint() {
    CustomerIssue issue = CustomerStory.escalatedComplaint().state();
    assertEquals(IssueStatus.EVALUATED, issue.status());
    assertEquals(OrganisationLevel.REGION, issue.level());
    assertTrue(issue.isMajor());
    assertEquals(1, issue.escalations().size());
    assertEquals(Optional.of(ZHOU_FR), issue.handler());
  }

  @Test
  @DisplayName("the numbers: funnel, waterfall and the four watches of the office (D1.6, D12)")
  void theNumbers() {
    Opportunity won = LeadToCashStory.leadToWin().state();
    List<Opportunity> office = List.of(won, DashboardStory.eastTelecomCore());
    Funnel funnel = DashboardStory.funnel(office);
    assertEquals(2, funnel.count(FunnelStage.OPENED));
    assertEquals(1, funnel.count(FunnelStage.WON));

    Waterfall waterfall = DashboardStory.waterfall();
    assertEquals(cny(50_000_000), waterfall.total());
    assertEquals(cny(13_000_000), waterfall.sales());
    assertEquals(cny(8_000_000), waterfall.efficiencyLoss(), "not contacted (D11.5)");

    Contract atReportDate =
        LeadToCashStory.draftContract()
            .then(c -> LeadToCashStory.sign(c, won.contractApproval().orElseThrow()))
            .then(LeadToCashStory::handOver)
            .then(LeadToCashStory::invoiceAndCollect)
            .state();
    KeyRelationship cto = RelationshipStory.ctoRelationship().state();
    Dashboard dashboard =
        DashboardStory.dashboard(
            LeadToCashStory.convert(
                    LeadToCashStory.nurture(
                            LeadToCashStory.validate(LeadToCashStory.leadFromBudgetTable().state())
                                .state())
                        .state())
                .lead()
                .state(),
            office,
            atReportDate,
            List.of(CustomerStory.escalatedComplaint().state()),
            RelationshipStory.decisionChain().coverage(RelationshipStory.levels(cto), true));
    assertEquals(3, dashboard.section(Watch.SALES_MANAGEMENT_HEALTH).size());
    assertEquals(2, dashboard.section(Watch.KPI_PROGRESS_AND_GAP).size());
    assertEquals(
        List.of(
            "yellow: OP-2026-044 5G core, eastern provinces, CNY 20,000,000.00, phase: verify the"
                + " opportunity, next gate ATI (approve to initiate)"),
        dashboard.section(Watch.HILLTOP_TRAFFIC_LIGHTS));
    assertEquals(2, dashboard.section(Watch.RISKS_AND_LEGACY_ISSUES).size(), "overdue + chain");

    // D9.5: the win rate rolls up by merging the offices' tallies: 1/1 + 3/5 = 4/6, + 4/10 = 8/16.
    RollUp<Tally, Rate> rollUp = DashboardStory.winRateRollUp(List.of(won));
    assertEquals(Rate.of(4, 6), rollUp.value(DashboardStory.NORTH));
    assertEquals(Rate.of(8, 16), rollUp.value(DashboardStory.CHINA));

    // D1.6 + D9.5: the four watches roll up too. China merges Beijing (won 1 of 1, the yellow
    // hilltop), Tianjin (3 of 5) and Guangzhou (4 of 10, a risk), against 40 + 30 + 50 = 120 M.
    OrganisationDashboard organisation =
        DashboardStory.organisationDashboard(List.of(won, DashboardStory.eastTelecomCore()));
    assertEquals(Rate.of(8, 16), organisation.health(DashboardStory.CHINA).winRate());
    assertEquals(LeadToCashStory.cny(120_000_000), organisation.target(DashboardStory.CHINA));
    assertEquals(LeadToCashStory.cny(70_000_000), organisation.target(DashboardStory.NORTH));
    Dashboard china = organisation.dashboard(DashboardStory.CHINA);
    assertEquals(
        List.of(
            "yellow: OP-2026-044 5G core, eastern provinces, CNY 20,000,000.00, phase: verify the"
                + " opportunity, next gate ATI (approve to initiate)"),
        china.section(Watch.HILLTOP_TRAFFIC_LIGHTS));
    assertEquals(
        List.of(
            "OFFICE-GUANGZHOU: South Grid's tender postponed to 2027: 20 M of pipeline at risk"),
        china.section(Watch.RISKS_AND_LEGACY_ISSUES));
    assertTrue(
        organisation
            .dashboard(DashboardStory.NORTH)
            .section(Watch.RISKS_AND_LEGACY_ISSUES)
            .isEmpty());
    assertEquals(
        8 + 14 + 2, organisation.health(DashboardStory.CHINA).funnel().count(FunnelStage.OPENED));
  }

  private static ReceivableLine line(ReceivablesReport report, Object invoice) {
    return report.lines().stream()
        .filter(l -> l.invoice().equals(invoice))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no receivable line for " + invoice));
  }
}
