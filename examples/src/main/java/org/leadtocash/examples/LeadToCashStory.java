package org.leadtocash.examples;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.leadtocash.domain.common.CompetitorId;
import org.leadtocash.domain.common.ContractId;
import org.leadtocash.domain.common.CustomerId;
import org.leadtocash.domain.common.EmployeeId;
import org.leadtocash.domain.common.LeadId;
import org.leadtocash.domain.common.OpportunityId;
import org.leadtocash.domain.common.OrganisationLevel;
import org.leadtocash.domain.common.Probability;
import org.leadtocash.domain.common.Transition;
import org.leadtocash.domain.contract.Clause;
import org.leadtocash.domain.contract.ClauseId;
import org.leadtocash.domain.contract.ClauseType;
import org.leadtocash.domain.contract.Contract;
import org.leadtocash.domain.contract.ContractEvent;
import org.leadtocash.domain.contract.DeliveryProjectId;
import org.leadtocash.domain.contract.InvoiceId;
import org.leadtocash.domain.contract.MilestoneId;
import org.leadtocash.domain.contract.PaymentMilestone;
import org.leadtocash.domain.contract.PaymentTrigger;
import org.leadtocash.domain.customer.CustomerGrade;
import org.leadtocash.domain.lead.Lead;
import org.leadtocash.domain.lead.LeadConversion;
import org.leadtocash.domain.lead.LeadEvent;
import org.leadtocash.domain.lead.LeadProfile;
import org.leadtocash.domain.lead.LeadSource;
import org.leadtocash.domain.lead.NurturingStep;
import org.leadtocash.domain.lead.ValidationAnswers;
import org.leadtocash.domain.lead.ValidationCriterion;
import org.leadtocash.domain.opportunity.AwardSplit;
import org.leadtocash.domain.opportunity.DecisionAuthority;
import org.leadtocash.domain.opportunity.EstimateContributor;
import org.leadtocash.domain.opportunity.Gate;
import org.leadtocash.domain.opportunity.GatePassage;
import org.leadtocash.domain.opportunity.GatePolicy;
import org.leadtocash.domain.opportunity.Opportunity;
import org.leadtocash.domain.opportunity.OpportunityEvent;
import org.leadtocash.domain.opportunity.ProjectEstimate;
import org.leadtocash.domain.opportunity.Ruling;
import org.leadtocash.domain.opportunity.SalesPhase;
import org.leadtocash.domain.opportunity.TrafficLight;
import org.leadtocash.domain.opportunity.Verdict;
import org.leadtocash.domain.team.CoreRole;
import org.leadtocash.domain.team.CustomerGroupTriangle;
import org.leadtocash.domain.team.ResourcePool;
import org.leadtocash.domain.team.RoleHolder;
import org.leadtocash.domain.team.Staffing;
import org.leadtocash.domain.team.StaffingReport;
import org.leadtocash.domain.team.SystemDepartmentSize;

/**
 * One lead-to-cash story, step by step (DOMAIN D1.5: ML → MO → MCE): North Mobile's budget table
 * names a backbone upgrade; the lead is validated, nurtured and converted; the iron triangle is
 * staffed; ATI, ATB and ATC are passed; we win against Emerald Networks; the contract is signed,
 * registered, handed over, invoiced and collected, accepted and closed.
 *
 * <p>Each step is a pure function from the state before to the {@link Transition} after, so that
 * the tour ({@link LeadToCashTour}) prints the same story that the scenario test asserts. Every
 * time is an argument: nothing reads the clock.
 */
public final class LeadToCashStory {

  /** The currency of the story. */
  public static final CurrencyUnit CNY = CurrencyUnit.of("CNY");

  /** The customer, graded A (DOMAIN D6.2). */
  public static final CustomerId NORTH_MOBILE = CustomerId.of("CU-NORTH-MOBILE");

  /** The customer's grade, for the gate authority. */
  public static final CustomerGrade GRADE = CustomerGrade.A;

  /** The competitor we meet in the bid. */
  public static final CompetitorId EMERALD = CompetitorId.of("CO-EMERALD-NETWORKS");

  /** The lead. */
  public static final LeadId LEAD = LeadId.of("LD-2026-014");

  /** The opportunity the lead converts into. */
  public static final OpportunityId OPPORTUNITY = OpportunityId.of("OP-2026-031");

  /** The contract. */
  public static final ContractId CONTRACT = ContractId.of("CT-2026-007");

  /** The delivery project that registration triggers. */
  public static final DeliveryProjectId DELIVERY_PROJECT = DeliveryProjectId.of("DP-2026-007");

  /** Zhang, the account responsible (AR) of the system department; creates the lead. */
  public static final EmployeeId ZHANG_AR = EmployeeId.of("E-ZHANG");

  /** Sun, the solution responsible (SR) of the system department. */
  public static final EmployeeId SUN_SR = EmployeeId.of("E-SUN");

  /** Zhou, a fulfilment responsible (FR) in the representative office's resource centre. */
  public static final EmployeeId ZHOU_FR = EmployeeId.of("E-ZHOU");

  /** Gao, an FR in the region's pool, not needed while the office has one. */
  public static final EmployeeId GAO_FR = EmployeeId.of("E-GAO");

  /** Li, the lead manager. */
  public static final EmployeeId LI_LEAD_MANAGER = EmployeeId.of("E-LI");

  /** Wang, the nurturing owner. */
  public static final EmployeeId WANG_NURTURER = EmployeeId.of("E-WANG");

  /** Chen, the general manager of the office and project sponsor. */
  public static final EmployeeId CHEN_SPONSOR = EmployeeId.of("E-CHEN");

  /** Ma, the region's president, who decides the gates of a CNY 12 M opportunity. */
  public static final EmployeeId MA_REGION = EmployeeId.of("E-MA");

  /** Qian, the contract owner from legal. */
  public static final EmployeeId QIAN_LEGAL = EmployeeId.of("E-QIAN");

  /** The gate policy: the region decides from CNY 10 M, headquarters from CNY 50 M (D3.2). */
  public static final GatePolicy GATES = GatePolicy.standard(cny(10_000_000), cny(50_000_000));

  /** The penalty clause that the risk review flags before signature (D5.4). */
  public static final ClauseId PENALTY = ClauseId.of("CL-PENALTY");

  /** The payment milestones of the contract (D5.3). */
  public static final MilestoneId ADVANCE = MilestoneId.of("MS-ADVANCE");

  /** Payment on delivery of the equipment. */
  public static final MilestoneId EQUIPMENT = MilestoneId.of("MS-EQUIPMENT");

  /** Payment on delivery of the installation. */
  public static final MilestoneId INSTALLATION = MilestoneId.of("MS-INSTALLATION");

  /** Payment on the customer's acceptance. */
  public static final MilestoneId FINAL_ACCEPTANCE = MilestoneId.of("MS-ACCEPTANCE");

  /** The invoices, one per milestone. */
  public static final InvoiceId INV_ADVANCE = InvoiceId.of("INV-0601");

  /** The equipment invoice, overdue at the report date. */
  public static final InvoiceId INV_EQUIPMENT = InvoiceId.of("INV-0915");

  /** The installation invoice, partly paid at the report date. */
  public static final InvoiceId INV_INSTALLATION = InvoiceId.of("INV-1102");

  /** The acceptance invoice. */
  public static final InvoiceId INV_ACCEPTANCE = InvoiceId.of("INV-1201");

  /** The date of the receivables report. */
  public static final LocalDate REPORT_DATE = LocalDate.of(2026, 11, 20);

  private LeadToCashStory() {}

  /**
   * Returns the amount in CNY.
   *
   * @param amount major units
   * @return the money, never null
   */
  public static Money cny(long amount) {
    return Money.ofMajor(CNY, amount);
  }

  /**
   * Returns 09:00 UTC on a day of the story.
   *
   * @param date the day; not null
   * @return the instant, never null
   */
  public static Instant on(LocalDate date) {
    return date.atTime(9, 0).toInstant(ZoneOffset.UTC);
  }

  // ---------------------------------------------------------------- ML: manage leads (D2)

  /**
   * Zhang finds line 14 of North Mobile's 2027 budget table at year end (D2.2), creates the lead —
   * mature, since the customer has a budget (D2.3) — and submits it to Li, the lead manager (D2.4).
   *
   * @return the submitted lead
   */
  public static Transition<Lead, LeadEvent> leadFromBudgetTable() {
    LeadProfile profile =
        LeadProfile.builder()
            .customer(NORTH_MOBILE)
            .title("Backbone upgrade, northern provinces")
            .need("line 14 of the 2027 investment budget table: backbone capacity x4")
            .source(LeadSource.CUSTOMER_BUDGET_TABLE)
            .budget(cny(12_000_000))
            .build();
    LocalDate found = LocalDate.of(2025, 12, 15);
    return Lead.create(LEAD, profile, ZHANG_AR, on(found))
        .then(l -> l.submit(LI_LEAD_MANAGER, on(found.plusDays(1))));
  }

  /**
   * Li answers every criterion of the validation KCP at the weekly lead review (D2.5): Q1 and Q2
   * pass; of Q3 all but the coach, whom we do not have yet.
   *
   * @param lead the submitted lead; not null
   * @return the validated lead, its report inside
   */
  public static Transition<Lead, LeadEvent> validate(Lead lead) {
    ValidationAnswers.Builder answers = ValidationAnswers.builder();
    for (ValidationCriterion criterion : ValidationCriterion.values()) {
      if (criterion == ValidationCriterion.COACH_READY) {
        answers.notMet(criterion, "no coach inside the planning department yet");
      } else {
        answers.met(criterion, evidence(criterion));
      }
    }
    return lead.validate(answers.build(), LI_LEAD_MANAGER, on(LocalDate.of(2025, 12, 19)));
  }

  private static String evidence(ValidationCriterion criterion) {
    switch (criterion.question()) {
      case IS_IT_A_LEAD:
        return "backbone is our core business; the customer pays on time";
      case HOW_FAR_FROM_US:
        return "traffic grows 40% a year; the tender is planned for March";
      default:
        return "checked in the account plan review";
    }
  }

  /**
   * The review assigns Wang to nurture the lead, and Wang walks the nurturing path in order (D2.6),
   * the KDM acknowledging our vision on the first try.
   *
   * @param lead the validated lead; not null
   * @return the nurtured lead, handed over
   */
  public static Transition<Lead, LeadEvent> nurture(Lead lead) {
    LocalDate day = LocalDate.of(2026, 1, 5);
    Transition<Lead, LeadEvent> t = lead.nurture(WANG_NURTURER, on(day.minusDays(17)));
    for (NurturingStep step : NurturingStep.values()) {
      LocalDate when = day;
      t =
          step == NurturingStep.KDM_ACKNOWLEDGES
              ? t.then(l -> l.recordKdmResponse(true, note(step), WANG_NURTURER, on(when)))
              : t.then(l -> l.recordNurturingStep(step, note(step), WANG_NURTURER, on(when)));
      day = day.plusDays(4);
    }
    return t;
  }

  /** What Wang notes at each step of the nurturing path. */
  private static String note(NurturingStep step) {
    switch (step) {
      case IDENTIFY_PAIN_CHAIN:
        return "traffic outgrows the backbone; congestion costs them subscribers";
      case AROUSE_KDM_INTEREST:
        return "the CTO asks us for a capacity study";
      case GUIDE_KDM_TO_PAIN:
        return "the CTO agrees that the backbone limits their 5G growth";
      case DECIDE_COMPETITIVE_STRATEGY:
        return "lead on capacity per watt; Emerald Networks competes on price";
      case SHAPE_KDM_VISION:
        return "a 400G backbone, upgraded ring by ring without downtime";
      case GUIDE_BUDGET_AND_FINANCING:
        return "the budget line is confirmed; vendor financing offered for the second phase";
      case HAND_OVER:
        return "handed back to the account team to open the opportunity";
      default:
        return "the CTO presents our vision to the board";
    }
  }

  /**
   * The review converts the lead (D2.7): it has a budget and a passed KCP; the opportunity opens
   * with the budget as its amount, linked both ways.
   *
   * @param lead the nurtured lead; not null
   * @return the converted lead and the opened opportunity
   */
  public static LeadConversion convert(Lead lead) {
    return lead.convert(OPPORTUNITY, ZHANG_AR, on(LocalDate.of(2026, 2, 3)));
  }

  // ---------------------------------------------------------------- the iron triangle (D4)

  /**
   * The system department of North Mobile is medium-sized: it has its own AR and SR, and the FR
   * comes from the pools, the office's resource centre first (D4.4).
   *
   * @return the staffing report of the project triangle
   */
  public static StaffingReport staffTriangle() {
    CustomerGroupTriangle department =
        CustomerGroupTriangle.builder()
            .customer(NORTH_MOBILE)
            .size(SystemDepartmentSize.MEDIUM)
            .addHolder(RoleHolder.of(CoreRole.AR, ZHANG_AR, LocalDate.of(2023, 4, 1)))
            .addHolder(RoleHolder.of(CoreRole.SR, SUN_SR, LocalDate.of(2024, 9, 1)))
            .build();
    List<ResourcePool> pools =
        List.of(
            ResourcePool.builder()
                .level(OrganisationLevel.REGION)
                .name("North region pool")
                .putAvailable(CoreRole.FR, GAO_FR)
                .build(),
            ResourcePool.builder()
                .level(OrganisationLevel.REPRESENTATIVE_OFFICE)
                .name("Beijing office resource centre")
                .putAvailable(CoreRole.FR, ZHOU_FR)
                .build());
    return Staffing.staff(OPPORTUNITY, CHEN_SPONSOR, department, pools);
  }

  // ---------------------------------------------------------------- MO: opportunities (D3)

  /**
   * The project triangle is assigned; the opportunity is verified with Zhou from delivery; Emerald
   * Networks is recorded as the competitor; the project is a hilltop, green; the customer's grade
   * is recorded, for the authority of the gate decisions.
   *
   * @param opportunity the opened opportunity; not null
   * @param staffing the staffing report; not null
   * @return the opportunity ready for ATI
   */
  public static Transition<Opportunity, OpportunityEvent> verify(
      Opportunity opportunity, StaffingReport staffing) {
    return opportunity
        .assignTriangle(staffing.triangle(), on(LocalDate.of(2026, 2, 4)))
        .then(
            o ->
                o.forecast(
                    cny(12_000_000),
                    LocalDate.of(2026, 5, 29),
                    Probability.ofPercent(40),
                    on(LocalDate.of(2026, 2, 6))))
        .then(o -> o.recordDeliveryParticipation(ZHOU_FR, on(LocalDate.of(2026, 2, 9))))
        .then(o -> o.addCompetitor(EMERALD, on(LocalDate.of(2026, 2, 10))))
        .then(o -> o.markHilltop(TrafficLight.GREEN, on(LocalDate.of(2026, 2, 10))))
        .then(
            o ->
                o.recordCustomerGrade(
                    CustomerStory.gradeNorthMobile().state().gradeAttestation().orElseThrow(),
                    on(LocalDate.of(2026, 2, 10))));
  }

  /**
   * Returns a ruling of the region's president on a gate of the story's opportunity.
   *
   * @param gate the gate; not null
   * @param date the date of the decision; not null
   * @param verdict the verdict; not null
   * @param rationale why; not null
   * @return the ruling
   */
  public static Ruling regionRuling(Gate gate, LocalDate date, Verdict verdict, String rationale) {
    Ruling.Builder ruling =
        Ruling.builder()
            .gate(gate)
            .authority(DecisionAuthority.of(MA_REGION, OrganisationLevel.REGION))
            .decidedOn(date)
            .verdict(verdict)
            .rationale(rationale);
    if (verdict == Verdict.APPROVED_WITH_CONDITIONS) {
      ruling.addCondition("an advance payment of at least 30%");
    }
    return ruling.build();
  }

  /**
   * ATI (D3.2): planned and decided on 16 February; the approval moves the opportunity on to
   * develop the solution.
   *
   * @param opportunity the verified opportunity; not null
   * @return the opportunity in solution development
   */
  public static Transition<Opportunity, OpportunityEvent> passAti(Opportunity opportunity) {
    LocalDate date = LocalDate.of(2026, 2, 16);
    return opportunity
        .planGate(Gate.ATI, date, on(date.minusDays(5)))
        .then(
            o ->
                o.decide(
                    regionRuling(Gate.ATI, date, Verdict.APPROVED, "budgeted, strategic, winnable"),
                    GATES,
                    on(date)));
  }

  /**
   * ATB (D3.2): the integrated plan and estimate, prepared with supply, procurement, service
   * delivery and finance, supports the approval to bid, on the condition of an advance payment; the
   * approval moves the opportunity on to the bid.
   *
   * @param opportunity the opportunity after ATI; not null
   * @return the opportunity bidding
   */
  public static Transition<Opportunity, OpportunityEvent> passAtb(Opportunity opportunity) {
    LocalDate date = LocalDate.of(2026, 3, 20);
    return opportunity
        .recordEstimate(estimate(LocalDate.of(2026, 3, 10), 8_100_000), on(date.minusDays(10)))
        .then(o -> o.moveTo(SalesPhase.PRE_BID_GUIDANCE, on(date.minusDays(8))))
        .then(
            o ->
                o.decide(
                    regionRuling(
                        Gate.ATB,
                        date,
                        Verdict.APPROVED_WITH_CONDITIONS,
                        "margin 32% at the estimated cost"),
                    GATES,
                    on(date)));
  }

  /**
   * The customer awards three quarters of the project to us and a quarter to Emerald Networks on 8
   * May (D3.5); the award moves the opportunity on to negotiate the contract.
   *
   * @param opportunity the opportunity bidding; not null
   * @return the won opportunity, awaiting ATC
   */
  public static Transition<Opportunity, OpportunityEvent> win(Opportunity opportunity) {
    return opportunity.win(
        AwardSplit.builder().ours(cny(9_000_000)).putCompetitor(EMERALD, cny(3_000_000)).build(),
        on(LocalDate.of(2026, 5, 8)));
  }

  /**
   * ATC (D3.2, D3.5): after the award, in negotiation, the refreshed estimate supports the approval
   * to contract; the contract may then be signed.
   *
   * @param opportunity the won opportunity; not null
   * @return the opportunity with its contract approval
   */
  public static Transition<Opportunity, OpportunityEvent> passAtc(Opportunity opportunity) {
    LocalDate date = LocalDate.of(2026, 5, 15);
    return opportunity
        .recordEstimate(estimate(LocalDate.of(2026, 5, 12), 6_300_000), on(date.minusDays(3)))
        .then(
            o ->
                o.decide(
                    regionRuling(
                        Gate.ATC, date, Verdict.APPROVED, "terms negotiated within the mandate"),
                    GATES,
                    on(date)));
  }

  private static ProjectEstimate estimate(LocalDate preparedOn, long cost) {
    return ProjectEstimate.builder()
        .preparedOn(preparedOn)
        .estimatedCost(cny(cost))
        .contributors(EnumSet.allOf(EstimateContributor.class))
        .build();
  }

  /**
   * The whole sales side in one go: the lead converted, the triangle staffed, ATI and ATB passed,
   * the opportunity won and ATC passed.
   *
   * @return the won opportunity, with its contract approval and all its events since it opened
   */
  public static Transition<Opportunity, OpportunityEvent> leadToWin() {
    Lead lead = nurture(validate(leadFromBudgetTable().state()).state()).state();
    StaffingReport staffing = staffTriangle();
    return convert(lead)
        .opportunity()
        .then(o -> verify(o, staffing))
        .then(LeadToCashStory::passAti)
        .then(LeadToCashStory::passAtb)
        .then(LeadToCashStory::win)
        .then(LeadToCashStory::passAtc);
  }

  // ---------------------------------------------------------------- MCE: contracts (D5)

  /**
   * The contract is drafted for our CNY 9 M share with four payment milestones; its penalty clause
   * has no cap, which the risk review flags before signature (D5.4).
   *
   * @return the drafted contract
   */
  public static Transition<Contract, ContractEvent> draftContract() {
    List<Clause> clauses =
        List.of(
            Clause.builder()
                .id(ClauseId.of("CL-PAYMENT"))
                .type(ClauseType.PAYMENT_TERMS)
                .text("each invoice is paid within 30 days of issue")
                .paymentTermDays(30)
                .build(),
            Clause.of(
                ClauseId.of("CL-ACCEPTANCE"),
                ClauseType.ACCEPTANCE_CRITERIA,
                "acceptance when the 36 test cases of annex 4 pass on every ring"),
            Clause.of(PENALTY, ClauseType.PENALTY, "0.2% of the contract value per day of delay"),
            Clause.of(
                ClauseId.of("CL-WARRANTY"), ClauseType.WARRANTY, "24 months of hardware warranty"));
    List<PaymentMilestone> milestones =
        List.of(
            PaymentMilestone.of(
                ADVANCE,
                "advance payment (30%)",
                cny(2_700_000),
                LocalDate.of(2026, 7, 1),
                PaymentTrigger.ON_SIGNATURE),
            PaymentMilestone.of(
                EQUIPMENT,
                "equipment delivered (40%)",
                cny(3_600_000),
                LocalDate.of(2026, 10, 15),
                PaymentTrigger.ON_DELIVERY),
            PaymentMilestone.of(
                INSTALLATION,
                "installation delivered (10%)",
                cny(900_000),
                LocalDate.of(2026, 12, 2),
                PaymentTrigger.ON_DELIVERY),
            PaymentMilestone.of(
                FINAL_ACCEPTANCE,
                "final acceptance (20%)",
                cny(1_800_000),
                LocalDate.of(2027, 1, 15),
                PaymentTrigger.ON_ACCEPTANCE));
    return Contract.draft(
        CONTRACT,
        OPPORTUNITY,
        NORTH_MOBILE,
        cny(9_000_000),
        clauses,
        milestones,
        on(LocalDate.of(2026, 5, 18)));
  }

  /**
   * Legal accepts the flagged penalty risk with its reason; the contract is signed with the passage
   * of ATC its opportunity issued (D5.1, D5.4).
   *
   * @param contract the drafted contract; not null
   * @param atc the passage of ATC the contract's opportunity issued ({@code
   *     opportunity.contractApproval()}); not null
   * @return the signed contract
   */
  public static Transition<Contract, ContractEvent> sign(Contract contract, GatePassage atc) {
    return contract
        .acceptRisk(
            PENALTY,
            QIAN_LEGAL,
            "the customer's standard clause; our delivery plan has 6 weeks of slack",
            on(LocalDate.of(2026, 5, 20)))
        .then(c -> c.sign(atc, on(LocalDate.of(2026, 5, 22))));
  }

  /**
   * Registration triggers the delivery project; handover to Zhou, the delivery manager, yields the
   * fulfilment plan; execution starts (D5.1).
   *
   * @param contract the signed contract; not null
   * @return the executing contract
   */
  public static Transition<Contract, ContractEvent> handOver(Contract contract) {
    return contract
        .register(DELIVERY_PROJECT, on(LocalDate.of(2026, 5, 25)))
        .then(c -> c.handOver(ZHOU_FR, on(LocalDate.of(2026, 5, 27))))
        .then(c -> c.startExecution(on(LocalDate.of(2026, 6, 1))));
  }

  /**
   * Invoices are issued against three milestones, confirmed by the customer and paid (D5.3): the
   * advance in full; the equipment not at all, overdue by the report date; the installation in
   * part.
   *
   * @param contract the executing contract; not null
   * @return the contract as of the report date
   */
  public static Transition<Contract, ContractEvent> invoiceAndCollect(Contract contract) {
    return contract
        .issueInvoice(
            INV_ADVANCE,
            ADVANCE,
            cny(2_700_000),
            LocalDate.of(2026, 6, 1),
            LocalDate.of(2026, 7, 1),
            on(LocalDate.of(2026, 6, 1)))
        .then(c -> c.confirmInvoice(INV_ADVANCE, LocalDate.of(2026, 6, 3), on(date(2026, 6, 3))))
        .then(
            c ->
                c.receivePayment(
                    INV_ADVANCE, cny(2_700_000), LocalDate.of(2026, 6, 28), on(date(2026, 6, 28))))
        .then(
            c ->
                c.issueInvoice(
                    INV_EQUIPMENT,
                    EQUIPMENT,
                    cny(3_600_000),
                    LocalDate.of(2026, 9, 15),
                    LocalDate.of(2026, 10, 15),
                    on(date(2026, 9, 15))))
        .then(
            c -> c.confirmInvoice(INV_EQUIPMENT, LocalDate.of(2026, 9, 18), on(date(2026, 9, 18))))
        .then(
            c ->
                c.issueInvoice(
                    INV_INSTALLATION,
                    INSTALLATION,
                    cny(900_000),
                    LocalDate.of(2026, 11, 2),
                    LocalDate.of(2026, 12, 2),
                    on(date(2026, 11, 2))))
        .then(
            c ->
                c.confirmInvoice(
                    INV_INSTALLATION, LocalDate.of(2026, 11, 4), on(date(2026, 11, 4))))
        .then(
            c ->
                c.receivePayment(
                    INV_INSTALLATION,
                    cny(400_000),
                    LocalDate.of(2026, 11, 16),
                    on(date(2026, 11, 16))));
  }

  /**
   * The customer accepts the network; the acceptance milestone is invoiced; everything outstanding
   * is collected; the contract is closed (D5.1, D5.3).
   *
   * @param contract the contract after the report date; not null
   * @return the closed contract
   */
  public static Transition<Contract, ContractEvent> acceptAndClose(Contract contract) {
    return contract
        .receivePayment(
            INV_EQUIPMENT, cny(3_600_000), LocalDate.of(2026, 11, 26), on(date(2026, 11, 26)))
        .then(c -> c.accept(LocalDate.of(2026, 12, 1), on(date(2026, 12, 1))))
        .then(
            c ->
                c.issueInvoice(
                    INV_ACCEPTANCE,
                    FINAL_ACCEPTANCE,
                    cny(1_800_000),
                    LocalDate.of(2026, 12, 1),
                    LocalDate.of(2026, 12, 31),
                    on(date(2026, 12, 1))))
        .then(
            c -> c.confirmInvoice(INV_ACCEPTANCE, LocalDate.of(2026, 12, 2), on(date(2026, 12, 2))))
        .then(
            c ->
                c.receivePayment(
                    INV_INSTALLATION,
                    cny(500_000),
                    LocalDate.of(2026, 12, 2),
                    on(date(2026, 12, 2))))
        .then(
            c ->
                c.receivePayment(
                    INV_ACCEPTANCE,
                    cny(1_800_000),
                    LocalDate.of(2026, 12, 28),
                    on(date(2026, 12, 28))))
        .then(c -> c.close(on(date(2026, 12, 30))));
  }

  private static LocalDate date(int year, int month, int day) {
    return LocalDate.of(year, month, day);
  }
}
