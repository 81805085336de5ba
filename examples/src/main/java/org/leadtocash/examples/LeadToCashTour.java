package org.leadtocash.examples;

import static org.leadtocash.examples.LeadToCashStory.REPORT_DATE;

import com.google.errorprone.annotations.FormatMethod;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.joda.money.Money;
import org.leadtocash.domain.common.AccessDeniedException;
import org.leadtocash.domain.common.DomainException;
import org.leadtocash.domain.common.EmployeeId;
import org.leadtocash.domain.common.Figures;
import org.leadtocash.domain.common.Rate;
import org.leadtocash.domain.common.Transition;
import org.leadtocash.domain.contract.AgeingBucket;
import org.leadtocash.domain.contract.Contract;
import org.leadtocash.domain.contract.ContractEvent;
import org.leadtocash.domain.contract.FulfilmentPlan;
import org.leadtocash.domain.contract.InvoiceConfirmed;
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
import org.leadtocash.domain.lead.LeadMaturity;
import org.leadtocash.domain.lead.NurturingRecord;
import org.leadtocash.domain.lead.ReviewOutcome;
import org.leadtocash.domain.lead.ValidationReport;
import org.leadtocash.domain.opportunity.AwardSplit;
import org.leadtocash.domain.opportunity.Gate;
import org.leadtocash.domain.opportunity.GateDecision;
import org.leadtocash.domain.opportunity.GatePassage;
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
import org.leadtocash.domain.voice.HandlingStarted;
import org.leadtocash.domain.voice.IssueAccepted;
import org.leadtocash.domain.voice.IssueClosed;
import org.leadtocash.domain.voice.IssueEscalated;
import org.leadtocash.domain.voice.IssueEvaluated;
import org.leadtocash.domain.voice.IssueEvent;
import org.leadtocash.domain.voice.IssueMarkedMajor;
import org.leadtocash.examples.store.AppendConflictException;
import org.leadtocash.examples.store.JdbcEventStore;
import org.leadtocash.examples.store.JsonCodec;
import org.leadtocash.metrics.dashboard.Dashboard;
import org.leadtocash.metrics.dashboard.OrganisationDashboard;
import org.leadtocash.metrics.efficiency.Waterfall;
import org.leadtocash.planning.allocation.Allocation;
import org.leadtocash.planning.expansion.ExpansionCard;
import org.leadtocash.planning.relationship.CompetitionTarget;
import org.leadtocash.planning.relationship.MarketTargets;
import org.leadtocash.planning.relationship.ProfitMeasure;
import org.leadtocash.planning.relationship.RelationshipPlan;
import org.leadtocash.planning.relationship.RelationshipTarget;
import org.leadtocash.planning.target.CustomerNumber;
import org.leadtocash.planning.target.OfficeTarget;
import org.leadtocash.planning.target.OpportunityPart;

/**
 * README command 1: prints the {@link LeadToCashStory} step by step, as a salesperson would follow
 * it — from a line in the customer's budget table to the cash in the bank.
 */
public final class LeadToCashTour {

  /** How many chapters the tour tells; its first line says so. */
  static final int CHAPTERS = 19;

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
    out.println(
        "The lead-to-cash tour: one sale, from a line in the customer's budget table to the cash in"
            + " the bank, in "
            + CHAPTERS
            + " chapters.");
    out.println(
        "LTC, lead to cash, is Huawei's sales process: manage leads → manage opportunities →"
            + " manage contract execution (DOMAIN D1.5).");
    out.println(
        "Each term is explained where it first appears, and in the README's glossary, \"The words,"
            + " in short\"; (D2.5) and the like are sections of the specification, DOMAIN.md.");

    chapter(
        "A lead from the customer's budget table (D2.2, D2.3, D2.4)",
        "A lead is a customer's possible intention to buy, not yet a sales project: found early —"
            + " here in the customer's own investment budget — it lets the team shape the need"
            + " before the tender is written.");
    Lead lead = LeadToCashStory.leadFromBudgetTable().state();
    say(
        "%s '%s' for the customer %s",
        lead.id(), lead.profile().title(), lead.profile().customer());
    say(
        "source: %s; budget %s → a %s lead (one with a budget; without one it would be %s)",
        lead.profile().source().label(),
        money(lead.budget().orElseThrow()),
        lead.maturity().label(),
        LeadMaturity.EARLY.label());
    say(
        "created by %s, the account manager, and submitted to %s, the lead manager",
        lead.creator(), lead.leadManager().orElseThrow());

    chapter(
        "The validation KCP at the weekly lead review (D2.5)",
        "A KCP, key control point, is a pass/fail business check inside the process. Before anyone"
            + " spends time on the lead, the lead manager answers every criterion of three"
            + " questions: Q1 is it a lead? Q2 how far is it from us? Q3 can we win?");
    lead = LeadToCashStory.validate(lead).state();
    ValidationReport report = lead.validation().orElseThrow();
    for (CriterionResult result : report.results()) {
      say("%s", result);
    }
    say(
        "the KCP %s (Q1 decides); priority %s; the review recommends: %s",
        report.passed() ? "passed" : "failed",
        report.priority().label(),
        lead.recommendation().map(ReviewOutcome::label).orElse("nothing yet"));

    chapter(
        "Nurturing, step by step (D2.6)",
        "Nurturing walks the KDM, key decision maker — the customer's person whose decision"
            + " carries the purchase — from the pain to our vision, in eight steps in order; a KDM"
            + " who does not acknowledge our vision sends the path back.");
    Transition<Lead, LeadEvent> nurtured = LeadToCashStory.nurture(lead);
    lead = nurtured.state();
    say("nurturing owner %s", lead.nurturingOwner().orElseThrow());
    int step = 0;
    for (NurturingRecord record : lead.nurturingHistory()) {
      step++;
      say("%s  %d. %s: %s", date(record.at()), step, record.step().label(), record.note());
    }

    chapter(
        "Conversion into an opportunity (D2.7)",
        "With a budget and a passed KCP, the lead becomes an opportunity — the sales project the"
            + " team will work through five sales phases and three gates — and the two stay"
            + " linked.");
    LeadConversion conversion = LeadToCashStory.convert(lead);
    lead = conversion.lead().state();
    Opportunity opportunity = conversion.opportunity().state();
    say(
        "lead %s is %s → opportunity %s, whose source lead is %s",
        lead.id(),
        lead.status().label(),
        lead.opportunity().orElseThrow(),
        opportunity.sourceLead().orElseThrow());
    say(
        "amount %s, owner %s, phase: %s (the first phase)",
        money(opportunity.amount()), opportunity.owner(), opportunity.phase().label());
    try {
      var unused = lead.close("too late", conversion.lead().events().get(0).occurredAt());
    } catch (DomainException refused) {
      say("closing the lead now is refused, and the refusal names its rule: %s", refusal(refused));
    }

    customer();

    chapter(
        "The iron triangle is staffed (D4.1, D4.3, D4.4)",
        "Every deal is worked by an iron triangle: the account responsible (AR) owns the"
            + " relationship, the solution responsible (SR) the solution, the fulfilment"
            + " responsible (FR) delivery. The system department — the team that serves one large"
            + " customer — holds some of the roles itself, by its size; the others come from"
            + " resource pools, the office's first.");
    StaffingReport staffing = LeadToCashStory.staffTriangle();
    for (CoreRole role : CoreRole.values()) {
      say("%s", staffing.resolution(role));
    }
    say(
        "sponsor %s, the office's general manager; %s",
        staffing.triangle().sponsor(),
        staffing.isComplete()
            ? "the triangle is complete"
            : "the triangle still lacks " + staffing.unresolvedRoles());

    chapter(
        "Verification, then ATI — approve to initiate (D3.2)",
        "Three gates stand between an opportunity and a contract, each a KDP, key decision point,"
            + " decided by an authority: ATI, approve to initiate the sales project; ATB, approve"
            + " to bid; ATC, approve to contract. ATI needs the opportunity verified with delivery"
            + " and a complete triangle.");
    opportunity = LeadToCashStory.verify(opportunity, staffing).state();
    for (PrerequisiteCheck check : opportunity.readiness(Gate.ATI).checks()) {
      say("%s", check);
    }
    say(
        "competitor: %s; a hilltop project — strategically decisive (山头项目), watched weekly with a"
            + " traffic light — on %s",
        String.join(", ", opportunity.competitors().stream().map(String::valueOf).toList()),
        opportunity.trafficLight().orElseThrow().label());
    opportunity = LeadToCashStory.passAti(opportunity).state();
    decision(opportunity, Gate.ATI);

    chapter(
        "ATB — approve to bid (D3.2)",
        "Before the bid, supply, procurement, service delivery and finance estimate the cost"
            + " together, so that the price we bid is one the company can deliver at a profit.");
    opportunity = LeadToCashStory.passAtb(opportunity).state();
    decision(opportunity, Gate.ATB);

    relationships();

    chapter(
        "Won against Emerald Networks (D3.5)",
        "The customer awards the project — here three quarters to us, a quarter to our"
            + " competitor. The award comes first; the contract still waits for ATC.");
    Transition<Opportunity, OpportunityEvent> won = LeadToCashStory.win(opportunity);
    opportunity = won.state();
    OpportunityOutcome.Won outcome = (OpportunityOutcome.Won) opportunity.outcome().orElseThrow();
    AwardSplit split = outcome.split().orElseThrow();
    say(
        "the opportunity is %s: ours %s (%s of the award)",
        opportunity.status().label(), money(split.ours()), share(split.ourShare()));
    split
        .competitors()
        .forEach(
            (competitor, amount) ->
                say(
                    "%s, the competitor: %s (%s)",
                    competitor, money(amount), share(split.shareOf(competitor))));

    chapter(
        "ATC — approve to contract, after the award (D3.2, D3.5)",
        "The last gate: with an estimate refreshed after ATB, the authority approves the terms"
            + " before anyone signs. The days in each phase show where the sale spent its time.");
    opportunity = LeadToCashStory.passAtc(opportunity).state();
    decision(opportunity, Gate.ATC);
    for (SalesPhase phase : SalesPhase.values()) {
      say(
          "days in %-36s %3d",
          phase.label(), opportunity.timeIn(phase, opportunity.endedAt().orElseThrow()).toDays());
    }

    chapter(
        "The contract: risk review, signature (D5.1, D5.4)",
        "Before signature the clauses are screened for \"buried mines\" — unlimited liability,"
            + " uncapped penalties, vague acceptance, no advance payment, long payment terms —"
            + " and each one found is accepted by someone accountable, or negotiated away.");
    Transition<Contract, ContractEvent> history = LeadToCashStory.draftContract();
    Contract contract = history.state();
    for (RiskFinding finding : contract.riskReport().findings()) {
      say("flagged: %s", finding);
    }
    GatePassage atc = opportunity.contractApproval().orElseThrow();
    history = history.then(c -> LeadToCashStory.sign(c, atc));
    contract = history.state();
    for (RiskFinding finding : contract.riskReport().findings()) {
      say("at signature: %s", finding);
    }
    say(
        "contract %s %s, under the ATC approved on %s",
        contract.id(), contract.status().label(), atc.decision().decidedOn());

    chapter(
        "Registered, handed over, executing (D5.1)",
        "Registration opens a delivery project; the handover gives delivery the fulfilment plan,"
            + " whose payment milestones turn delivery into invoices.");
    history = history.then(LeadToCashStory::handOver);
    contract = history.state();
    FulfilmentPlan plan = contract.fulfilmentPlan().orElseThrow();
    say(
        "delivery project %s, delivery manager %s; the contract is %s",
        plan.deliveryProject(), plan.deliveryManager(), contract.status().label());
    for (PaymentMilestone milestone : plan.milestones()) {
      say(
          "milestone %-28s %16s due %s, invoiced %s",
          milestone.name(),
          money(milestone.amount()),
          milestone.dueOn(),
          milestone.trigger().label());
    }

    complaint();

    chapter(
        "Invoiced and collected; receivables on " + REPORT_DATE + " (D5.3)",
        "A sale is done when the cash is in: every invoice is followed until it is paid, and what"
            + " is overdue is sorted into ageing buckets by days overdue — the older the debt,"
            + " the harder it is to collect.");
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
      say("ageing bucket %-22s %16s", bucket.getKey().label(), money(bucket.getValue()));
    }

    chapter(
        "The numbers: the Beijing office's four watches on " + REPORT_DATE + " (D1.6, D12)",
        "Every week the office looks at four things — sales-management health, KPI (key performance"
            + " indicator) progress and gap, the hilltop projects' traffic lights, and risks and"
            + " open legacy issues: the \"four things watched\" of the LTC rhythm. The same four"
            + " roll up from the representative office to its region and area.");
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
    say(
        "the win rate rolled up, office → region → area (D9.5): a region merges its offices'"
            + " counts, it never averages their rates:");
    DashboardStory.winRateRollUp(List.of(opportunity))
        .values()
        .forEach((unit, rate) -> say("  %-17s %s", unit, rate));
    say("the four watches rolled up to the China area, office → region → area (D1.6, D9.5):");
    OrganisationDashboard organisation = DashboardStory.organisationDashboard(office);
    for (String line : organisation.dashboard(DashboardStory.CHINA).render().split("\\n")) {
      say("%s", line);
    }
    say("the office's opportunity funnel, as Mermaid text for a chart:");
    mermaid(DashboardStory.funnel(office).toMermaid());
    Waterfall waterfall = DashboardStory.waterfall();
    say(
        "the sales-loss waterfall of the office's market (D11.5), where the market went: sales"
            + " %s of %s; efficiency loss %s (customers never contacted), effectiveness loss %s"
            + " (contacted but not pursued, or pursued and lost)",
        money(waterfall.sales()),
        money(waterfall.total()),
        money(waterfall.efficiencyLoss()),
        money(waterfall.effectivenessLoss()));
    mermaid(waterfall.toMermaid());

    chapter(
        "Accepted by the customer, collected in full, closed (D5.1, D5.3)",
        "The customer accepts the network, the last invoices are paid, and the contract closes:"
            + " from lead to cash.");
    Transition<Contract, ContractEvent> closed = history.then(LeadToCashStory::acceptAndClose);
    contract = closed.state();
    say(
        "invoiced %s, collected %s, outstanding %s",
        money(contract.invoiced()), money(contract.collected()), money(contract.outstanding()));
    say(
        "contract %s is %s, at version %d: a host stores its events or a snapshot of it",
        contract.id(), contract.status().label(), contract.version());
    say(
        "replaying its %d events gives the same contract: %s",
        closed.events().size(), Contract.replay(closed.events()).equals(contract) ? "yes" : "no");

    stored();

    planning(opportunity);

    out.println();
    out.println(
        "The end of the tour. The story is examples/src/main/java/org/leadtocash/examples/"
            + "LeadToCashStory.java; the README's quick start is the first step in your own code.");
  }

  private void customer() {
    chapter(
        "North Mobile in our portfolio: graded, ranked, valued (D6.2–D6.5)",
        "Not every customer gets the same service: each is graded every year, S (highest), A, B or"
            + " C, in a category — strategic, partner, commercial or general — and the office ranks"
            + " its customers by value to decide where its people go.");
    Customer northMobile = CustomerStory.gradeNorthMobile().state();
    say("%s", northMobile.summary());
    say(
        "grading steps done: %s",
        String.join(", ", northMobile.completedSteps().stream().map(GradingStep::label).toList()));
    say(
        "the office's customers by value (D6.4): the value pyramid puts those that bring the top"
            + " 80%% of the value in the key tier, the next up to 95%% in the important tier, the"
            + " rest in the general tier:");
    for (String line : CustomerStory.pyramid().toString().split("\n")) {
      say("  %s", line);
    }
    say(
        "North Mobile's total value (D6.5): profit, less the costs of serving it, plus what the"
            + " relationship is worth beyond profit, priced from our scores:");
    for (String line : CustomerStory.northMobileTotalValue().toString().split("\n")) {
      say("  %s", line);
    }
  }

  private void complaint() {
    chapter(
        "A complaint during delivery, escalated and closed (D8.2)",
        "A complaint is part of the relationship: it is accepted, handled, escalated if the"
            + " office cannot solve it, closed, and evaluated by the customer; major ones are"
            + " flagged for the monthly quality review.");
    Transition<CustomerIssue, IssueEvent> issue = CustomerStory.escalatedComplaint();
    for (IssueEvent event : issue.events()) {
      say("%s  %s", date(event.occurredAt()), happened(event));
    }
    say("%s", issue.state());
  }

  /** What an issue's event says happened, in words. */
  private static String happened(IssueEvent event) {
    if (event instanceof IssueAccepted accepted) {
      return "accepted, "
          + accepted.description().severity().label()
          + ", from "
          + accepted.description().channel().label()
          + ": "
          + accepted.description().summary();
    } else if (event instanceof HandlingStarted started) {
      return "handled by " + started.handler();
    } else if (event instanceof IssueEscalated escalated) {
      return "escalated from the "
          + escalated.escalation().from().label()
          + " to the "
          + escalated.escalation().to().label()
          + ": "
          + escalated.escalation().reason();
    } else if (event instanceof IssueMarkedMajor major) {
      return "marked a major complaint: " + major.reason();
    } else if (event instanceof IssueClosed closed) {
      return "closed: " + closed.resolution();
    } else if (event instanceof IssueEvaluated evaluated) {
      return "evaluated by the customer: "
          + evaluated.evaluation().satisfaction().label()
          + ", \""
          + evaluated.evaluation().comment()
          + "\"";
    }
    return "recorded";
  }

  private void relationships() {
    chapter(
        "The buying centre behind the decision (D7.2–D7.5, D7.8, D7.10)",
        "A purchase is decided by several people at the customer — the decision chain, or buying"
            + " centre — who initiate, use, influence, decide, approve, buy and gate it. Each"
            + " one's role, stance and our relationship level tell the team whom to see next.");
    Transition<KeyRelationship, KeyRelationshipEvent> cto = RelationshipStory.ctoRelationship();
    ChainCoverageReport coverage =
        RelationshipStory.decisionChain().coverage(RelationshipStory.levels(cto.state()), true);
    for (PersonCoverage person : coverage.people()) {
      say("%s", person);
    }
    say(
        "roles mapped: %d of %d; supporters %d, neutral %d, opponents %d; a coach — an insider"
            + " who guides us: %s",
        coverage.mappedRoles().size(),
        DecisionRole.values().length,
        coverage.count(Stance.SUPPORTER),
        coverage.count(Stance.NEUTRAL),
        coverage.count(Stance.OPPONENT),
        coverage.hasCoach() ? "yes" : "missing");
    for (ChainRisk risk : coverage.risks()) {
      say("risk: %s", risk);
    }
    say("our relationship with the CTO, level by level (D7.4):");
    for (LevelSince level : cto.state().levelHistory()) {
      say("  %-26s since %s", level.level().label(), date(level.since()));
    }
    say("what to do at this level: %s", cto.state().playbook().orElse("-"));
    RelationshipStory.pathToPresident()
        .ifPresent(
            path -> say("the way to the president through people we know (D7.10): %s", path));
    say(
        "the CTO's relationship card (personal details, never printed) and who may read it"
            + " (D7.8):");
    RelationshipCards cards = RelationshipStory.cards(cto.state());
    for (EmployeeId reader : RelationshipStory.readers()) {
      try {
        var unused = cards.read(RelationshipStory.CTO, reader, RelationshipStory.organisation());
        say("  %s: may read it", reader);
      } catch (AccessDeniedException denied) {
        say("  %s: refused — %s", reader, refusal(denied));
      }
    }
    say("the power map, as Mermaid text for a chart:");
    mermaid(
        PowerMap.toMermaid(
            RelationshipStory.decisionChain(), RelationshipStory.levels(cto.state())));
  }

  private void stored() {
    chapter(
        "Stored in the host's database and read back (the host's part)",
        "The library does no I/O: the host keeps the aggregates. Here it appends every command's"
            + " events to the aggregate's stream in an embedded database, as text with the event's"
            + " type and schema version, at the version the stream must be at — so a second"
            + " writer cannot overwrite the first — and rebuilds each aggregate from its rows.");
    JdbcEventStore store = StorageStory.inMemoryStore();
    StorageStory.Commands commands = StorageStory.commands();
    StorageStory.store(store, commands);
    List<ContractEvent> rows = store.load(LeadToCashStory.CONTRACT, ContractEvent.class);
    say(
        "stored: lead %s at version %d, opportunity %s at version %d, contract %s at version %d;"
            + " the conversion's two streams in one transaction",
        LeadToCashStory.LEAD,
        store.version(LeadToCashStory.LEAD),
        LeadToCashStory.OPPORTUNITY,
        store.version(LeadToCashStory.OPPORTUNITY),
        LeadToCashStory.CONTRACT,
        store.version(LeadToCashStory.CONTRACT));
    ContractEvent confirmed =
        rows.stream().filter(InvoiceConfirmed.class::isInstance).findFirst().orElseThrow();
    say(
        "one row: stream %s, version %d, type %s, schema version %d, payload %s",
        JdbcEventStore.stream(confirmed.aggregate()),
        confirmed.version(),
        confirmed.type().name(),
        confirmed.type().schemaVersion(),
        JsonCodec.strict().write(confirmed));
    Lead lead = Lead.replay(store.load(LeadToCashStory.LEAD, LeadEvent.class));
    Opportunity opportunity =
        Opportunity.replay(store.load(LeadToCashStory.OPPORTUNITY, OpportunityEvent.class));
    Contract contract = Contract.replay(rows);
    say(
        "read back and replayed, the same lead: %s, the same opportunity: %s, the same contract:"
            + " %s",
        lead.equals(commands.conversion().lead().state()) ? "yes" : "no",
        opportunity.equals(commands.wonOpportunity()) ? "yes" : "no",
        contract.equals(commands.contract().state()) ? "yes" : "no");
    try {
      store.append(commands.contract().append());
    } catch (AppendConflictException conflict) {
      say("the contract's story appended a second time is refused: %s", conflict.getMessage());
    }
    int cut = rows.size() / 2;
    store.saveSnapshot(Contract.replay(rows.subList(0, cut)));
    Contract snapshot = store.loadSnapshot(LeadToCashStory.CONTRACT, Contract.class).orElseThrow();
    Contract continued =
        Contract.replay(
            snapshot, store.loadAfter(LeadToCashStory.CONTRACT, cut, ContractEvent.class));
    say(
        "a snapshot kept at version %d and the %d rows after it give the same contract: %s",
        snapshot.version(), rows.size() - cut, continued.equals(contract) ? "yes" : "no");
  }

  private void planning(Opportunity backbone) {
    chapter(
        "Planning next year (D9.5, D10, D11)",
        "A year's sales begin in its plan. On "
            + PlanningStory.PLANNED_ON
            + " the office plans 2027: its target becomes a number per customer and per"
            + " opportunity, and what the opportunities do not cover yet is the work to find; the"
            + " relationships to build follow from the market targets; each key account gets an"
            + " expansion card with a senior sponsor of ours for its top people; each account's"
            + " ways to grow are sized by prize and probability; and the salespeople's hours go"
            + " where they return most.");
    OfficeTarget beijing = PlanningStory.beijing(backbone, DashboardStory.eastTelecomCore());
    say(
        "the Beijing office's target of %s, split 5 : 3 : 2 onto its customers, and each"
            + " customer's number onto its opportunities, each at its amount and win probability"
            + " (D9.5) — the backbone upgrade is won, our part of the award, and paid from North"
            + " Mobile's 2027 budget:",
        money(beijing.target()));
    for (CustomerNumber customer : beijing.customers()) {
      say("  %s: %s", customer.customer(), money(customer.number()));
      for (OpportunityPart part : customer.opportunities()) {
        say("    %s", part);
      }
      if (!customer.isDecomposed()) {
        say("    no opportunity planned yet: the whole number is uncovered");
      }
    }
    say(
        "what the opportunities cover, each weighted by its win probability, rolled up office →"
            + " region → area (a surplus at one customer fills no other customer's gap):");
    for (String line : PlanningStory.coverage(beijing).render().split("\\n")) {
      say("  %s", line);
    }

    RelationshipPlan plan = PlanningStory.relationshipPlan().state();
    MarketTargets market = plan.marketTargets().orElseThrow();
    CompetitionTarget competition = market.competition().orElseThrow();
    say(
        "North Mobile's relationship plan (D10.1), owned by %s and supervised by %s, walks five"
            + " steps in order; it is at step %d, %s. Its market targets, inherited from the"
            + " office's plan: %s; %s; %s; orders %s:",
        plan.owner(),
        plan.manager(),
        plan.step().number(),
        plan.step().label(),
        market.shares().get(0),
        competition,
        market.hilltops().get(0),
        money(market.profit(ProfitMeasure.ORDERS).orElseThrow()));
    say(
        "the relationship targets derived from them by the standard policy — a suppression ratio"
            + " is our share over the competitor's, so %s is %s of the two together — each with"
            + " how it was derived:",
        Figures.number(competition.suppressionRatio()),
        Figures.percent(competition.ourPartOfTheTwo()));
    for (RelationshipTarget target : plan.targets()) {
      say("  %s: %s", target.statement(), target.basis());
    }
    say("against today's buying centre and relationships (D7), the gap per target:");
    for (String line : plan.gap(PlanningStory.today()).explanation().split("\\n")) {
      say("  %s", line);
    }

    ExpansionCard card = PlanningStory.expansionCard();
    say(
        "North Mobile's expansion card (D10.3): its key persons and tasks each on one of us, and a"
            + " senior sponsor for the president, ranked by four principles — rank parity,"
            + " business match, shared history, ability and willingness:");
    say("  %s", card);
    for (String line : card.sponsorRanking().orElseThrow().explanation().split("\\n")) {
      say("  %s", line);
    }
    say(
        "senior sponsor %s; the card is reviewed with the owner's manager every %d months, next"
            + " on %s: due on %s? %s; on %s? %s",
        card.sponsor().orElseThrow(),
        ExpansionCard.REVIEW_MONTHS,
        card.nextReviewOn(),
        card.nextReviewOn().minusDays(1),
        card.reviewDue(card.nextReviewOn().minusDays(1)) ? "yes" : "not yet",
        card.nextReviewOn(),
        card.reviewDue(card.nextReviewOn()) ? "yes" : "not yet");
    say("who may read the card, which holds personal details (D7.8):");
    for (EmployeeId reader : List.of(LeadToCashStory.CHEN_SPONSOR, LeadToCashStory.SUN_SR)) {
      try {
        var unused = card.readBy(reader, RelationshipStory.organisation());
        say("  %s: may read the card", reader);
      } catch (AccessDeniedException denied) {
        say("  %s: refused — %s", reader, refusal(denied));
      }
    }

    say(
        "North Mobile's growth options on the matrix (D11.3), a big prize against a likely"
            + " win: act now, plan the attack, opportunistic, or shelve:");
    for (String line : PlanningStory.growthMatrix().explanation().split("\\n")) {
      say("  %s", line);
    }
    say(
        "the sales-potential gap and what the options cover: %s",
        PlanningStory.gapCoverage().explanation());

    Allocation hours = PlanningStory.allocation();
    say(
        "the office's selling hours of 2027 allocated over its target accounts (D11.6), a linear"
            + " programme: every account gets at least its minimum visits, nobody works beyond"
            + " capacity, and the expected return — each account's potential at its win chance,"
            + " earned over the hours it can use — is as high as it can be:");
    for (String line : hours.explanation().split("\\n")) {
      say("  %s", line);
    }
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
        ? line.daysOverdue() + " days overdue (ageing bucket: " + line.bucket().label() + ")"
        : "not yet due";
  }

  private static String refusal(DomainException refused) {
    return refused.reason() + " [" + refused.rule() + "]";
  }

  private void decision(Opportunity opportunity, Gate gate) {
    GateDecision decision = opportunity.latestDecision(gate).orElseThrow();
    say(
        "%s %s on %s by %s at the %s: %s%s",
        gate,
        decision.verdict().label(),
        decision.decidedOn(),
        decision.authority().decider(),
        decision.authority().level().label(),
        decision.rationale(),
        decision.conditions().isEmpty()
            ? ""
            : "; condition: " + String.join("; ", decision.conditions()));
    say("now in phase: %s", opportunity.phase().label());
  }

  private void chapter(String title, String why) {
    chapters++;
    out.println();
    out.println(chapters + ". " + title);
    out.println("   " + why);
  }

  @FormatMethod
  private void say(String format, Object... args) {
    out.println("   " + String.format(Locale.ROOT, format, args));
  }

  private static String money(Money money) {
    return Figures.money(money);
  }

  private static String share(Rate rate) {
    return rate.value().map(Figures::percent).orElse("no data");
  }

  private static LocalDate date(Instant at) {
    return LocalDate.ofInstant(at, ZoneOffset.UTC);
  }
}
