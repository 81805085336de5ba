package org.leadtocash.domain.contract;

import static org.leadtocash.domain.testing.DomainTesters.D0;
import static org.leadtocash.domain.testing.DomainTesters.T0;
import static org.leadtocash.domain.testing.DomainTesters.cny;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.joda.money.Money;
import org.leadtocash.domain.common.ContractId;
import org.leadtocash.domain.common.CustomerId;
import org.leadtocash.domain.common.EmployeeId;
import org.leadtocash.domain.common.OpportunityId;
import org.leadtocash.domain.common.Transition;
import org.leadtocash.domain.opportunity.Gate;
import org.leadtocash.domain.opportunity.GateDecision;
import org.leadtocash.domain.opportunity.GatePassage;
import org.leadtocash.domain.opportunity.Verdict;
import org.leadtocash.domain.testing.Opportunities;

/**
 * Contracts at each step of their lifecycle, and the gate decisions that sign them, for the
 * contract tests.
 *
 * <p>The standard contract: 10 M CNY for opportunity {@code OP-1}, with clean clauses (payment in
 * 30 days, measurable acceptance criteria, a penalty capped at 5%, a warranty) and three payment
 * milestones — a 3 M advance on signature due on day 60, 4 M on delivery due on day 150 and 3 M on
 * acceptance due on day 240.
 */
final class ContractFixtures {

  static final ContractId CONTRACT = ContractId.of("CT-1");
  static final OpportunityId OPPORTUNITY = OpportunityId.of("OP-1");
  static final OpportunityId OTHER_OPPORTUNITY = OpportunityId.of("OP-2");
  static final CustomerId CUSTOMER = CustomerId.of("CU-NORTH-MOBILE");
  static final EmployeeId OFFICE_HEAD = EmployeeId.of("E-OFFICE");
  static final EmployeeId LEGAL = EmployeeId.of("E-LEGAL");
  static final EmployeeId SALES_VP = EmployeeId.of("E-VP");
  static final EmployeeId DELIVERY_MANAGER = EmployeeId.of("E-DM");
  static final DeliveryProjectId PROJECT = DeliveryProjectId.of("DP-1");

  static final ClauseId PAY = ClauseId.of("PAY-1");
  static final ClauseId ACC = ClauseId.of("ACC-1");
  static final ClauseId PEN = ClauseId.of("PEN-1");
  static final ClauseId WAR = ClauseId.of("WAR-1");
  static final ClauseId LIA = ClauseId.of("LIA-1");

  static final MilestoneId ADVANCE = MilestoneId.of("M-ADV");
  static final MilestoneId DELIVERY = MilestoneId.of("M-DEL");
  static final MilestoneId FINAL = MilestoneId.of("M-ACC");

  static final Money VALUE = cny(10_000_000);

  private ContractFixtures() {}

  static Instant day(int n) {
    return T0.plus(Duration.ofDays(n));
  }

  static LocalDate date(int n) {
    return D0.plusDays(n);
  }

  // ---------------------------------------------------------------- gate decisions

  /**
   * Returns a gate decision of an opportunity, as the opportunity recorded it: a contract cannot be
   * signed under a decision built by hand.
   *
   * @param opportunity the opportunity decided on
   * @param gate the gate
   * @param verdict the verdict
   */
  static GateDecision decision(OpportunityId opportunity, Gate gate, Verdict verdict) {
    return Opportunities.decision(opportunity, gate, verdict);
  }

  /**
   * Returns the passage of ATC an opportunity with the contract's customer issued: the evidence a
   * signature needs.
   */
  static GatePassage atc(OpportunityId opportunity) {
    return Opportunities.atc(opportunity, CUSTOMER);
  }

  /** Returns the passage of ATC {@link #OPPORTUNITY} issued. */
  static GatePassage atc() {
    return atc(OPPORTUNITY);
  }

  /**
   * Returns what {@link #OPPORTUNITY}, with the contract's customer, issues for a gate just after a
   * decision of it with a verdict: its passage exactly when the verdict passes the gate.
   */
  static Optional<GatePassage> passage(Gate gate, Verdict verdict) {
    return Opportunities.decided(OPPORTUNITY, CUSTOMER, gate, verdict).passage(gate);
  }

  /** Returns the approved ATC decision of an opportunity, as a signed contract records it. */
  static GateDecision atcDecision(OpportunityId opportunity) {
    return atc(opportunity).decision();
  }

  /** Returns the approved ATC decision of {@link #OPPORTUNITY}, as a signed contract records it. */
  static GateDecision atcDecision() {
    return atcDecision(OPPORTUNITY);
  }

  // ---------------------------------------------------------------- terms

  static Clause paymentTerms(int days) {
    return Clause.builder()
        .id(PAY)
        .type(ClauseType.PAYMENT_TERMS)
        .text("the customer pays each invoice within " + days + " days of confirming it")
        .paymentTermDays(days)
        .build();
  }

  static Clause acceptanceCriteria(String text) {
    return Clause.of(ACC, ClauseType.ACCEPTANCE_CRITERIA, text);
  }

  static Clause measurableAcceptance() {
    return acceptanceCriteria("all 42 test cases of annex 3 pass; throughput at least 10 Gbit/s");
  }

  static Clause penalty(int capPercent) {
    return Clause.builder()
        .id(PEN)
        .type(ClauseType.PENALTY)
        .text("0.1% of the contract value per day of delay, capped")
        .capPercent(capPercent)
        .build();
  }

  static Clause uncappedPenalty() {
    return Clause.of(PEN, ClauseType.PENALTY, "0.5% of the contract value per day of delay");
  }

  static Clause warranty() {
    return Clause.of(WAR, ClauseType.WARRANTY, "12 months of hardware warranty");
  }

  static List<Clause> cleanClauses() {
    return List.of(paymentTerms(30), measurableAcceptance(), penalty(5), warranty());
  }

  static PaymentMilestone advance() {
    return PaymentMilestone.of(
        ADVANCE, "advance payment", cny(3_000_000), date(60), PaymentTrigger.ON_SIGNATURE);
  }

  static PaymentMilestone onDelivery() {
    return PaymentMilestone.of(
        DELIVERY, "payment on delivery", cny(4_000_000), date(150), PaymentTrigger.ON_DELIVERY);
  }

  static PaymentMilestone onAcceptance() {
    return PaymentMilestone.of(
        FINAL, "payment on acceptance", cny(3_000_000), date(240), PaymentTrigger.ON_ACCEPTANCE);
  }

  static List<PaymentMilestone> milestones() {
    return List.of(advance(), onDelivery(), onAcceptance());
  }

  // ---------------------------------------------------------------- contracts

  static Transition<Contract, ContractEvent> draft(List<Clause> clauses) {
    return Contract.draft(CONTRACT, OPPORTUNITY, CUSTOMER, VALUE, clauses, milestones(), day(55));
  }

  /** The standard contract, drafted on day 55. */
  static Transition<Contract, ContractEvent> drafted() {
    return draft(cleanClauses());
  }

  /** Signed under the approved ATC on day 56. */
  static Transition<Contract, ContractEvent> signed() {
    return drafted().then(c -> c.sign(atc(), day(56)));
  }

  /** Registered on day 57: the delivery project is triggered. */
  static Transition<Contract, ContractEvent> registered() {
    return signed().then(c -> c.register(PROJECT, day(57)));
  }

  /** Handed over to the delivery manager on day 58. */
  static Transition<Contract, ContractEvent> handedOver() {
    return registered().then(c -> c.handOver(DELIVERY_MANAGER, day(58)));
  }

  /** Executing from day 59. */
  static Transition<Contract, ContractEvent> executing() {
    return handedOver().then(c -> c.startExecution(day(59)));
  }

  /** Accepted by the customer on day 200. */
  static Transition<Contract, ContractEvent> accepted() {
    return executing().then(c -> c.accept(date(200), day(200)));
  }

  /** Issues an invoice of the whole milestone on day {@code issued}, due 30 days later. */
  static Transition<Contract, ContractEvent> invoiceWhole(
      Contract contract, String invoice, MilestoneId milestone, int issued) {
    Money amount = contract.milestone(milestone).orElseThrow().amount();
    return contract.issueInvoice(
        InvoiceId.of(invoice), milestone, amount, date(issued), date(issued + 30), day(issued));
  }

  /** Issues, confirms and pays in full an invoice of the whole milestone. */
  static Transition<Contract, ContractEvent> invoiceAndCollect(
      Contract contract, String invoice, MilestoneId milestone, int issued) {
    Money amount = contract.milestone(milestone).orElseThrow().amount();
    InvoiceId id = InvoiceId.of(invoice);
    return invoiceWhole(contract, invoice, milestone, issued)
        .then(c -> c.confirmInvoice(id, date(issued + 2), day(issued + 2)))
        .then(c -> c.receivePayment(id, amount, date(issued + 20), day(issued + 20)));
  }
}
