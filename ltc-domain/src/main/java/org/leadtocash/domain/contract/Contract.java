package org.leadtocash.domain.contract;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.leadtocash.domain.common.Aggregate;
import org.leadtocash.domain.common.AggregateStyle;
import org.leadtocash.domain.common.BusinessDate;
import org.leadtocash.domain.common.ContractId;
import org.leadtocash.domain.common.CustomerId;
import org.leadtocash.domain.common.EmployeeId;
import org.leadtocash.domain.common.Guard;
import org.leadtocash.domain.common.OpportunityId;
import org.leadtocash.domain.common.RejectedHistoryException;
import org.leadtocash.domain.common.Replay;
import org.leadtocash.domain.common.RuleId;
import org.leadtocash.domain.common.RuleViolationException;
import org.leadtocash.domain.common.Transition;
import org.leadtocash.domain.opportunity.Gate;
import org.leadtocash.domain.opportunity.GateDecision;
import org.leadtocash.domain.opportunity.GatePassage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A contract, from its draft to cash (Manage Contract Execution, DOMAIN D5).
 *
 * <p>Its story: it is {@link #draft drafted} from an opportunity with its value, {@link Clause
 * clauses} and {@link PaymentMilestone payment milestones}; the "buried mines" the {@link
 * ContractRiskPolicy} flags in its clauses are {@link #acceptRisk accepted} by someone with
 * authority, or the contract is not signed (D5.4); it is {@link #sign signed} only after an
 * approved ATC of its own opportunity, with the {@link GatePassage} that opportunity alone issues
 * (D5.1); {@link #register registration} triggers the delivery project, and {@link #handOver
 * handover} to the delivery manager produces the {@link #fulfilmentPlan() fulfilment plan}; it is
 * {@link #startExecution executed}, {@link #accept accepted} by the customer (验收) and {@link #close
 * closed} once fully invoiced and settled. From signature until closure, approved {@link #change
 * changes} are recorded with their reason (D5.2). From registration until closure, {@link
 * #issueInvoice invoices} are issued against milestones whose trigger has happened, {@link
 * #confirmInvoice confirmed} by the customer and {@link #receivePayment paid}, in part or in full
 * (D5.3).
 *
 * <p>Its money never breaks D5.3: every amount is positive and in the contract's currency; a
 * milestone is invoiced at most its amount; the milestones total at most the contract value;
 * collected never exceeds invoiced, and invoiced never exceeds the contract value, which only a
 * recorded change raises. The contract answers what is {@link #invoiced() invoiced}, {@link
 * #collected() collected} and {@link #outstanding() outstanding}, its {@link #receivables
 * receivables} at a date and its {@link #collectionPlan() collection plan}.
 *
 * <p>Every command returns the next state and its events, and never changes this one; a refused
 * command throws a {@link org.leadtocash.domain.common.DomainException} naming the rule.
 *
 * <p>Time only moves forward inside a contract. A command dated before the latest event is refused
 * before any other check (D5.1). The business dates its commands carry do not contradict the
 * contract's own dates: an acceptance (D5.1), an invoice, its confirmation and a payment (D5.3) are
 * dated neither before the signature — an invoice is issued from registration on, which follows the
 * signature; a confirmation not before its invoice's issue date, a payment not before its
 * confirmation — nor after the instant the command is recorded at, for a fact is recorded once it
 * has happened. Dates are compared without a time zone, refusing only what is wrong in every zone
 * ({@link BusinessDate}); replay and {@link #restore()} check the same. A host may store a
 * contract's events, its state as a snapshot, or both: {@link #replay(List)} rebuilds it from its
 * events and {@link #replay(Contract, List)} from a snapshot and the events after it, both as
 * strictly as the commands.
 *
 * <p>A stored snapshot is input too, and is restored the way every aggregate restores one: the
 * state's style is {@link AggregateStyle}, so {@link #restore()} returns a public {@link Restore}
 * builder whose setters a host or a codec calls from any package, directly or by reflection; a
 * {@code @Value.Check} checks every invariant of the state — every fact the commands guarantee —
 * and refuses a broken snapshot with an {@link IllegalArgumentException} naming the attribute and
 * the DOMAIN rule. The check runs on every state the commands produce as well, so it never refuses
 * a state they reach. The restored snapshot is continued with {@link #replay(Contract, List)
 * replay(snapshot, eventsAfter)}.
 */
@Value.Immutable
@AggregateStyle
public abstract class Contract implements Aggregate<ContractId, ContractEvent> {

  /** Logs at DEBUG which risk policy reviewed each signature, and what it flagged (D5.4). */
  private static final Logger LOG = LoggerFactory.getLogger(Contract.class);

  /**
   * Rebuilds a contract by sending each stored event's command again, as strictly as the commands
   * (D5.1); a signature takes the stored risk review as the host policy's answer (D5.4).
   */
  private static final Replay<Contract, ContractEvent> REPLAY =
      Replay.of(
          "Contract",
          RuleId.D5_1,
          ContractDrafted.class,
          Contract::redraft,
          Contract::redo,
          contract -> contract.status().name());

  Contract() {}

  @Override
  public abstract ContractId id();

  @Override
  public abstract long version();

  /** {@return the opportunity the contract comes from; never null} */
  public abstract OpportunityId opportunity();

  /** {@return the customer; never null} */
  public abstract CustomerId customer();

  /** {@return when the contract was drafted; never null} */
  public abstract Instant draftedAt();

  /** {@return the contract value, including every recorded change (D5.2, D5.3); never null} */
  public abstract Money value();

  /** {@return the clauses, in order (D5.4); never null} */
  public abstract List<Clause> clauses();

  /** {@return the payment milestones as they stand after every change, in order (D5.3)} */
  public abstract List<PaymentMilestone> milestones();

  /** {@return where the contract is in its lifecycle (D5.1); never null} */
  public abstract ContractStatus status();

  /** {@return the risks accepted before signature, oldest first (D5.4); never null} */
  public abstract List<RiskAcceptance> riskAcceptances();

  /** {@return the ATC decision the contract was signed under, once signed (D5.1); never null} */
  public abstract Optional<GateDecision> atc();

  /**
   * {@return when the contract was signed, once signed (D5.1): the instant its orders are booked
   * (D12); never null}
   */
  public abstract Optional<Instant> signedAt();

  /** {@return the delivery project registration triggered, once registered (D5.1); never null} */
  public abstract Optional<DeliveryProjectId> deliveryProject();

  /** {@return the delivery manager the contract was handed over to (D5.1); never null} */
  public abstract Optional<EmployeeId> deliveryManager();

  /** {@return the date the customer accepted the delivery, once accepted (D5.1); never null} */
  public abstract Optional<LocalDate> acceptedOn();

  /** {@return the recorded changes, oldest first (D5.2); never null} */
  public abstract List<RecordedChange> changes();

  /** {@return the invoices issued, in the order issued, as they stand (D5.3); never null} */
  public abstract List<Invoice> invoices();

  /**
   * {@return when the latest event happened; a command dated before it is refused, as time only
   * moves forward inside a contract (D5.1)}
   */
  public abstract Instant lastEventAt();

  // ---------------------------------------------------------------- questions

  /** {@return the contract's currency, in which every amount of it is; never null} */
  public CurrencyUnit currency() {
    return value().getCurrencyUnit();
  }

  /**
   * Returns the value the contract was drafted with, before any recorded change; never null.
   *
   * @return the original value
   */
  public Money originalValue() {
    return changes().stream()
        .filter(c -> c.change().newValue().isPresent())
        .findFirst()
        .map(RecordedChange::previousValue)
        .orElse(value());
  }

  /**
   * Returns a clause.
   *
   * @param clause the clause's id; not null
   * @return the clause, or empty if the contract has none with this id; never null
   */
  public Optional<Clause> clause(ClauseId clause) {
    Objects.requireNonNull(clause, "clause");
    return clauses().stream().filter(c -> c.id().equals(clause)).findFirst();
  }

  /**
   * Returns a payment milestone.
   *
   * @param milestone the milestone's id; not null
   * @return the milestone, or empty if the contract has none with this id; never null
   */
  public Optional<PaymentMilestone> milestone(MilestoneId milestone) {
    Objects.requireNonNull(milestone, "milestone");
    return milestones().stream().filter(m -> m.id().equals(milestone)).findFirst();
  }

  /**
   * Returns an invoice as it stands.
   *
   * @param invoice the invoice's id; not null
   * @return the invoice, or empty if none with this id was issued; never null
   */
  public Optional<Invoice> invoice(InvoiceId invoice) {
    Objects.requireNonNull(invoice, "invoice");
    return invoices().stream().filter(i -> i.id().equals(invoice)).findFirst();
  }

  /** {@return the total invoiced (D5.3); never null, zero if nothing} */
  public Money invoiced() {
    return sum(invoices().stream().map(Invoice::amount).toList());
  }

  /**
   * Returns the total invoiced against one milestone (D5.3).
   *
   * @param milestone the milestone's id; not null
   * @return the amount invoiced against it, zero if nothing; never null
   */
  public Money invoiced(MilestoneId milestone) {
    Objects.requireNonNull(milestone, "milestone");
    return sum(
        invoices().stream()
            .filter(i -> i.milestone().equals(milestone))
            .map(Invoice::amount)
            .toList());
  }

  /** {@return the total received from the customer (D5.3); never null, zero if nothing} */
  public Money collected() {
    return sum(invoices().stream().map(Invoice::paid).toList());
  }

  /** {@return what is invoiced and not yet received (D5.3); never null, never negative} */
  public Money outstanding() {
    return invoiced().minus(collected());
  }

  /**
   * Returns the fulfilment plan that registration and handover produced (D5.1): the delivery
   * project, the delivery manager and the milestones as they stand, in due-date order.
   *
   * @return the plan, present once the contract is handed over; never null
   */
  public Optional<FulfilmentPlan> fulfilmentPlan() {
    return deliveryProject()
        .flatMap(
            project ->
                deliveryManager()
                    .map(manager -> new FulfilmentPlan(id(), project, manager, milestones())));
  }

  /**
   * Returns the risk review of the clauses by the standard policy (D5.4).
   *
   * @return the report, never null
   */
  public RiskReport riskReport() {
    return riskReport(ContractRiskPolicy.standard());
  }

  /**
   * Returns the risk review of the clauses (D5.4): every finding of the policy, marked accepted if
   * the risk of its clause was accepted.
   *
   * @param policy the host's review policy; not null
   * @return the report, never null
   * @throws IllegalArgumentException if the policy reports a clause the contract does not have
   */
  public RiskReport riskReport(ContractRiskPolicy policy) {
    Objects.requireNonNull(policy, "policy");
    List<RiskFinding> findings = new ArrayList<>();
    for (RiskFinding finding : policy.assess(this)) {
      checkArgument(
          clause(finding.clause()).isPresent(),
          "the risk policy flagged clause %s, which contract %s does not have",
          finding.clause(),
          id());
      findings.add(finding.withAcceptance(riskAcceptance(finding.clause())));
    }
    return new RiskReport(id(), findings);
  }

  /**
   * Returns the receivables at a date (D5.3): one line per invoice issued on or before {@code
   * asOf}, with what was paid by then, what is outstanding, and the days overdue and ageing at
   * {@code asOf}.
   *
   * @param asOf the date of the report; not null
   * @return the report, never null
   */
  public ReceivablesReport receivables(LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    List<ReceivableLine> lines =
        invoices().stream()
            .filter(i -> !i.issuedOn().isAfter(asOf))
            .map(
                i ->
                    new ReceivableLine(
                        i.id(),
                        i.milestone(),
                        i.dueOn(),
                        i.confirmedOn().filter(on -> !on.isAfter(asOf)).isPresent(),
                        i.amount(),
                        i.paidAsOf(asOf),
                        i.daysOverdue(asOf)))
            .toList();
    return new ReceivablesReport(id(), asOf, currency(), lines);
  }

  /**
   * Returns the collection plan (D5.3): for every milestone, the outstanding part of each of its
   * invoices, expected on the invoice's due date, and the part not yet invoiced, expected on the
   * milestone's due date; in date order.
   *
   * @return the plan, never null
   */
  public CollectionPlan collectionPlan() {
    List<ExpectedInflow> inflows = new ArrayList<>();
    for (PaymentMilestone milestone : milestones()) {
      for (Invoice invoice : invoices()) {
        if (invoice.milestone().equals(milestone.id()) && !invoice.isSettled()) {
          inflows.add(
              new ExpectedInflow(
                  milestone.id(),
                  Optional.of(invoice.id()),
                  invoice.outstanding(),
                  invoice.dueOn()));
        }
      }
      Money uninvoiced = milestone.amount().minus(invoiced(milestone.id()));
      if (uninvoiced.isPositive()) {
        inflows.add(
            new ExpectedInflow(milestone.id(), Optional.empty(), uninvoiced, milestone.dueOn()));
      }
    }
    inflows.sort(Comparator.comparing(ExpectedInflow::expectedOn));
    return new CollectionPlan(id(), currency(), inflows);
  }

  // ---------------------------------------------------------------- commands

  /**
   * Drafts a contract from an opportunity (D5.1).
   *
   * @param id the new contract's id; not null
   * @param opportunity the opportunity it comes from; not null
   * @param customer the customer; not null
   * @param value the contract value; not null
   * @param clauses the clauses, with distinct ids; not null
   * @param milestones the payment milestones, with distinct ids; not null
   * @param at when; not null
   * @return the contract in status {@link ContractStatus#DRAFTED}, with its {@link ContractDrafted}
   * @throws IllegalArgumentException if two clauses or two milestones share an id
   * @throws org.leadtocash.domain.common.RuleViolationException if the value is not positive, a
   *     milestone is in another currency, the milestones total more than the value, or there are
   *     milestones and no {@link ClauseType#PAYMENT_TERMS} clause (D5.3)
   */
  public static Transition<Contract, ContractEvent> draft(
      ContractId id,
      OpportunityId opportunity,
      CustomerId customer,
      Money value,
      List<Clause> clauses,
      List<PaymentMilestone> milestones,
      Instant at) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(opportunity, "opportunity");
    Objects.requireNonNull(customer, "customer");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(clauses, "clauses");
    Objects.requireNonNull(milestones, "milestones");
    Objects.requireNonNull(at, "at");
    List<Clause> clauseList = ImmutableList.copyOf(clauses);
    List<PaymentMilestone> milestoneList = ImmutableList.copyOf(milestones);
    checkDistinct(clauseList.stream().map(Clause::id).toList(), "clause");
    checkDistinct(milestoneList.stream().map(PaymentMilestone::id).toList(), "payment milestone");
    Guard guard = Guard.of("Contract " + id, "NEW", "draft");
    guard.require(value.isPositive(), RuleId.D5_3, "a contract's value is positive, not %s", value);
    checkMilestones(guard, value, clauseList, milestoneList);
    ContractDrafted drafted =
        new ContractDrafted(id, 1, opportunity, customer, value, clauseList, milestoneList, at);
    return Transition.of(initial(drafted), drafted);
  }

  /**
   * Records that someone with authority accepted the risk of a clause, and why (D5.4). Any clause
   * may be accepted — the host's policy decides which are flagged — and each clause once; the
   * acceptance covers every finding on the clause.
   *
   * @param clause the accepted clause; not null
   * @param approver who accepts the risk; not null
   * @param reason why the risk is acceptable; not null
   * @param at when; not null
   * @return the contract with the acceptance
   * @throws org.leadtocash.domain.common.IllegalTransitionException unless the contract is drafted:
   *     risks are accepted before signature (D5.4)
   * @throws org.leadtocash.domain.common.RuleViolationException if the contract has no such clause,
   *     its risk is already accepted, or the reason is blank (D5.4)
   */
  public Transition<Contract, ContractEvent> acceptRisk(
      ClauseId clause, EmployeeId approver, String reason, Instant at) {
    Objects.requireNonNull(clause, "clause");
    Objects.requireNonNull(approver, "approver");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(at, "at");
    guard("acceptRisk", at)
        .allow(
            status() == ContractStatus.DRAFTED,
            RuleId.D5_4,
            "risks are accepted before signature, while the contract is drafted")
        .require(clause(clause).isPresent(), RuleId.D5_4, "the contract has no clause %s", clause)
        .require(
            riskAcceptance(clause).isEmpty(),
            RuleId.D5_4,
            "the risk of clause %s is already accepted by %s",
            clause,
            riskAcceptance(clause).map(a -> a.approver().toString()).orElse(""))
        .require(
            !reason.isBlank(), RuleId.D5_4, "accepting the risk of clause %s states why", clause);
    return next(
        new RiskAccepted(id(), version() + 1, new RiskAcceptance(clause, approver, reason, at)));
  }

  /**
   * Signs the contract, reviewing its clauses with the standard risk policy.
   *
   * @param atc the passage of ATC its own opportunity issued ({@link
   *     org.leadtocash.domain.opportunity.Opportunity#contractApproval()}); not null
   * @param at when; not null
   * @return the signed contract
   * @throws org.leadtocash.domain.common.DomainException as {@link #sign(GatePassage,
   *     ContractRiskPolicy, Instant)}
   */
  public Transition<Contract, ContractEvent> sign(GatePassage atc, Instant at) {
    return sign(atc, ContractRiskPolicy.standard(), at);
  }

  /**
   * Signs the contract (D5.1): only with the evidence that the contract's own opportunity passed
   * ATC, which that opportunity alone issues ({@link
   * org.leadtocash.domain.opportunity.Opportunity#contractApproval()}), and only when no risk the
   * policy flags is left unaccepted (D5.4). A decision built by hand is no evidence: a {@link
   * GatePassage} has no public constructor, builder or factory. The passage must be of ATC, issued
   * by the contract's opportunity, for the contract's customer; the event records the passing
   * decision.
   *
   * @param atc the passage of ATC its own opportunity issued; not null
   * @param policy the host's risk policy; not null
   * @param at when; not null
   * @return the signed contract
   * @throws org.leadtocash.domain.common.IllegalTransitionException unless the contract is drafted
   *     (D5.1)
   * @throws org.leadtocash.domain.common.RuleViolationException if the passage is not of ATC, was
   *     issued by another opportunity, or names another customer (D5.1), or a flagged risk is not
   *     accepted (D5.4)
   */
  public Transition<Contract, ContractEvent> sign(
      GatePassage atc, ContractRiskPolicy policy, Instant at) {
    Objects.requireNonNull(atc, "atc");
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(at, "at");
    Guard guard =
        guard("sign", at)
            .allow(
                status() == ContractStatus.DRAFTED,
                RuleId.D5_1,
                "only a drafted contract is signed")
            .require(
                atc.gate() == Gate.ATC,
                RuleId.D5_1,
                "signature needs the passage of ATC (approve to contract), not of %s",
                atc.gate())
            .require(
                atc.opportunity().equals(opportunity()),
                RuleId.D5_1,
                "the passage of ATC was issued by opportunity %s, not by this contract's %s",
                atc.opportunity(),
                opportunity())
            .require(
                atc.customer().equals(customer()),
                RuleId.D5_1,
                "the passage of ATC is for customer %s, and this contract is with %s",
                atc.customer(),
                customer());
    signatureGuard(guard, atc.decision());
    RiskReport review = riskReport(policy);
    List<RiskFinding> open = review.unaccepted();
    Optional<RuleViolationException> refusal =
        open.isEmpty()
            ? Optional.empty()
            : Optional.of(
                guard.violation(
                    RuleId.D5_4,
                    "buried mines not accepted in clauses "
                        + open.stream().map(RiskFinding::clause).distinct().toList()
                        + ": "
                        + open.stream()
                            .map(f -> f.clause() + " " + f.kind())
                            .collect(Collectors.joining(", "))));
    if (LOG.isDebugEnabled()) {
      LOG.debug(
          "Contract {} sign: policy {} flagged {}; the signature is {}",
          id(),
          policy,
          review.findings().isEmpty()
              ? "no clause"
              : review.findings().stream()
                  .map(
                      f -> f.clause() + " " + f.kind() + (f.accepted() ? " (accepted)" : " (open)"))
                  .collect(Collectors.joining(", ")),
          refusal.map(r -> "refused [" + r.rule() + "]").orElse("accepted"));
    }
    if (refusal.isPresent()) {
      throw refusal.get();
    }
    return next(new ContractSigned(id(), version() + 1, atc.decision(), at));
  }

  /**
   * Signs the contract as a stored history records it (D5.1): every rule of the state and of the
   * ATC decision is checked again, and the risk review the host's policy made at signature is taken
   * as stored (D5.4), since the policy is the host's and may have changed since.
   *
   * @param atc the ATC decision the contract was signed under; not null
   * @param at when; not null
   * @return the signed contract
   */
  private Transition<Contract, ContractEvent> signAsReviewed(GateDecision atc, Instant at) {
    signatureGuard(
        guard("sign", at)
            .allow(
                status() == ContractStatus.DRAFTED,
                RuleId.D5_1,
                "only a drafted contract is signed"),
        atc);
    return next(new ContractSigned(id(), version() + 1, atc, at));
  }

  /**
   * Checks the decision a signature records (D5.1): the passing ATC of the contract's own
   * opportunity. A stored {@link ContractSigned} is checked so on replay, as the passage it was
   * signed with is not stored: a stored history is the host's, and replay checks what it holds.
   */
  @CanIgnoreReturnValue
  private Guard signatureGuard(Guard guard, GateDecision atc) {
    return guard
        .require(
            atc.gate() == Gate.ATC,
            RuleId.D5_1,
            "signature needs the ATC (approve to contract) decision, not %s",
            atc.gate())
        .require(
            atc.opportunity().equals(opportunity()),
            RuleId.D5_1,
            "the ATC decision is for opportunity %s, not this contract's %s",
            atc.opportunity(),
            opportunity())
        .require(
            atc.passes(),
            RuleId.D5_1,
            "signature needs an approved ATC, not a verdict %s",
            atc.verdict());
  }

  /**
   * Registers the signed contract (合同注册), which triggers its delivery project (D5.1).
   *
   * @param deliveryProject the delivery project triggered; not null
   * @param at when; not null
   * @return the registered contract
   * @throws org.leadtocash.domain.common.IllegalTransitionException unless the contract is signed
   *     (D5.1)
   */
  public Transition<Contract, ContractEvent> register(
      DeliveryProjectId deliveryProject, Instant at) {
    Objects.requireNonNull(deliveryProject, "deliveryProject");
    Objects.requireNonNull(at, "at");
    guard("register", at)
        .allow(
            status() == ContractStatus.SIGNED, RuleId.D5_1, "only a signed contract is registered");
    return next(new ContractRegistered(id(), version() + 1, deliveryProject, at));
  }

  /**
   * Hands the registered contract over from pre-sale to post-sale (合同交接): the delivery manager
   * takes it over with its {@link FulfilmentPlan} (D5.1).
   *
   * @param deliveryManager the delivery manager; not null
   * @param at when; not null
   * @return the handed-over contract, whose {@link #fulfilmentPlan()} is present
   * @throws org.leadtocash.domain.common.IllegalTransitionException unless the contract is
   *     registered (D5.1)
   */
  public Transition<Contract, ContractEvent> handOver(EmployeeId deliveryManager, Instant at) {
    Objects.requireNonNull(deliveryManager, "deliveryManager");
    Objects.requireNonNull(at, "at");
    guard("handOver", at)
        .allow(
            status() == ContractStatus.REGISTERED,
            RuleId.D5_1,
            "a contract is handed over to delivery once registered");
    FulfilmentPlan plan =
        new FulfilmentPlan(id(), deliveryProject().orElseThrow(), deliveryManager, milestones());
    return next(new ContractHandedOver(id(), version() + 1, plan, at));
  }

  /**
   * Starts delivery of the handed-over contract (D5.1).
   *
   * @param at when; not null
   * @return the executing contract
   * @throws org.leadtocash.domain.common.IllegalTransitionException unless the contract is handed
   *     over (D5.1)
   */
  public Transition<Contract, ContractEvent> startExecution(Instant at) {
    Objects.requireNonNull(at, "at");
    guard("startExecution", at)
        .allow(
            status() == ContractStatus.HANDED_OVER,
            RuleId.D5_1,
            "execution starts once the contract is handed over to delivery");
    return next(new ExecutionStarted(id(), version() + 1, at));
  }

  /**
   * Records the customer's acceptance of the delivery (验收, D5.1).
   *
   * @param acceptedOn the date of the acceptance; not null
   * @param at when it was recorded; not null
   * @return the accepted contract
   * @throws org.leadtocash.domain.common.RuleViolationException if the command is dated before the
   *     latest event, or the acceptance date is before the signature or after the instant it is
   *     recorded at, compared without a time zone as {@link BusinessDate} does (D5.1)
   * @throws org.leadtocash.domain.common.IllegalTransitionException unless the contract is
   *     executing (D5.1)
   */
  public Transition<Contract, ContractEvent> accept(LocalDate acceptedOn, Instant at) {
    Objects.requireNonNull(acceptedOn, "acceptedOn");
    Objects.requireNonNull(at, "at");
    Guard guard = timeGuard("accept", at);
    checkBusinessDate(guard, RuleId.D5_1, "the delivery is accepted on", acceptedOn, at);
    open(guard)
        .allow(
            status() == ContractStatus.EXECUTING,
            RuleId.D5_1,
            "the customer accepts a contract being executed");
    return next(new ContractAccepted(id(), version() + 1, acceptedOn, at));
  }

  /**
   * Closes the contract: only once accepted (D5.1), fully invoiced and with every invoice settled
   * (D5.3). A closed contract accepts no further command.
   *
   * @param at when; not null
   * @return the closed contract
   * @throws org.leadtocash.domain.common.IllegalTransitionException unless the contract is accepted
   *     (D5.1)
   * @throws org.leadtocash.domain.common.RuleViolationException if less than the value is invoiced,
   *     or an invoice is not settled (D5.3)
   */
  public Transition<Contract, ContractEvent> close(Instant at) {
    Objects.requireNonNull(at, "at");
    guard("close", at)
        .allow(
            status() == ContractStatus.ACCEPTED,
            RuleId.D5_1,
            "only a contract accepted by the customer is closed")
        .require(
            invoiced().isEqual(value()),
            RuleId.D5_3,
            "a contract is closed once fully invoiced; invoiced %s of %s",
            invoiced(),
            value())
        .require(
            outstanding().isZero(),
            RuleId.D5_3,
            "a contract is closed once every invoice is settled; outstanding: %s",
            invoices().stream()
                .filter(i -> !i.isSettled())
                .map(i -> i.id() + " " + i.outstanding())
                .collect(Collectors.joining(", ")));
    return next(new ContractClosed(id(), version() + 1, at));
  }

  /**
   * Records an approved change with its reason (D5.2), from signature until the contract is closed.
   * An amount change sets the contract value — raised, or lowered but never below what is already
   * invoiced — and a change other than of scope may replace the payment milestones, keeping every
   * invoiced milestone at no less than its invoiced amount (D5.3).
   *
   * @param change the change; not null
   * @param approver who approved it; not null
   * @param reason why it is made; not null
   * @param at when; not null
   * @return the changed contract
   * @throws org.leadtocash.domain.common.IllegalTransitionException unless the contract is signed
   *     and not closed (D5.2)
   * @throws org.leadtocash.domain.common.RuleViolationException if the reason is blank (D5.2); or
   *     the new value or milestones are in another currency, the new value is below the invoiced
   *     total, the milestones would total more than the value, an invoiced milestone would be
   *     dropped or cut below its invoiced amount, or there would be milestones without a {@link
   *     ClauseType#PAYMENT_TERMS} clause (D5.3)
   */
  public Transition<Contract, ContractEvent> change(
      ContractChange change, EmployeeId approver, String reason, Instant at) {
    Objects.requireNonNull(change, "change");
    Objects.requireNonNull(approver, "approver");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(at, "at");
    Guard guard =
        guard("change", at)
            .allow(
                status().isChangeable(),
                RuleId.D5_2,
                "a contract is changed once signed and until it is closed")
            .require(
                !reason.isBlank(),
                RuleId.D5_2,
                "a change is approved and recorded with its reason");
    Money newValue = change.newValue().orElse(value());
    guard
        .require(
            newValue.isSameCurrency(value()),
            RuleId.D5_3,
            "the contract is in %s, not %s: amounts in different currencies are not mixed",
            currency(),
            newValue.getCurrencyUnit())
        .require(
            !invoiced().isGreaterThan(newValue),
            RuleId.D5_3,
            "the new value %s is below the %s already invoiced",
            newValue,
            invoiced());
    for (PaymentMilestone added : change.addedMilestones()) {
      guard.require(
          change.newMilestones().isPresent() || milestone(added.id()).isEmpty(),
          RuleId.D5_2,
          "the contract already has a payment milestone %s; an added milestone has a new id",
          added.id());
    }
    List<PaymentMilestone> newMilestones = change.milestonesAfter(milestones());
    checkMilestones(guard, newValue, clauses(), newMilestones);
    for (Invoice invoice : invoices()) {
      Money invoicedOnMilestone = invoiced(invoice.milestone());
      guard.require(
          newMilestones.stream()
              .anyMatch(
                  m ->
                      m.id().equals(invoice.milestone())
                          && !m.amount().isLessThan(invoicedOnMilestone)),
          RuleId.D5_3,
          "milestone %s is invoiced %s; a change keeps it, at no less",
          invoice.milestone(),
          invoicedOnMilestone);
    }
    return next(
        new ContractChanged(
            id(), version() + 1, new RecordedChange(change, approver, reason, value(), at)));
  }

  /**
   * Issues an invoice against a payment milestone (D5.3), from registration until closure, once the
   * milestone's {@link PaymentTrigger trigger} has happened.
   *
   * @param invoice the new invoice's id; not null
   * @param milestone the milestone it bills; not null
   * @param amount the amount; not null
   * @param issuedOn the date it is issued; not null
   * @param dueOn the date it falls due; not null
   * @param at when it is recorded; not null
   * @return the contract with the invoice
   * @throws org.leadtocash.domain.common.IllegalTransitionException unless the contract is
   *     registered and not closed (D5.3)
   * @throws org.leadtocash.domain.common.RuleViolationException if the command is dated before the
   *     latest event (D5.1); if the invoice is issued before the contract was signed or after the
   *     instant it is recorded at, compared without a time zone as {@link BusinessDate} does, or
   *     falls due before it is issued — checked before the state — or the invoice id is taken, the
   *     milestone is unknown or not yet triggered, the amount is not positive or in another
   *     currency, or the milestone would be invoiced more than its amount — so the contract is
   *     never invoiced more than its value (D5.3)
   */
  public Transition<Contract, ContractEvent> issueInvoice(
      InvoiceId invoice,
      MilestoneId milestone,
      Money amount,
      LocalDate issuedOn,
      LocalDate dueOn,
      Instant at) {
    Objects.requireNonNull(invoice, "invoice");
    Objects.requireNonNull(milestone, "milestone");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(issuedOn, "issuedOn");
    Objects.requireNonNull(dueOn, "dueOn");
    Objects.requireNonNull(at, "at");
    Guard guard = timeGuard("issueInvoice", at);
    checkBusinessDate(guard, RuleId.D5_3, "invoice " + invoice + " is issued on", issuedOn, at);
    guard.require(
        !dueOn.isBefore(issuedOn),
        RuleId.D5_3,
        "an invoice falls due on or after its issue date %s, not %s",
        issuedOn,
        dueOn);
    invoicing(open(guard))
        .require(invoice(invoice).isEmpty(), RuleId.D5_3, "invoice %s is already issued", invoice)
        .require(
            milestone(milestone).isPresent(),
            RuleId.D5_3,
            "the contract has no payment milestone %s",
            milestone);
    PaymentMilestone billed = milestone(milestone).orElseThrow();
    guard.require(
        billed.trigger().hasHappened(status()),
        RuleId.D5_3,
        "milestone %s is invoiced %s, from %s on",
        milestone,
        billed.trigger(),
        billed.trigger().from());
    checkAmount(guard, amount);
    guard.require(
        !invoiced(milestone).plus(amount).isGreaterThan(billed.amount()),
        RuleId.D5_3,
        "milestone %s of %s is already invoiced %s; %s more exceeds it",
        milestone,
        billed.amount(),
        invoiced(milestone),
        amount);
    // Invoiced never exceeds the value: each milestone is invoiced at most its amount, the
    // milestones total at most the value (draft and change keep that), and a change never drops
    // or cuts an invoiced milestone.
    return next(
        new InvoiceIssued(
            id(), version() + 1, Invoice.issued(invoice, milestone, amount, issuedOn, dueOn), at));
  }

  /**
   * Records the customer's confirmation of an invoice, which may then be paid (D5.3).
   *
   * @param invoice the invoice; not null
   * @param confirmedOn the date of the confirmation; not null
   * @param at when it is recorded; not null
   * @return the contract with the invoice confirmed
   * @throws org.leadtocash.domain.common.IllegalTransitionException unless the contract is
   *     registered and not closed (D5.3)
   * @throws org.leadtocash.domain.common.RuleViolationException if the command is dated before the
   *     latest event (D5.1); if the confirmation date is before the signature or after the instant
   *     it is recorded at, compared without a time zone as {@link BusinessDate} does — checked
   *     before the state — or the invoice is unknown, already confirmed, or confirmed before it was
   *     issued (D5.3)
   */
  public Transition<Contract, ContractEvent> confirmInvoice(
      InvoiceId invoice, LocalDate confirmedOn, Instant at) {
    Objects.requireNonNull(invoice, "invoice");
    Objects.requireNonNull(confirmedOn, "confirmedOn");
    Objects.requireNonNull(at, "at");
    Guard guard =
        invoicingGuard("confirmInvoice", "invoice " + invoice + " is confirmed on", confirmedOn, at)
            .require(
                invoice(invoice).isPresent(), RuleId.D5_3, "no invoice %s was issued", invoice);
    Invoice confirmed = invoice(invoice).orElseThrow();
    guard
        .require(
            !confirmed.isConfirmed(),
            RuleId.D5_3,
            "invoice %s is already confirmed on %s",
            invoice,
            confirmed.confirmedOn().map(LocalDate::toString).orElse(""))
        .require(
            !confirmedOn.isBefore(confirmed.issuedOn()),
            RuleId.D5_3,
            "invoice %s is confirmed on or after its issue date %s, not %s",
            invoice,
            confirmed.issuedOn(),
            confirmedOn);
    return next(new InvoiceConfirmed(id(), version() + 1, invoice, confirmedOn, at));
  }

  /**
   * Records a payment received against a confirmed invoice; partial payments are allowed, and what
   * is collected never exceeds what is invoiced (D5.3).
   *
   * @param invoice the invoice paid; not null
   * @param amount the amount received; not null
   * @param receivedOn the date the money was received; not null
   * @param at when it is recorded; not null
   * @return the contract with the payment
   * @throws org.leadtocash.domain.common.IllegalTransitionException unless the contract is
   *     registered and not closed (D5.3)
   * @throws org.leadtocash.domain.common.RuleViolationException if the command is dated before the
   *     latest event (D5.1); if the money was received before the signature or after the instant
   *     the payment is recorded at, compared without a time zone as {@link BusinessDate} does —
   *     checked before the state — or the invoice is unknown or not confirmed, the amount is not
   *     positive, in another currency or more than the invoice's outstanding amount, or the money
   *     was received before the confirmation, and so before the invoice was issued (D5.3)
   */
  public Transition<Contract, ContractEvent> receivePayment(
      InvoiceId invoice, Money amount, LocalDate receivedOn, Instant at) {
    Objects.requireNonNull(invoice, "invoice");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(receivedOn, "receivedOn");
    Objects.requireNonNull(at, "at");
    Guard guard =
        invoicingGuard(
                "receivePayment",
                "a payment of invoice " + invoice + " is received on",
                receivedOn,
                at)
            .require(
                invoice(invoice).isPresent(), RuleId.D5_3, "no invoice %s was issued", invoice);
    Invoice paid = invoice(invoice).orElseThrow();
    guard.require(
        paid.isConfirmed(),
        RuleId.D5_3,
        "invoice %s is paid only once the customer has confirmed it",
        invoice);
    checkAmount(guard, amount);
    guard
        .require(
            !receivedOn.isBefore(paid.confirmedOn().orElseThrow()),
            RuleId.D5_3,
            "invoice %s is paid on or after its confirmation on %s, not %s",
            invoice,
            paid.confirmedOn().orElseThrow(),
            receivedOn)
        .require(
            !amount.isGreaterThan(paid.outstanding()),
            RuleId.D5_3,
            "collected never exceeds invoiced: invoice %s has %s outstanding, not %s",
            invoice,
            paid.outstanding(),
            amount);
    return next(
        new PaymentReceived(id(), version() + 1, invoice, new Payment(amount, receivedOn), at));
  }

  /**
   * Rebuilds a contract from its whole stored history, oldest first, as strictly as the commands
   * (D5.1): each event's command is sent again to the contract as replayed so far and must produce
   * exactly the stored event; a signature takes the stored risk review as the host policy's answer
   * (D5.4). The result equals the contract the commands produced.
   *
   * @param history the contract's events, starting with its {@link ContractDrafted}; not null, not
   *     empty
   * @return the contract, never null
   * @throws IllegalArgumentException if the history is empty
   * @throws RejectedHistoryException if the history does not start with the draft at version 1,
   *     holds an event of another contract, skips, repeats or reorders a version, goes back in time
   *     (D5.1), holds an event the contract's state does not accept — an invoice after closure, a
   *     registration before signature (D5.1, D5.3) — or an event other than its command produces
   */
  public static Contract replay(List<? extends ContractEvent> history) {
    return REPLAY.history(history);
  }

  /**
   * Rebuilds a contract from a stored snapshot of its state and the events stored after it, as
   * strictly as {@link #replay(List)} (D5.1): the events continue the snapshot's version and are
   * accepted by the state each reaches.
   *
   * @param snapshot the contract as it was at some version; not null
   * @param eventsAfter its events after the snapshot, oldest first, starting at the snapshot's
   *     version plus one; not null, may be empty
   * @return the contract, equal to the one its whole history replays to; never null
   * @throws RejectedHistoryException if an event is of another contract, does not continue the
   *     snapshot's version, goes back in time (D5.1), is not accepted by the contract's state
   *     (D5.1, D5.3) or is other than its command produces
   */
  public static Contract replay(Contract snapshot, List<? extends ContractEvent> eventsAfter) {
    return REPLAY.continueFrom(snapshot, eventsAfter);
  }

  /** Drafts the contract again as its stored {@link ContractDrafted} records it. */
  private static Transition<Contract, ContractEvent> redraft(ContractEvent event) {
    ContractDrafted drafted = (ContractDrafted) event;
    return draft(
        drafted.contract(),
        drafted.opportunity(),
        drafted.customer(),
        drafted.value(),
        drafted.clauses(),
        drafted.milestones(),
        drafted.occurredAt());
  }

  /** Sends the contract the command a stored event records, with the event's data. */
  private static Transition<Contract, ContractEvent> redo(Contract contract, ContractEvent event) {
    Instant at = event.occurredAt();
    if (event instanceof RiskAccepted accepted) {
      RiskAcceptance acceptance = accepted.acceptance();
      return contract.acceptRisk(
          acceptance.clause(), acceptance.approver(), acceptance.reason(), at);
    } else if (event instanceof ContractSigned signed) {
      return contract.signAsReviewed(signed.atc(), at);
    } else if (event instanceof ContractRegistered registered) {
      return contract.register(registered.deliveryProject(), at);
    } else if (event instanceof ContractHandedOver handedOver) {
      return contract.handOver(handedOver.plan().deliveryManager(), at);
    } else if (event instanceof ExecutionStarted) {
      return contract.startExecution(at);
    } else if (event instanceof ContractAccepted accepted) {
      return contract.accept(accepted.acceptedOn(), at);
    } else if (event instanceof ContractClosed) {
      return contract.close(at);
    } else if (event instanceof ContractChanged changed) {
      RecordedChange change = changed.change();
      return contract.change(change.change(), change.approver(), change.reason(), at);
    } else if (event instanceof InvoiceIssued issued) {
      Invoice invoice = issued.invoice();
      return contract.issueInvoice(
          invoice.id(),
          invoice.milestone(),
          invoice.amount(),
          invoice.issuedOn(),
          invoice.dueOn(),
          at);
    } else if (event instanceof InvoiceConfirmed confirmed) {
      return contract.confirmInvoice(confirmed.invoice(), confirmed.confirmedOn(), at);
    } else if (event instanceof PaymentReceived received) {
      Payment payment = received.payment();
      return contract.receivePayment(
          received.invoice(), payment.amount(), payment.receivedOn(), at);
    }
    throw new IllegalArgumentException(
        "contract " + contract.id() + " is drafted only once, not again by " + event);
  }

  // ---------------------------------------------------------------- restore

  /**
   * Returns a builder that restores a contract from the attributes of a stored snapshot: for a host
   * or a codec that stored a contract's state (say, as JSON in a database) and reads it back.
   * Normally a contract comes from its commands, or from {@link #replay(List)}; a restored snapshot
   * is continued with {@link #replay(Contract, List) replay(snapshot, eventsAfter)}.
   *
   * <p>A snapshot is input, checked as strictly as a command: {@link Restore#build() build()}
   * checks every invariant of a contract's state — what its commands guarantee — and throws an
   * {@link IllegalArgumentException} naming the attribute and the DOMAIN rule a tampered or broken
   * snapshot breaks (see {@link Restore}).
   *
   * <pre>{@code
   * Contract snapshot = Contract.restore().from(stored).build();     // or attribute by attribute
   * Contract contract = Contract.replay(snapshot, eventsAfter);
   * }</pre>
   *
   * @return a new builder, never null
   */
  public static Restore restore() {
    return new Restore();
  }

  /**
   * Restores a {@link Contract} from the attributes of a stored snapshot (see {@link #restore()}).
   * Every attribute is set through its public setter; id, version, opportunity, customer,
   * draftedAt, value, status and lastEventAt are required, the lists and optional facts default to
   * empty.
   *
   * <p>{@link #build()} checks every invariant of the state: the version counts the facts it
   * records (D5.1); time never goes back — lastEventAt is not before draftedAt, signedAt or a
   * recorded acceptance or change (D5.1); the status and the optional facts agree — atc and
   * signedAt from {@link ContractStatus#SIGNED} on, deliveryProject from {@link
   * ContractStatus#REGISTERED}, deliveryManager from {@link ContractStatus#HANDED_OVER}, acceptedOn
   * from {@link ContractStatus#ACCEPTED} (D5.1); the ATC is a passing ATC of the contract's own
   * opportunity (D5.1); each clause is accepted at most once, before signature (D5.4); the recorded
   * changes chain from the original value to the value, after signature, and leave the milestones
   * (D5.2); the value is positive, ids are distinct, milestones are in the contract's currency,
   * total at most the value and need a {@link ClauseType#PAYMENT_TERMS} clause, invoices start at
   * registration, bill existing milestones in the contract's currency and at most their amounts,
   * are issued no earlier than the signature and record no date after lastEventAt, and a closed
   * contract is fully invoiced and settled (D5.3); acceptedOn is between signedAt and lastEventAt
   * (D5.1) — business dates compared without a time zone ({@link BusinessDate}). It throws an
   * {@link IllegalArgumentException} naming the attribute and the rule of the first broken one.
   */
  public static final class Restore extends ImmutableContract.Builder {
    Restore() {}
  }

  /**
   * Checks every invariant of the state, as strictly as the commands (see {@link Restore}): every
   * state the commands reach passes it, and a restored snapshot that breaks one is refused with an
   * {@link IllegalArgumentException} naming the attribute and the rule. What a part checks itself
   * (an {@link Invoice}'s dates and payments, a {@link RecordedChange}'s reason) is not repeated.
   */
  @Value.Check
  void check() {
    checkTerms();
    checkLifecycle();
    checkRiskAcceptances();
    checkChanges();
    checkInvoices();
    checkVersion();
  }

  /** The value, the clauses and the milestones (D5.3, D5.4). */
  private void checkTerms() {
    checkArgument(
        value().isPositive(),
        "contract %s: value is positive, not %s (DOMAIN D5.3)",
        id(),
        value());
    Set<ClauseId> clauseIds = new HashSet<>();
    for (Clause clause : clauses()) {
      checkArgument(
          clauseIds.add(clause.id()),
          "contract %s: clauses list clause %s twice (DOMAIN D5.4)",
          id(),
          clause.id());
    }
    Set<MilestoneId> milestoneIds = new HashSet<>();
    Money total = Money.zero(currency());
    for (PaymentMilestone milestone : milestones()) {
      checkArgument(
          milestoneIds.add(milestone.id()),
          "contract %s: milestones list payment milestone %s twice (DOMAIN D5.3)",
          id(),
          milestone.id());
      checkArgument(
          milestone.amount().isSameCurrency(value()),
          "contract %s: milestones: payment milestone %s is in %s, not in the contract currency %s"
              + " (DOMAIN D5.3)",
          id(),
          milestone.id(),
          milestone.amount().getCurrencyUnit(),
          currency());
      total = total.plus(milestone.amount());
    }
    checkArgument(
        !total.isGreaterThan(value()),
        "contract %s: milestones total %s, more than the value %s (DOMAIN D5.3)",
        id(),
        total,
        value());
    checkArgument(
        milestones().isEmpty()
            || clauses().stream().anyMatch(c -> c.type() == ClauseType.PAYMENT_TERMS),
        "contract %s: milestones need a PAYMENT_TERMS clause among the clauses (DOMAIN D5.3)",
        id());
  }

  /** The status, the facts it implies, the ATC decision and the order of time (D5.1). */
  private void checkLifecycle() {
    checkFact("atc", atc().isPresent(), ContractStatus.SIGNED);
    checkFact("signedAt", signedAt().isPresent(), ContractStatus.SIGNED);
    checkFact("deliveryProject", deliveryProject().isPresent(), ContractStatus.REGISTERED);
    checkFact("deliveryManager", deliveryManager().isPresent(), ContractStatus.HANDED_OVER);
    checkFact("acceptedOn", acceptedOn().isPresent(), ContractStatus.ACCEPTED);
    atc()
        .ifPresent(
            atc -> {
              checkArgument(
                  atc.gate() == Gate.ATC,
                  "contract %s: atc is a decision at gate %s, not at ATC (DOMAIN D5.1)",
                  id(),
                  atc.gate());
              checkArgument(
                  atc.opportunity().equals(opportunity()),
                  "contract %s: atc is a decision of opportunity %s, not of the contract's %s"
                      + " (DOMAIN D5.1)",
                  id(),
                  atc.opportunity(),
                  opportunity());
              checkArgument(
                  atc.passes(),
                  "contract %s: atc has the verdict %s, which does not approve a signature"
                      + " (DOMAIN D5.1)",
                  id(),
                  atc.verdict());
            });
    checkArgument(
        !lastEventAt().isBefore(draftedAt()),
        "contract %s: lastEventAt %s is before draftedAt %s: time only moves forward (DOMAIN D5.1)",
        id(),
        lastEventAt(),
        draftedAt());
    signedAt()
        .ifPresent(
            signed -> {
              checkArgument(
                  !signed.isBefore(draftedAt()),
                  "contract %s: signedAt %s is before draftedAt %s: time only moves forward"
                      + " (DOMAIN D5.1)",
                  id(),
                  signed,
                  draftedAt());
              checkArgument(
                  !lastEventAt().isBefore(signed),
                  "contract %s: lastEventAt %s is before signedAt %s: time only moves forward"
                      + " (DOMAIN D5.1)",
                  id(),
                  lastEventAt(),
                  signed);
              acceptedOn()
                  .ifPresent(
                      on ->
                          checkArgument(
                              !BusinessDate.isBefore(on, signed)
                                  && !BusinessDate.isAfter(on, lastEventAt()),
                              "contract %s: acceptedOn %s is not between signedAt %s and"
                                  + " lastEventAt %s: a contract's dates only move forward"
                                  + " (DOMAIN D5.1)",
                              id(),
                              on,
                              signed,
                              lastEventAt()));
            });
  }

  /** Checks that an optional fact is present exactly from the status that records it on (D5.1). */
  private void checkFact(String attribute, boolean present, ContractStatus from) {
    checkArgument(
        present == status().isAtLeast(from),
        "contract %s: %s is %s with status %s; it is present exactly from %s on (DOMAIN D5.1)",
        id(),
        attribute,
        present ? "present" : "absent",
        status(),
        from);
  }

  /** Each clause's risk accepted at most once, oldest first, before signature (D5.4). */
  private void checkRiskAcceptances() {
    Set<ClauseId> accepted = new HashSet<>();
    Instant previous = draftedAt();
    Instant until = signedAt().orElse(lastEventAt());
    for (RiskAcceptance acceptance : riskAcceptances()) {
      checkArgument(
          clause(acceptance.clause()).isPresent(),
          "contract %s: riskAcceptances accept clause %s, which the contract does not have"
              + " (DOMAIN D5.4)",
          id(),
          acceptance.clause());
      checkArgument(
          accepted.add(acceptance.clause()),
          "contract %s: riskAcceptances accept clause %s twice; a clause's risk is accepted once"
              + " (DOMAIN D5.4)",
          id(),
          acceptance.clause());
      checkArgument(
          !acceptance.at().isBefore(previous) && !acceptance.at().isAfter(until),
          "contract %s: riskAcceptances accept clause %s at %s, not between %s and %s: risks are"
              + " accepted after the draft, oldest first, before signature and the latest event"
              + " (DOMAIN D5.4)",
          id(),
          acceptance.clause(),
          acceptance.at(),
          previous,
          until);
      previous = acceptance.at();
    }
  }

  /**
   * The recorded changes: after signature, oldest first, each starting from the value the one
   * before left, the last leaving the value and the milestones (D5.2).
   */
  private void checkChanges() {
    if (changes().isEmpty()) {
      return;
    }
    checkArgument(
        status().isAtLeast(ContractStatus.SIGNED),
        "contract %s: changes are recorded with status %s; a contract is changed once signed"
            + " (DOMAIN D5.2)",
        id(),
        status());
    Instant previous = signedAt().orElseThrow();
    List<PaymentMilestone> replaced = new ArrayList<>();
    boolean replacing = false;
    for (int i = 0; i < changes().size(); i++) {
      RecordedChange change = changes().get(i);
      if (i > 0) {
        Money before = changes().get(i - 1).newValue();
        checkArgument(
            change.previousValue().equals(before),
            "contract %s: changes: change %s starts from the value %s, not %s, the value the change"
                + " before left (DOMAIN D5.2)",
            id(),
            i + 1,
            change.previousValue(),
            before);
      }
      checkArgument(
          !change.at().isBefore(previous) && !change.at().isAfter(lastEventAt()),
          "contract %s: changes: change %s is recorded at %s, not between %s and lastEventAt %s:"
              + " changes come after signature, oldest first (DOMAIN D5.2)",
          id(),
          i + 1,
          change.at(),
          previous,
          lastEventAt());
      previous = change.at();
      change
          .change()
          .newMilestones()
          .ifPresent(
              milestones -> {
                replaced.clear();
                replaced.addAll(milestones);
              });
      replacing |= change.change().newMilestones().isPresent();
      replaced.addAll(change.change().addedMilestones());
    }
    Money after = changes().get(changes().size() - 1).newValue();
    checkArgument(
        value().equals(after),
        "contract %s: value is %s, not %s, the value the last recorded change left (DOMAIN D5.2)",
        id(),
        value(),
        after);
    List<PaymentMilestone> tail =
        milestones()
            .subList(Math.max(0, milestones().size() - replaced.size()), milestones().size());
    checkArgument(
        replacing ? milestones().equals(replaced) : tail.equals(replaced),
        "contract %s: milestones %s are not what the recorded changes leave: %s %s (DOMAIN D5.2)",
        id(),
        milestones().stream().map(PaymentMilestone::id).toList(),
        replacing ? "exactly" : "ending with",
        replaced.stream().map(PaymentMilestone::id).toList());
  }

  /**
   * The invoices: from registration on, with distinct ids, each billing a milestone of the contract
   * in its currency and each milestone invoiced at most its amount; a closed contract is fully
   * invoiced and settled (D5.3).
   */
  private void checkInvoices() {
    checkArgument(
        invoices().isEmpty() || status().isAtLeast(ContractStatus.REGISTERED),
        "contract %s: invoices are issued with status %s; invoicing starts at registration"
            + " (DOMAIN D5.3)",
        id(),
        status());
    Set<InvoiceId> invoiceIds = new HashSet<>();
    for (Invoice invoice : invoices()) {
      checkArgument(
          invoiceIds.add(invoice.id()),
          "contract %s: invoices list invoice %s twice (DOMAIN D5.3)",
          id(),
          invoice.id());
      checkArgument(
          invoice.amount().isSameCurrency(value()),
          "contract %s: invoices: invoice %s is in %s, not in the contract currency %s"
              + " (DOMAIN D5.3)",
          id(),
          invoice.id(),
          invoice.amount().getCurrencyUnit(),
          currency());
      checkArgument(
          milestone(invoice.milestone()).isPresent(),
          "contract %s: invoices: invoice %s bills payment milestone %s, which the contract does"
              + " not have (DOMAIN D5.3)",
          id(),
          invoice.id(),
          invoice.milestone());
    }
    for (PaymentMilestone milestone : milestones()) {
      checkArgument(
          !invoiced(milestone.id()).isGreaterThan(milestone.amount()),
          "contract %s: invoices bill payment milestone %s of %s for %s; a milestone is invoiced"
              + " at most its amount (DOMAIN D5.3)",
          id(),
          milestone.id(),
          milestone.amount(),
          invoiced(milestone.id()));
    }
    invoices().forEach(this::checkInvoiceDates);
    if (status() == ContractStatus.CLOSED) {
      checkArgument(
          invoiced().equals(value()),
          "contract %s: invoices total %s of the value %s with status CLOSED; a contract is"
              + " closed once fully invoiced (DOMAIN D5.3)",
          id(),
          invoiced(),
          value());
      checkArgument(
          outstanding().isZero(),
          "contract %s: invoices leave %s outstanding with status CLOSED; a contract is closed"
              + " once every invoice is settled (DOMAIN D5.3)",
          id(),
          outstanding());
    }
  }

  /**
   * An invoice's dates against the contract's (D5.3): issued not before the signature, and neither
   * the issue, the confirmation nor a payment after the latest event, compared without a time zone
   * ({@link BusinessDate}). The invoice checks its own order: confirmed not before it is issued,
   * paid not before it is confirmed.
   */
  private void checkInvoiceDates(Invoice invoice) {
    Instant signed = signedAt().orElse(draftedAt());
    checkArgument(
        !BusinessDate.isBefore(invoice.issuedOn(), signed),
        "contract %s: invoices: invoice %s is issued on %s, before the contract was signed at %s:"
            + " a contract's dates only move forward (DOMAIN D5.3)",
        id(),
        invoice.id(),
        invoice.issuedOn(),
        signed);
    List<LocalDate> dates = new ArrayList<>();
    dates.add(invoice.issuedOn());
    invoice.confirmedOn().ifPresent(dates::add);
    invoice.payments().forEach(p -> dates.add(p.receivedOn()));
    for (LocalDate on : dates) {
      checkArgument(
          !BusinessDate.isAfter(on, lastEventAt()),
          "contract %s: invoices: invoice %s records a date %s after lastEventAt %s: a fact is"
              + " recorded once it has happened (DOMAIN D5.3)",
          id(),
          invoice.id(),
          on,
          lastEventAt());
    }
  }

  /**
   * The version counts the events the state records, one per fact: the draft, each step of the
   * lifecycle (the statuses are in order, one event each), each risk acceptance, change, invoice
   * issued, confirmation and payment; at version 1 the draft is the latest event (D5.1).
   */
  private void checkVersion() {
    long confirmed = invoices().stream().filter(Invoice::isConfirmed).count();
    long payments = invoices().stream().mapToLong(i -> i.payments().size()).sum();
    int steps = EnumSet.range(ContractStatus.DRAFTED, status()).size() - 1;
    long events =
        1L
            + steps
            + riskAcceptances().size()
            + changes().size()
            + invoices().size()
            + confirmed
            + payments;
    checkArgument(
        version() == events,
        "contract %s: version is %s, not %s, the number of events its state records: the draft, %s"
            + " steps to %s, %s risk acceptances, %s changes, %s invoices, %s confirmations and %s"
            + " payments (DOMAIN D5.1)",
        id(),
        version(),
        events,
        steps,
        status(),
        riskAcceptances().size(),
        changes().size(),
        invoices().size(),
        confirmed,
        payments);
    checkArgument(
        version() > 1 || lastEventAt().equals(draftedAt()),
        "contract %s: lastEventAt %s is not draftedAt %s, though at version 1 the draft is its only"
            + " event (DOMAIN D5.1)",
        id(),
        lastEventAt(),
        draftedAt());
  }

  // ---------------------------------------------------------------- events

  private static Contract initial(ContractDrafted drafted) {
    return restore()
        .id(drafted.contract())
        .version(1)
        .opportunity(drafted.opportunity())
        .customer(drafted.customer())
        .draftedAt(drafted.occurredAt())
        .lastEventAt(drafted.occurredAt())
        .value(drafted.value())
        .clauses(drafted.clauses())
        .milestones(drafted.milestones())
        .status(ContractStatus.DRAFTED)
        .build();
  }

  private Contract apply(ContractEvent event) {
    Restore next = restore().from(this).version(version() + 1).lastEventAt(event.occurredAt());
    if (event instanceof ContractDrafted) {
      throw new IllegalArgumentException("contract " + id() + " is already drafted");
    } else if (event instanceof RiskAccepted accepted) {
      next.addRiskAcceptance(accepted.acceptance());
    } else if (event instanceof ContractSigned signed) {
      next.status(ContractStatus.SIGNED).atc(signed.atc()).signedAt(signed.occurredAt());
    } else if (event instanceof ContractRegistered registered) {
      next.status(ContractStatus.REGISTERED).deliveryProject(registered.deliveryProject());
    } else if (event instanceof ContractHandedOver handedOver) {
      next.status(ContractStatus.HANDED_OVER).deliveryManager(handedOver.plan().deliveryManager());
    } else if (event instanceof ExecutionStarted) {
      next.status(ContractStatus.EXECUTING);
    } else if (event instanceof ContractAccepted accepted) {
      next.status(ContractStatus.ACCEPTED).acceptedOn(accepted.acceptedOn());
    } else if (event instanceof ContractClosed) {
      next.status(ContractStatus.CLOSED);
    } else if (event instanceof ContractChanged changed) {
      RecordedChange change = changed.change();
      next.value(change.newValue())
          .milestones(change.change().milestonesAfter(milestones()))
          .addChange(change);
    } else if (event instanceof InvoiceIssued issued) {
      next.addInvoice(issued.invoice());
    } else if (event instanceof InvoiceConfirmed confirmed) {
      next.invoices(
          replaced(confirmed.invoice(), i -> i.withConfirmation(confirmed.confirmedOn())));
    } else if (event instanceof PaymentReceived received) {
      next.invoices(replaced(received.invoice(), i -> i.withPayment(received.payment())));
    } else {
      throw new AssertionError("unknown contract event " + event);
    }
    return next.build();
  }

  private Transition<Contract, ContractEvent> next(ContractEvent event) {
    return Transition.of(apply(event), event);
  }

  private List<Invoice> replaced(InvoiceId invoice, UnaryOperator<Invoice> change) {
    checkArgument(invoice(invoice).isPresent(), "contract %s has no invoice %s", id(), invoice);
    return invoices().stream()
        .map(i -> i.id().equals(invoice) ? change.apply(i) : i)
        .collect(ImmutableList.toImmutableList());
  }

  private Optional<RiskAcceptance> riskAcceptance(ClauseId clause) {
    return riskAcceptances().stream().filter(a -> a.clause().equals(clause)).findFirst();
  }

  private Money sum(List<Money> amounts) {
    return amounts.stream().reduce(Money.zero(currency()), Money::plus);
  }

  private void checkAmount(Guard guard, Money amount) {
    guard
        .require(
            amount.isSameCurrency(value()),
            RuleId.D5_3,
            "the contract is in %s, not %s: amounts in different currencies are not mixed",
            currency(),
            amount.getCurrencyUnit())
        .require(amount.isPositive(), RuleId.D5_3, "amounts are positive, not %s", amount);
  }

  private static void checkMilestones(
      Guard guard, Money value, List<Clause> clauses, List<PaymentMilestone> milestones) {
    Money total = Money.zero(value.getCurrencyUnit());
    for (PaymentMilestone milestone : milestones) {
      guard.require(
          milestone.amount().isSameCurrency(value),
          RuleId.D5_3,
          "payment milestone %s is in %s, not in the contract currency %s",
          milestone.id(),
          milestone.amount().getCurrencyUnit(),
          value.getCurrencyUnit());
      total = total.plus(milestone.amount());
    }
    guard
        .require(
            !total.isGreaterThan(value),
            RuleId.D5_3,
            "the payment milestones total %s, more than the contract value %s",
            total,
            value)
        .require(
            milestones.isEmpty()
                || clauses.stream().anyMatch(c -> c.type() == ClauseType.PAYMENT_TERMS),
            RuleId.D5_3,
            "a contract with payment milestones needs a PAYMENT_TERMS clause");
  }

  private static <T> void checkDistinct(List<T> ids, String kind) {
    Set<T> seen = new HashSet<>();
    for (T id : ids) {
      checkArgument(seen.add(id), "%s %s is listed twice", kind, id);
    }
  }

  /**
   * Returns the guard of a command: a command is not dated before the latest event, whatever the
   * state — checked first, before any other rule — and a closed contract accepts no further command
   * (D5.1).
   */
  private Guard guard(String command, Instant at) {
    return open(timeGuard(command, at));
  }

  /**
   * {@return the guard of a command that checks only that it is not dated before the latest event
   * (D5.1)}
   */
  private Guard timeGuard(String command, Instant at) {
    return Guard.of("Contract " + id(), status().name(), command)
        .require(
            !at.isBefore(lastEventAt()),
            RuleId.D5_1,
            "time only moves forward: %s is before the contract's latest event at %s",
            at,
            lastEventAt());
  }

  /** {@return the guard, once it checks that the contract is not closed (D5.1)} */
  private Guard open(Guard guard) {
    return guard.allow(
        status() != ContractStatus.CLOSED,
        RuleId.D5_1,
        "the contract is closed and accepts no further command");
  }

  /**
   * Returns the guard of an invoicing command, whose business date is checked before its state: the
   * date neither precedes the contract's signature (its draft while unsigned) nor follows the
   * instant the command is recorded at, compared without a time zone ({@link BusinessDate}), and
   * then the contract is invoicing, from registration until closure (D5.3).
   *
   * @param fact what happened on the date, for the message, e.g. {@code invoice INV-1 is issued on}
   * @param on the business date
   */
  private Guard invoicingGuard(String command, String fact, LocalDate on, Instant at) {
    Guard guard = timeGuard(command, at);
    checkBusinessDate(guard, RuleId.D5_3, fact, on, at);
    return invoicing(open(guard));
  }

  /** {@return the guard, once it checks that the contract is invoicing (D5.3)} */
  private Guard invoicing(Guard guard) {
    return guard.allow(
        status().isInvoicing(),
        RuleId.D5_3,
        "invoices are issued, confirmed and paid once the contract is registered and until"
            + " it is closed");
  }

  /**
   * Checks a business date a command carries against the contract's own dates, without a time zone
   * ({@link BusinessDate}): it is not before the signature (the draft while the contract is
   * unsigned), and not after the instant the command is recorded at — a fact is recorded once it
   * has happened.
   *
   * @param rule the rule of the command, cited by a refusal
   * @param fact what happened on the date, for the message, e.g. {@code invoice INV-1 is issued on}
   * @param on the business date
   * @param at when the command is recorded
   */
  private void checkBusinessDate(Guard guard, RuleId rule, String fact, LocalDate on, Instant at) {
    guard
        .requireSince(
            rule,
            fact,
            on,
            signedAt().isPresent() ? "the contract was signed" : "the contract was drafted",
            signedAt().orElse(draftedAt()))
        .requireHappened(rule, fact, on, at);
  }
}
