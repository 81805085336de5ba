package org.leadtocash.domain.process;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.leadtocash.domain.common.KpiId;
import org.leadtocash.domain.common.RuleId;
import org.leadtocash.domain.lead.LeadSubProcess;
import org.leadtocash.domain.lead.NurturingStep;
import org.leadtocash.domain.opportunity.Gate;
import org.leadtocash.domain.opportunity.SalesPhase;

/**
 * The Lead-to-Cash process catalogue, shipped as data (DOMAIN D1.5).
 *
 * <p>L1 {@code Lead to Cash}, and its four L2 groups with their L3 processes:
 *
 * <ul>
 *   <li>strategy: manage marketing strategy (D9);
 *   <li>execution, the best path: Manage Leads (ML), Manage Opportunity Points (MO), Manage
 *       Contract Execution (MCE);
 *   <li>management, the capabilities that keep the best path working: manage projects, manage
 *       project portfolio (项目群), manage authorisation and its exercise (授权与行权);
 *   <li>enabling: manage customers (MCR), manage solutions, manage contract lifecycle.
 * </ul>
 *
 * <p>Below the execution processes: ML's three sub-processes (D2.4), with the key activities of
 * each at L5 (those of collecting and generating leads, the validation and the weekly review, and
 * the nurturing path of D2.6); MO's five sub-processes (D3.1); and MCE's sub-processes along the
 * contract's life after signature (D5.1–D5.3). ML carries the lead validation KCP (D2.5) and the
 * conversion KCP (D2.7); MO the KDPs ATI, ATB and ATC (D3.2); MCE the KCPs of registration, changes
 * and invoicing (D5.1–D5.3).
 *
 * <p>Metrics are KPI ids that {@code ltc-metrics} defines: {@code lead-conversion-rate} (ML),
 * {@code win-rate}, {@code decision-cycle} and {@code decision-timeliness} (MO), {@code
 * collection-rate} and {@code overdue-receivables} (MCE); {@link ProcessCatalogue#metricIds()}
 * lists them.
 */
public final class LtcCatalogue {

  /** L1 Lead to Cash (从线索到回款). */
  public static final ProcessId LEAD_TO_CASH = ProcessId.of("LTC");

  /** L2 strategy processes (战略流程). */
  public static final ProcessId STRATEGY = ProcessId.of("LTC.STRATEGY");

  /** L2 execution processes (执行流程): the best path. */
  public static final ProcessId EXECUTION = ProcessId.of("LTC.EXECUTION");

  /** L2 management processes (管理流程). */
  public static final ProcessId MANAGEMENT = ProcessId.of("LTC.MANAGEMENT");

  /** L2 enabling processes (使能流程). */
  public static final ProcessId ENABLING = ProcessId.of("LTC.ENABLING");

  /** L3 manage marketing strategy (管理营销战略, D9). */
  public static final ProcessId MANAGE_MARKETING_STRATEGY = ProcessId.of("LTC.MMS");

  /** L3 Manage Leads, ML (管理线索, D2). */
  public static final ProcessId MANAGE_LEADS = ProcessId.of("LTC.ML");

  /** L3 Manage Opportunity Points, MO (管理机会点, D3). */
  public static final ProcessId MANAGE_OPPORTUNITIES = ProcessId.of("LTC.MO");

  /** L3 Manage Contract Execution, MCE (管理合同执行, D5). */
  public static final ProcessId MANAGE_CONTRACT_EXECUTION = ProcessId.of("LTC.MCE");

  /** L3 manage projects (管理项目). */
  public static final ProcessId MANAGE_PROJECTS = ProcessId.of("LTC.PROJECTS");

  /** L3 manage project portfolio (管理项目群). */
  public static final ProcessId MANAGE_PROJECT_PORTFOLIO = ProcessId.of("LTC.PORTFOLIO");

  /** L3 manage authorisation and its exercise (管理授权与行权). */
  public static final ProcessId MANAGE_AUTHORISATION = ProcessId.of("LTC.AUTHORISATION");

  /** L3 manage customers, MCR (管理客户关系, D6). */
  public static final ProcessId MANAGE_CUSTOMERS = ProcessId.of("LTC.MCR");

  /** L3 manage solutions (管理解决方案). */
  public static final ProcessId MANAGE_SOLUTIONS = ProcessId.of("LTC.SOLUTIONS");

  /** L3 manage contract lifecycle (合同生命周期管理). */
  public static final ProcessId MANAGE_CONTRACT_LIFECYCLE = ProcessId.of("LTC.CONTRACT_LIFECYCLE");

  private static final KpiId LEAD_CONVERSION_RATE = KpiId.of("lead-conversion-rate");
  private static final KpiId WIN_RATE = KpiId.of("win-rate");
  private static final KpiId DECISION_CYCLE = KpiId.of("sales-decision-cycle");
  private static final KpiId DECISION_TIMELINESS = KpiId.of("sales-decision-timeliness");
  private static final KpiId COLLECTION_RATE = KpiId.of("collection-rate");
  private static final KpiId OVERDUE_RECEIVABLES = KpiId.of("overdue-receivables");

  private static final Department SALES = Department.SALES_MANAGEMENT;
  private static final Department MARKETING = Department.of("marketing department");
  private static final Department CONTRACTS = Department.of("contract management department");
  private static final Department DELIVERY = Department.of("delivery department");
  private static final Department FINANCE = Department.of("finance department");
  private static final Department SOLUTIONS = Department.of("solutions department");
  private static final Department PROJECT_TEAM =
      Department.of("sales project team (iron triangle)");

  private static final KeyControlPoint LEAD_VALIDATION =
      KeyControlPoint.of(
          "lead validation",
          "Q1 is it a lead, Q2 how far is it from us, Q3 can we win: passes only if every Q1"
              + " criterion passes",
          RuleId.D2_5);

  private LtcCatalogue() {}

  /**
   * Returns the id of one of ML's three sub-processes (D2.4), e.g. {@code
   * LTC.ML.VALIDATE_AND_DISTRIBUTE}.
   *
   * @param subProcess the sub-process; not null
   * @return its L4 process id, never null
   */
  public static ProcessId subProcess(LeadSubProcess subProcess) {
    Objects.requireNonNull(subProcess, "subProcess");
    return ProcessId.of(MANAGE_LEADS.value() + "." + subProcess.name());
  }

  /**
   * Returns the id of one of MO's five sub-processes (D3.1), e.g. {@code LTC.MO.PRE_BID_GUIDANCE}.
   *
   * @param phase the sales phase; not null
   * @return its L4 process id, never null
   */
  public static ProcessId subProcess(SalesPhase phase) {
    Objects.requireNonNull(phase, "phase");
    return ProcessId.of(MANAGE_OPPORTUNITIES.value() + "." + phase.name());
  }

  /**
   * Returns the id of the L5 activity of a step of the nurturing path (D2.6), under track and
   * nurture.
   *
   * @param step the step; not null
   * @return its L5 process id, never null
   */
  public static ProcessId activity(NurturingStep step) {
    Objects.requireNonNull(step, "step");
    return ProcessId.of(subProcess(LeadSubProcess.TRACK_AND_NURTURE).value() + "." + step.name());
  }

  /**
   * Returns the LTC catalogue described above, as a checked process tree.
   *
   * @return the catalogue, never null
   */
  public static ProcessCatalogue standard() {
    List<ProcessCard> drafts = new ArrayList<>();
    drafts.add(
        card(LEAD_TO_CASH, "Lead to Cash", ProcessLevel.L1, null)
            .description("From a lead to cash collected: leads, opportunities, contracts.")
            .purpose("Help the company generate high-quality contracts and turn them into cash.")
            .owningDepartment(SALES)
            .ownerRole(Position.of("LTC global process owner (GPO)"))
            .addInput("leads from market to lead (MTL)")
            .addOutputs("signed contracts", "cash collected")
            .addMetrics(WIN_RATE, COLLECTION_RATE)
            .build());
    groups(drafts);
    strategy(drafts);
    manageLeads(drafts);
    manageOpportunities(drafts);
    manageContractExecution(drafts);
    management(drafts);
    enabling(drafts);
    return ProcessCatalogue.of(withChildren(drafts));
  }

  private static void groups(List<ProcessCard> drafts) {
    Position bpo = Position.of("LTC business process owner (BPO)");
    drafts.add(
        card(STRATEGY, "Strategy", ProcessLevel.L2, LEAD_TO_CASH)
            .description("Decide where and how to compete: markets, customers and offerings.")
            .purpose("Aim the best path at the markets and customers that matter.")
            .owningDepartment(MARKETING)
            .ownerRole(bpo)
            .build());
    drafts.add(
        card(EXECUTION, "Execution: the best path", ProcessLevel.L2, LEAD_TO_CASH)
            .description("Manage leads, opportunities and contract execution end to end.")
            .purpose("Run the best path from a lead to cash, led by the iron triangle.")
            .owningDepartment(SALES)
            .ownerRole(bpo)
            .addInput("leads from market to lead (MTL)")
            .addOutputs("signed contracts", "cash collected")
            .build());
    drafts.add(
        card(MANAGEMENT, "Management", ProcessLevel.L2, LEAD_TO_CASH)
            .description("Manage projects, the project portfolio, and authorisation.")
            .purpose("Provide the capabilities that keep the best path working.")
            .owningDepartment(SALES)
            .ownerRole(bpo)
            .build());
    drafts.add(
        card(ENABLING, "Enabling", ProcessLevel.L2, LEAD_TO_CASH)
            .description("Manage customers, solutions and the contract lifecycle.")
            .purpose("Enable the best path with customer, solution and contract capabilities.")
            .owningDepartment(SALES)
            .ownerRole(bpo)
            .build());
  }

  private static void strategy(List<ProcessCard> drafts) {
    drafts.add(
        card(MANAGE_MARKETING_STRATEGY, "Manage marketing strategy", ProcessLevel.L3, STRATEGY)
            .description("Analyse markets, choose target customers, set goals and decode them.")
            .purpose("Turn the business strategy into targets the sales teams can execute.")
            .owningDepartment(MARKETING)
            .ownerRole(Position.of("head of marketing strategy"))
            .addInput("market insight")
            .addOutput("marketing strategy and targets")
            .build());
  }

  private static void manageLeads(List<ProcessCard> drafts) {
    drafts.add(
        card(MANAGE_LEADS, "Manage Leads (ML)", ProcessLevel.L3, EXECUTION)
            .description("Collect and generate, validate and distribute, track and nurture leads.")
            .purpose("Turn customers' potential needs into opportunities worth pursuing.")
            .owningDepartment(SALES)
            .ownerRole(Position.of("ML process owner"))
            .addInput("leads from market to lead (MTL) and customer-facing staff")
            .addOutput("opportunities converted from leads")
            .addMetric(LEAD_CONVERSION_RATE)
            .addControlPoints(
                LEAD_VALIDATION,
                KeyControlPoint.of(
                    "lead conversion",
                    "the customer has a clear investment budget and the validation KCP passed",
                    RuleId.D2_7))
            .build());
    ProcessId collect = subProcess(LeadSubProcess.COLLECT_AND_GENERATE);
    drafts.add(
        card(collect, "Collect and generate leads", ProcessLevel.L4, MANAGE_LEADS)
            .description("Gather information from many channels, analyse it, create the lead.")
            .purpose("Create initial leads with a complete profile.")
            .owningDepartment(SALES)
            .ownerRole(Position.of("lead creator"))
            .addInput("customer information from many channels")
            .addOutput("submitted lead profiles")
            .build());
    activity(drafts, collect, "GATHER", "Collect initial lead information", "lead creator");
    activity(
        drafts, collect, "ANALYSE", "Analyse it and generate the initial lead", "lead creator");
    activity(drafts, collect, "SUBMIT", "Fill in and submit the lead profile", "lead creator");
    ProcessId validate = subProcess(LeadSubProcess.VALIDATE_AND_DISTRIBUTE);
    drafts.add(
        card(validate, "Validate and distribute leads", ProcessLevel.L4, MANAGE_LEADS)
            .description("Validate, classify and prioritise leads; the weekly review decides.")
            .purpose("Pursue the right leads, in priority order, each with an owner.")
            .owningDepartment(SALES)
            .ownerRole(Position.of("lead manager"))
            .addInput("submitted lead profiles")
            .addOutput("review decisions: close, suspend, nurture or convert")
            .build());
    drafts.add(
        card(
                ProcessId.of(validate.value() + ".VALIDATE"),
                "Validate the lead",
                ProcessLevel.L5,
                validate)
            .description("Answer every criterion of Q1-Q3 and record the answers.")
            .purpose("Know whether it is a lead, how far it is from us and whether we can win.")
            .owningDepartment(SALES)
            .ownerRole(Position.of("lead manager"))
            .addOutput("validation report")
            .addControlPoint(LEAD_VALIDATION)
            .build());
    activity(drafts, validate, "REVIEW", "Review leads weekly and decide", "lead manager");
    activity(drafts, validate, "ASSIGN_OWNER", "Assign the nurturing owner", "lead manager");
    ProcessId nurture = subProcess(LeadSubProcess.TRACK_AND_NURTURE);
    drafts.add(
        card(nurture, "Track and nurture leads", ProcessLevel.L4, MANAGE_LEADS)
            .description("Walk the nurturing path with the key decision maker until hand-over.")
            .purpose("Grow a lead until the customer has a clear budget for our vision.")
            .owningDepartment(SALES)
            .ownerRole(Position.of("nurturing owner"))
            .addInput("leads to nurture")
            .addOutput("leads handed over for conversion")
            .build());
    for (NurturingStep step : NurturingStep.values()) {
      drafts.add(
          card(activity(step), capitalised(step.label()), ProcessLevel.L5, nurture)
              .description(capitalised(step.label()) + " (DOMAIN D2.6).")
              .purpose("Move the lead one step along the nurturing path.")
              .owningDepartment(SALES)
              .ownerRole(Position.of("nurturing owner"))
              .build());
    }
  }

  private static void manageOpportunities(List<ProcessCard> drafts) {
    ProcessCard.Builder mo =
        card(MANAGE_OPPORTUNITIES, "Manage Opportunity Points (MO)", ProcessLevel.L3, EXECUTION);
    mo.description("Verify, develop the solution, guide the tender, bid, negotiate.")
        .purpose("Win the right opportunities and sign contracts without buried mines.")
        .owningDepartment(SALES)
        .ownerRole(Position.of("MO process owner"))
        .addInput("opportunities converted from leads")
        .addOutputs("signed contracts", "opportunity outcomes: won, lost, abandoned, cancelled")
        .addMetrics(WIN_RATE, DECISION_CYCLE, DECISION_TIMELINESS);
    for (Gate gate : Gate.values()) {
      mo.addControlPoint(KeyDecisionPoint.of(gate));
    }
    drafts.add(mo.build());
    for (SalesPhase phase : SalesPhase.values()) {
      drafts.add(
          card(subProcess(phase), capitalised(phase.label()), ProcessLevel.L4, MANAGE_OPPORTUNITIES)
              .description(phaseDescription(phase))
              .purpose(phasePurpose(phase))
              .owningDepartment(PROJECT_TEAM)
              .ownerRole(Position.of(phaseOwner(phase)))
              .build());
    }
  }

  private static String phaseDescription(SalesPhase phase) {
    return switch (phase) {
      case VERIFY -> "Verify the opportunity with delivery taking part, up to the ATI decision.";
      case DEVELOP_SOLUTION -> "Develop the solution and submit it to the customer.";
      case PRE_BID_GUIDANCE ->
          "Shape the tender: technical feature indicators as entry barriers; prepare ATB.";
      case BID -> "Bid, once ATB has approved it.";
      case NEGOTIATE -> "Negotiate and generate the contract, up to the ATC decision.";
    };
  }

  private static String phasePurpose(SalesPhase phase) {
    return switch (phase) {
      case VERIFY -> "Initiate only sales projects we can and should win.";
      case DEVELOP_SOLUTION -> "Offer a competitive solution from the customer's point of view.";
      case PRE_BID_GUIDANCE -> "Enter the tender on terms that favour our strengths.";
      case BID -> "Submit a winning bid with a sound plan and estimate.";
      case NEGOTIATE -> "Sign a contract without buried mines.";
    };
  }

  private static String phaseOwner(SalesPhase phase) {
    return switch (phase) {
      case DEVELOP_SOLUTION, PRE_BID_GUIDANCE -> "solution responsible (SR)";
      case VERIFY, BID, NEGOTIATE -> "account responsible (AR)";
    };
  }

  private static void manageContractExecution(List<ProcessCard> drafts) {
    drafts.add(
        card(
                MANAGE_CONTRACT_EXECUTION,
                "Manage Contract Execution (MCE)",
                ProcessLevel.L3,
                EXECUTION)
            .description("Register, hand over, deliver, change, invoice, collect, accept, close.")
            .purpose("Deliver what was signed and collect the cash, without receivable losses.")
            .owningDepartment(CONTRACTS)
            .ownerRole(Position.of("MCE process owner"))
            .addInput("signed contracts")
            .addOutputs("accepted deliveries", "cash collected", "closed contracts")
            .addMetrics(COLLECTION_RATE, OVERDUE_RECEIVABLES)
            .addControlPoints(
                KeyControlPoint.of(
                    "contract registration",
                    "the contract is registered before it is handed over to delivery",
                    RuleId.D5_1),
                KeyControlPoint.of(
                    "contract change approval",
                    "every change is approved and recorded with its reason",
                    RuleId.D5_2),
                KeyControlPoint.of(
                    "invoicing within the contract",
                    "invoiced never exceeds the contract value, collected never exceeds invoiced",
                    RuleId.D5_3))
            .build());
    mce(
        drafts,
        "REGISTER",
        "Register the contract",
        CONTRACTS,
        "contract manager",
        "Register the signed contract; registration triggers the delivery project.");
    mce(
        drafts,
        "HAND_OVER",
        "Hand the contract over to delivery",
        DELIVERY,
        "fulfilment responsible (FR)",
        "Hand the contract over from pre-sale to post-sale with its fulfilment plan.");
    mce(
        drafts,
        "EXECUTE",
        "Execute the contract",
        DELIVERY,
        "fulfilment responsible (FR)",
        "Deliver along the fulfilment plan.");
    mce(
        drafts,
        "MANAGE_CHANGES",
        "Manage contract changes",
        CONTRACTS,
        "contract manager",
        "Approve and record each change of scope, amount, dates or payment terms.");
    mce(
        drafts,
        "INVOICE_AND_COLLECT",
        "Invoice and collect",
        FINANCE,
        "collection manager",
        "Invoice against payment milestones, follow receivables and collect payments.");
    mce(
        drafts,
        "ACCEPTANCE",
        "Customer acceptance",
        DELIVERY,
        "fulfilment responsible (FR)",
        "Obtain the customer's acceptance of what was delivered.");
    mce(
        drafts,
        "CLOSE",
        "Close the contract",
        CONTRACTS,
        "contract manager",
        "Close the contract once accepted, fully invoiced and settled.");
  }

  private static void management(List<ProcessCard> drafts) {
    drafts.add(
        card(MANAGE_PROJECTS, "Manage projects", ProcessLevel.L3, MANAGEMENT)
            .description("Run each sales and delivery project with its plan, budget and team.")
            .purpose("Deliver every project on plan.")
            .owningDepartment(SALES)
            .ownerRole(Position.of("project management process owner"))
            .build());
    drafts.add(
        card(MANAGE_PROJECT_PORTFOLIO, "Manage project portfolio", ProcessLevel.L3, MANAGEMENT)
            .description("Forecast and plan across projects: orders, supply demand, resources.")
            .purpose("Integrate the work of many projects (项目群).")
            .owningDepartment(SALES)
            .ownerRole(Position.of("project portfolio process owner"))
            .build());
    drafts.add(
        card(
                MANAGE_AUTHORISATION,
                "Manage authorisation and its exercise",
                ProcessLevel.L3,
                MANAGEMENT)
            .description("Say who may decide what, and check that decisions follow the rules.")
            .purpose("Decide at the right level and in time (授权与行权).")
            .owningDepartment(FINANCE)
            .ownerRole(Position.of("authorisation process owner"))
            .addOutput("authorisation rules")
            .build());
  }

  private static void enabling(List<ProcessCard> drafts) {
    drafts.add(
        card(MANAGE_CUSTOMERS, "Manage customers (MCR)", ProcessLevel.L3, ENABLING)
            .description("Know, select, grade and develop customers and their relationships.")
            .purpose("Make customers the soil in which projects grow.")
            .owningDepartment(SALES)
            .ownerRole(Position.of("MCR process owner"))
            .build());
    drafts.add(
        card(MANAGE_SOLUTIONS, "Manage solutions", ProcessLevel.L3, ENABLING)
            .description("Build and maintain the solutions sold on the best path.")
            .purpose("Give every opportunity a competitive solution.")
            .owningDepartment(SOLUTIONS)
            .ownerRole(Position.of("solution process owner"))
            .build());
    drafts.add(
        card(MANAGE_CONTRACT_LIFECYCLE, "Manage contract lifecycle", ProcessLevel.L3, ENABLING)
            .description("Keep contract templates, clauses and records through the lifecycle.")
            .purpose("Make every contract sound, traceable and free of buried mines.")
            .owningDepartment(CONTRACTS)
            .ownerRole(Position.of("contract lifecycle process owner"))
            .build());
  }

  // ---------------------------------------------------------------- helpers

  private static ProcessCard.Builder card(
      ProcessId id,
      String name,
      ProcessLevel level,
      @org.jspecify.annotations.Nullable ProcessId parent) {
    ProcessCard.Builder builder = ProcessCard.builder();
    builder.id(id).name(name).level(level).parent(Optional.ofNullable(parent));
    return builder;
  }

  private static void activity(
      List<ProcessCard> drafts, ProcessId parent, String key, String name, String owner) {
    drafts.add(
        card(ProcessId.of(parent.value() + "." + key), name, ProcessLevel.L5, parent)
            .description(name + ".")
            .purpose("A key activity of " + parent + ".")
            .owningDepartment(SALES)
            .ownerRole(Position.of(owner))
            .build());
  }

  private static void mce(
      List<ProcessCard> drafts,
      String key,
      String name,
      Department department,
      String owner,
      String description) {
    drafts.add(
        card(
                ProcessId.of(MANAGE_CONTRACT_EXECUTION.value() + "." + key),
                name,
                ProcessLevel.L4,
                MANAGE_CONTRACT_EXECUTION)
            .description(description)
            .purpose("Execute the contract as signed (DOMAIN D5).")
            .owningDepartment(department)
            .ownerRole(Position.of(owner))
            .build());
  }

  /** {@return the drafts with each card's children filled in, in the order they were drafted} */
  private static List<ProcessCard> withChildren(List<ProcessCard> drafts) {
    List<ProcessCard> cards = new ArrayList<>();
    for (ProcessCard draft : drafts) {
      cards.add(
          ProcessCard.builder()
              .from(draft)
              .children(
                  drafts.stream()
                      .filter(c -> c.parent().equals(Optional.of(draft.id())))
                      .map(ProcessCard::id)
                      .toList())
              .build());
    }
    return cards;
  }

  private static String capitalised(String text) {
    Objects.requireNonNull(text, "text");
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
