package org.leadtocash.examples;

import static org.leadtocash.examples.LeadToCashStory.REPORT_DATE;

import com.google.errorprone.annotations.FormatMethod;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.joda.money.Money;
import org.leadtocash.domain.common.AccessDeniedException;
import org.leadtocash.domain.common.DomainException;
import org.leadtocash.domain.common.EmployeeId;
import org.leadtocash.domain.common.Transition;
import org.leadtocash.domain.contract.AgeingBucket;
import org.leadtocash.domain.contract.Contract;
import org.leadtocash.domain.contract.ContractEvent;
import org.leadtocash.domain.contract.FulfilmentPlan;
import org.leadtocash.domain.contract.PaymentMilestone;
import org.leadtocash.domain.contract.ReceivableLine;
import org.leadtocash.domain.contract.ReceivablesReport;
import org.leadtocash.domain.contract.RiskFinding;
import org.leadtocash.domain.customer.Customer;
import org.leadtocash.domain.customer.GradingStep;
import org.leadtocash.domain.lead.CriterionResult;
import org.leadtocash.domain.lead.Lead;
import org.leadtocash.domain.lead.LeadConversion;
import org.leadtocash.domain.lead.LeadEvent;
import org.leadtocash.domain.lead.NurturingRecord;
import org.leadtocash.domain.lead.ValidationReport;
import org.leadtocash.domain.opportunity.AwardSplit;
import org.leadtocash.domain.opportunity.Gate;
import org.leadtocash.domain.opportunity.GateDecision;
import org.leadtocash.domain.opportunity.Opportunity;
import org.leadtocash.domain.opportunity.OpportunityEvent;
import org.leadtocash.domain.opportunity.OpportunityOutcome;
import org.leadtocash.domain.opportunity.PrerequisiteCheck;
import org.leadtocash.domain.opportunity.SalesPhase;
import org.leadtocash.domain.relationship.ChainCoverageReport;
import org.leadtocash.domain.relationship.ChainRisk;
import org.leadtocash.domain.relationship.DecisionRole;
import org.leadtocash.domain.relationship.KeyRelationship;
import org.leadtocash.domain.relationship.KeyRelationshipEvent;
import org.leadtocash.domain.relationship.LevelSince;
import org.leadtocash.domain.relationship.PersonCoverage;
import org.leadtocash.domain.relationship.PowerMap;
import org.leadtocash.domain.relationship.RelationshipCards;
import org.leadtocash.domain.relationship.Stance;
import org.leadtocash.domain.team.CoreRole;
import org.leadtocash.domain.team.StaffingReport;
import org.leadtocash.domain.voice.CustomerIssue;
import org.leadtocash.domain.voice.IssueEvent;
import org.leadtocash.metrics.dashboard.Dashboard;
import org.leadtocash.metrics.dashboard.OrganisationDashboard;
import org.leadtocash.metrics.efficiency.Waterfall;

/**
 * README command 1: prints the {@link LeadToCashStory} step by step, as a salesperson would follow
 * it — from a line in the customer's budget table to the cash in the bank.
 */
public final class LeadToCashTour {

  private final PrintStream out;
  private int chapters;

  private LeadToCashTour(PrintStream out) {
    this.out = out;
  }

  /**
   * Prints the tour to standard output.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(new PrintStream(System.out, true, StandardCharsets.UTF_8));
  }

  /**
   * Prints the tour.
   *
   * @param out where to print; not null
   */
  public static void run(PrintStream out) {
    new LeadToCashTour(out).tell();
  }

  private void tell() {
    out.println("LEAD TO CASH — one story, from a budget line to the cash (DOMAIN D1.5)");

    chapter("A lead from the customer's budget table (D2.2, D2.3, D2.4)");
    Lead lead = LeadToCashStory.leadFromBudgetTable().state();
    say("%s '%s' for %s", lead.id(), lead.profile().title(), lead.profile().customer());
    say(
        "source %s, budget %s → a %s lead",
        lead.profile().source(), money(lead.budget().orElseThrow()), lead.maturity());
    say(
        "created by %s, submitted to lead manager %s",
        lead.creator(), lead.leadManager().orElseThrow());

    chapter("The validation KCP at the weekly lead review (D2.5)");
    lead = LeadToCashStory.validate(lead).state();
    ValidationReport report = lead.validation().orElseThrow();
    for (CriterionResult result : report.results()) {
      say("%s", result);
    }
    say(
        "KCP %s, priority %s, recommended: %s",
        report.passed() ? "PASSED" : "FAILED",
        report.priority(),
        lead.recommendation().map(Enum::name).orElse("-"));

    chapter("Nurturing, step by step (D2.6)");
    Transition<Lead, LeadEvent> nurtured = LeadToCashStory.nurture(lead);
    lead = nurtured.state();
    say("nurturing owner %s", lead.nurturingOwner().orElseThrow());
    for (NurturingRecord record : lead.nurturingHistory()) {
      say("%s  %-30s %s", date(record.at()), record.step(), record.note());
    }

    chapter("Conversion into an opportunity (D2.7)");
    LeadConversion conversion = LeadToCashStory.convert(lead);
    lead = conversion.lead().state();
    Opportunity opportunity = conversion.opportunity().state();
    say(
        "lead %s is %s → opportunity %s (source lead %s)",
        lead.id(),
        lead.status(),
        lead.opportunity().orElseThrow(),
        opportunity.sourceLead().orElseThrow());
    say(
        "amount %s, owner %s, phase %s",
        money(opportunity.amount()), opportunity.owner(), opportunity.phase());
    try {
      var unused = lead.close("too late", conversion.lead().events().get(0).occurredAt());
    } catch (DomainException refused) {
      say("closing it now is refused: %s", refused.getMessage());
    }

    customer();

    chapter("The iron triangle is staffed (D4.1, D4.3, D4.4)");
    StaffingReport staffing = LeadToCashStory.staffTriangle();
    for (CoreRole role : CoreRole.values()) {
      say("%s", staffing.resolution(role));
    }
    say("sponsor %s; complete: %s", staffing.triangle().sponsor(), staffing.isComplete());

    chapter("Verification, then ATI — approve to initiate (D3.2)");
    opportunity = LeadToCashStory.verify(opportunity, staffing).state();
    for (PrerequisiteCheck check : opportunity.readiness(Gate.ATI).checks()) {
      say("%s", check);
    }
    say(
        "competitor %s; hilltop project, light %s",
        opportunity.competitors(), opportunity.trafficLight().orElseThrow());
    opportunity = LeadToCashStory.passAti(opportunity).state();
    decision(opportunity, Gate.ATI);

    chapter("ATB — approve to bid (D3.2)");
    opportunity = LeadToCashStory.passAtb(opportunity).state();
    decision(opportunity, Gate.ATB);

    relationships();

    chapter("Won against Emerald Networks (D3.5)");
    Transition<Opportunity, OpportunityEvent> won = LeadToCashStory.win(opportunity);
    opportunity = won.state();
    OpportunityOutcome.Won outcome = (OpportunityOutcome.Won) opportunity.outcome().orElseThrow();
    AwardSplit split = outcome.split().orElseThrow();
    say(
        "%s: ours %s (%s)",
        opportunity.status(), money(split.ours()), percent(split.ourShare().value()));
    split
        .competitors()
        .forEach(
            (competitor, amount) ->
                say(
                    "%s: %s (%s)",
                    competitor, money(amount), percent(split.shareOf(competitor).value())));

    chapter("ATC — approve to contract, after the award (D3.2, D3.5)");
    opportunity = LeadToCashStory.passAtc(opportunity).state();
    decision(opportunity, Gate.ATC);
    for (SalesPhase phase : SalesPhase.values()) {
      say(
          "days in %-18s %3d",
          phase, opportunity.timeIn(phase, opportunity.endedAt().orElseThrow()).toDays());
    }

    chapter("The contract: risk review, signature (D5.1, D5.4)");
    Transition<Contract, ContractEvent> history = LeadToCashStory.draftContract();
    Contract contract = history.state();
    for (RiskFinding finding : contract.riskReport().findings()) {
      say("flagged before signature: %s", finding);
    }
    GateDecision atc = opportunity.contractApproval().orElseThrow();
    history = history.then(c -> LeadToCashStory.sign(c, atc));
    contract = history.state();
    say(
        "risk accepted by legal; %s %s under ATC of %s",
        contract.id(), contract.status(), atc.decidedOn());

    chapter("Registered, handed over, executing (D5.1)");
    history = history.then(LeadToCashStory::handOver);
    contract = history.state();
    FulfilmentPlan plan = contract.fulfilmentPlan().orElseThrow();
    say(
        "delivery project %s, delivery manager %s, status %s",
        plan.deliveryProject(), plan.deliveryManager(), contract.status());
    for (PaymentMilestone milestone : plan.milestones()) {
      say(
          "milestone %-28s %16s due %s %s",
          milestone.name(), money(milestone.amount()), milestone.dueOn(), milestone.trigger());
    }

    complaint();

    chapter("Invoiced and collected; receivables on " + REPORT_DATE + " (D5.3)");
    history = history.then(LeadToCashStory::invoiceAndCollect);
    contract = history.state();
    ReceivablesReport receivables = contract.receivables(REPORT_DATE);
    for (ReceivableLine line : receivables.lines()) {
      say(
          "%s %-16s invoiced %16s paid %16s outstanding %16s due %s  %s",
          line.invoice(),
          line.milestone(),
          money(line.invoiced()),
          money(line.paid()),
          money(line.outstanding()),
          line.dueOn(),
          status(line));
    }
    say(
        "outstanding %s, of which overdue %s",
        money(receivables.outstanding()), money(receivables.overdue()));
    for (Map.Entry<AgeingBucket, Money> bucket : receivables.byBucket().entrySet()) {
      say("ageing %-11s %16s", bucket.getKey(), money(bucket.getValue()));
    }

    chapter("The numbers: the Beijing office's four watches on " + REPORT_DATE + " (D1.6, D12)");
    Transition<KeyRelationship, KeyRelationshipEvent> cto = RelationshipStory.ctoRelationship();
    List<Opportunity> office = List.of(opportunity, DashboardStory.eastTelecomCore());
    Dashboard dashboard =
        DashboardStory.dashboard(
            lead,
            office,
            contract,
            List.of(CustomerStory.escalatedComplaint().state()),
            RelationshipStory.decisionChain()
                .coverage(RelationshipStory.levels(cto.state()), true));
    for (String line : dashboard.render().split("\\n")) {
      say("%s", line);
    }
    say("the win rate rolled up, office → region → area (D9.5):");
    DashboardStory.winRateRollUp(List.of(opportunity))
        .values()
        .forEach((unit, rate) -> say("  %-17s %s", unit, rate));
    say("the four watches rolled up to the China area, office → region → area (D1.6, D9.5):");
    OrganisationDashboard organisation = DashboardStory.organisationDashboard(office);
    for (String line : organisation.dashboard(DashboardStory.CHINA).render().split("\\n")) {
      say("%s", line);
    }
    say("the funnel, as Mermaid text:");
    mermaid(DashboardStory.funnel(office).toMermaid());
    Waterfall waterfall = DashboardStory.waterfall();
    say(
        "the sales-loss waterfall of the office's market (D11.5): sales %s of %s; efficiency loss"
            + " %s, effectiveness loss %s",
        money(waterfall.sales()),
        money(waterfall.total()),
        money(waterfall.efficiencyLoss()),
        money(waterfall.effectivenessLoss()));
    mermaid(waterfall.toMermaid());

    chapter("Accepted by the customer, collected in full, closed (D5.1, D5.3)");
    Transition<Contract, ContractEvent> closed = history.then(LeadToCashStory::acceptAndClose);
    contract = closed.state();
    say(
        "invoiced %s, collected %s, outstanding %s",
        money(contract.invoiced()), money(contract.collected()), money(contract.outstanding()));
    say(
        "%s is %s; version %d: the host stores its events (replay rebuilds it) or a snapshot",
        contract.id(), contract.status(), contract.version());
    say(
        "replaying its %d events gives the same contract: %s",
        closed.events().size(), Contract.replay(closed.events()).equals(contract));
  }

  private void customer() {
    chapter("North Mobile in our portfolio: graded, ranked, valued (D6.2–D6.5)");
    Customer northMobile = CustomerStory.gradeNorthMobile().state();
    say("%s", northMobile.summary());
    say(
        "grading steps done: %s",
        northMobile.completedSteps().stream().map(GradingStep::label).toList());
    say("the office's portfolio by value (D6.4):");
    for (String line : CustomerStory.pyramid().toString().split("\n")) {
      say("  %s", line);
    }
    say("total value of North Mobile (D6.5):");
    for (String line : CustomerStory.northMobileTotalValue().toString().split("\n")) {
      say("  %s", line);
    }
  }

  private void complaint() {
    chapter("A complaint during delivery, escalated and closed (D8.2)");
    Transition<CustomerIssue, IssueEvent> issue = CustomerStory.escalatedComplaint();
    for (IssueEvent event : issue.events()) {
      say("%s  %s", date(event.occurredAt()), event.getClass().getSimpleName());
    }
    say("%s", issue.state());
  }

  private void relationships() {
    chapter("The buying centre behind the decision (D7.2–D7.5, D7.8, D7.10)");
    Transition<KeyRelationship, KeyRelationshipEvent> cto = RelationshipStory.ctoRelationship();
    ChainCoverageReport coverage =
        RelationshipStory.decisionChain().coverage(RelationshipStory.levels(cto.state()), true);
    for (PersonCoverage person : coverage.people()) {
      say("%s", person);
    }
    say(
        "roles mapped %d of %d; supporters %d, neutrals %d, opponents %d; coach: %s",
        coverage.mappedRoles().size(),
        DecisionRole.values().length,
        coverage.count(Stance.SUPPORTER),
        coverage.count(Stance.NEUTRAL),
        coverage.count(Stance.OPPONENT),
        coverage.hasCoach() ? "yes" : "MISSING");
    for (ChainRisk risk : coverage.risks()) {
      say("risk: %s", risk);
    }
    say("our relationship with the CTO, level by level (D7.4):");
    for (LevelSince level : cto.state().levelHistory()) {
      say("  %-26s since %s", level.level().label(), date(level.since()));
    }
    say("playbook now: %s", cto.state().playbook().orElse("-"));
    RelationshipStory.pathToPresident()
        .ifPresent(path -> say("the way to the president (D7.10): %s", path));
    RelationshipCards cards = RelationshipStory.cards(cto.state());
    for (EmployeeId reader : RelationshipStory.readers()) {
      try {
        boolean found =
            cards.read(RelationshipStory.CTO, reader, RelationshipStory.organisation()).isPresent();
        say("the CTO's card read by %s: %s", reader, found ? "allowed" : "no card");
      } catch (AccessDeniedException denied) {
        say("the CTO's card read by %s: %s", reader, denied.getMessage());
      }
    }
    say("the power map, as Mermaid text:");
    mermaid(
        PowerMap.toMermaid(
            RelationshipStory.decisionChain(), RelationshipStory.levels(cto.state())));
  }

  private void mermaid(String text) {
    for (String line : text.strip().split("\\n")) {
      out.println("      " + line);
    }
  }

  private static String status(ReceivableLine line) {
    if (line.outstanding().isZero()) {
      return "settled";
    }
    return line.isOverdue()
        ? "OVERDUE " + line.daysOverdue() + " days, ageing bucket " + line.bucket()
        : "not yet due";
  }

  private void decision(Opportunity opportunity, Gate gate) {
    GateDecision decision = opportunity.latestDecision(gate).orElseThrow();
    say(
        "%s %s on %s by %s (%s): %s%s",
        gate,
        decision.verdict(),
        decision.decidedOn(),
        decision.authority().decider(),
        decision.authority().level(),
        decision.rationale(),
        decision.conditions().isEmpty() ? "" : "; conditions " + decision.conditions());
    say("now in phase %s", opportunity.phase());
  }

  private void chapter(String title) {
    chapters++;
    out.println();
    out.println(chapters + ". " + title);
  }

  @FormatMethod
  private void say(String format, Object... args) {
    out.println("   " + String.format(Locale.ROOT, format, args));
  }

  private static String money(Money money) {
    return money.getCurrencyUnit().getCode()
        + " "
        + String.format(Locale.ROOT, "%,.2f", money.getAmount());
  }

  private static String percent(Optional<BigDecimal> value) {
    return value
        .map(v -> v.movePointRight(2).stripTrailingZeros().toPlainString() + "%")
        .orElse("n/a");
  }

  private static LocalDate date(Instant at) {
    return LocalDate.ofInstant(at, ZoneOffset.UTC);
  }
}
