package org.leadtocash.testkit.contract;

import static org.leadtocash.testkit.Generators.hoursLater;
import static org.leadtocash.testkit.Generators.later;
import static org.leadtocash.testkit.Generators.partsOf;

import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.leadtocash.domain.common.ContractId;
import org.leadtocash.domain.common.EmployeeId;
import org.leadtocash.domain.common.RuleId;
import org.leadtocash.domain.common.Transition;
import org.leadtocash.domain.contract.Clause;
import org.leadtocash.domain.contract.ClauseId;
import org.leadtocash.domain.contract.ClauseType;
import org.leadtocash.domain.contract.CollectionPlan;
import org.leadtocash.domain.contract.Contract;
import org.leadtocash.domain.contract.ContractAccepted;
import org.leadtocash.domain.contract.ContractChange;
import org.leadtocash.domain.contract.ContractChanged;
import org.leadtocash.domain.contract.ContractClosed;
import org.leadtocash.domain.contract.ContractDrafted;
import org.leadtocash.domain.contract.ContractEvent;
import org.leadtocash.domain.contract.ContractHandedOver;
import org.leadtocash.domain.contract.ContractRegistered;
import org.leadtocash.domain.contract.ContractSigned;
import org.leadtocash.domain.contract.ContractStatus;
import org.leadtocash.domain.contract.DeliveryProjectId;
import org.leadtocash.domain.contract.ExecutionStarted;
import org.leadtocash.domain.contract.ExpectedInflow;
import org.leadtocash.domain.contract.FulfilmentPlan;
import org.leadtocash.domain.contract.Invoice;
import org.leadtocash.domain.contract.InvoiceConfirmed;
import org.leadtocash.domain.contract.InvoiceId;
import org.leadtocash.domain.contract.InvoiceIssued;
import org.leadtocash.domain.contract.MilestoneId;
import org.leadtocash.domain.contract.Payment;
import org.leadtocash.domain.contract.PaymentMilestone;
import org.leadtocash.domain.contract.PaymentReceived;
import org.leadtocash.domain.contract.PaymentTrigger;
import org.leadtocash.domain.contract.ReceivableLine;
import org.leadtocash.domain.contract.ReceivablesReport;
import org.leadtocash.domain.contract.RecordedChange;
import org.leadtocash.domain.contract.RiskAcceptance;
import org.leadtocash.domain.contract.RiskAccepted;
import org.leadtocash.domain.contract.RiskFinding;
import org.leadtocash.domain.contract.RiskReport;
import org.leadtocash.domain.opportunity.Gate;
import org.leadtocash.domain.opportunity.GateDecision;
import org.leadtocash.domain.opportunity.GatePassage;
import org.leadtocash.domain.opportunity.Opportunity;
import org.leadtocash.domain.opportunity.OpportunityStatus;
import org.leadtocash.testkit.AggregateModel;
import org.leadtocash.testkit.ArbitraryCatalogue;
import org.leadtocash.testkit.Check;
import org.leadtocash.testkit.Command;
import org.leadtocash.testkit.CommandLog;
import org.leadtocash.testkit.Generators;
import org.leadtocash.testkit.Settings;
import org.leadtocash.testkit.common.CommonValues;
import org.leadtocash.testkit.opportunity.Opportunities;

/**
 * Contracts (DOMAIN D5) in every reachable state — drafted with or without buried mines, risks
 * accepted, signed under their own opportunity's approved ATC, registered, handed over, executing,
 * accepted, closed once fully invoiced and collected, changed and raised along the way — with their
 * invoices, payments, receivables and collection plans, all made by the contract's own commands.
 *
 * <p>Each contract is drafted for an opportunity generated through ATC ({@link
 * Opportunities#throughAtc}), for its customer and amount, and signed with that opportunity's
 * {@link Opportunity#contractApproval()}: the passage of ATC only the opportunity issues.
 */
public final class Contracts {

  private static final EmployeeId LEGAL = EmployeeId.of("E-LEGAL");
  private static final EmployeeId SALES_VP = EmployeeId.of("E-VP");
  private static final EmployeeId DELIVERY_MANAGER = EmployeeId.of("E-DM");
  private static final MilestoneId ADVANCE = MilestoneId.of("M-ADVANCE");
  private static final MilestoneId DELIVERY = MilestoneId.of("M-DELIVERY");
  private static final MilestoneId ACCEPTANCE = MilestoneId.of("M-ACCEPTANCE");
  private static final MilestoneId EXTRA = MilestoneId.of("M-EXTRA");

  private Contracts() {}

  /**
   * Adds the arbitraries of the contract's values and events to a catalogue.
   *
   * @param catalogue the catalogue being built; not null
   */
  public static void addTo(ArbitraryCatalogue.Builder catalogue) {
    catalogue
        .add(ClauseId.class, s -> CommonValues.ids("CL-", ClauseId::of))
        .add(MilestoneId.class, s -> CommonValues.ids("M-", MilestoneId::of))
        .add(InvoiceId.class, s -> CommonValues.ids("INV-", InvoiceId::of))
        .add(DeliveryProjectId.class, s -> CommonValues.ids("DP-", DeliveryProjectId::of))
        .add(Clause.class, s -> clauses().flatMap(Arbitraries::of))
        .add(PaymentMilestone.class, s -> partsOf(contracts(s), Contract::milestones))
        .add(ContractChange.class, s -> partsOf(changes(s), c -> List.of(c.change())))
        .add(RecordedChange.class, Contracts::changes)
        .add(Invoice.class, s -> partsOf(contracts(s), Contract::invoices))
        .add(Payment.class, s -> partsOf(contracts(s), c -> payments(c)))
        .add(RiskAcceptance.class, s -> partsOf(contracts(s), Contract::riskAcceptances))
        .add(RiskReport.class, s -> contracts(s).map(Contract::riskReport))
        .add(RiskFinding.class, s -> partsOf(contracts(s), c -> c.riskReport().findings()))
        .add(ReceivablesReport.class, Contracts::receivables)
        .add(ReceivableLine.class, s -> partsOf(receivables(s), ReceivablesReport::lines))
        .add(CollectionPlan.class, s -> contracts(s).map(Contract::collectionPlan))
        .add(ExpectedInflow.class, s -> partsOf(contracts(s), c -> c.collectionPlan().inflows()))
        .add(
            FulfilmentPlan.class,
            s -> partsOf(contracts(s), c -> c.fulfilmentPlan().stream().toList()));
    catalogue.addAggregate(
        Contract.class,
        ContractEvent.class,
        Contracts::model,
        List.of(
            ContractDrafted.class,
            RiskAccepted.class,
            ContractSigned.class,
            ContractRegistered.class,
            ContractHandedOver.class,
            ExecutionStarted.class,
            ContractAccepted.class,
            ContractClosed.class,
            ContractChanged.class,
            InvoiceIssued.class,
            InvoiceConfirmed.class,
            PaymentReceived.class));
  }

  /**
   * Returns the contract's model.
   *
   * @param settings what to generate within; not null
   * @return the model, never null
   */
  public static AggregateModel<Contract, ContractEvent> model(Settings settings) {
    return AggregateModel.builder(Contract.class)
        .timeOrder(RuleId.D5_1)
        .starts(starts(settings))
        .replay(Contract::replay, Contract::replay)
        .invariants(Contracts::checkRules)
        .sizes(40, 60)
        .build();
  }

  /**
   * Returns contracts in every reachable state.
   *
   * @param settings what to generate within; not null
   * @return the contracts, never null
   */
  public static Arbitrary<Contract> contracts(Settings settings) {
    return model(settings).aggregates();
  }

  /**
   * Returns the contract of an opportunity won after an approved ATC, as the book of business has
   * it: drafted the day after ATC and signed a few days later, registered, handed over, executing,
   * its 30% advance invoiced, confirmed and paid, and — for every fourth — raised by 10% sixty days
   * after signature (DOMAIN D5.1–D5.3). Empty for any other opportunity.
   *
   * @param settings what to generate within; not null
   * @param opportunity the opportunity; not null
   * @param n its number: the contract is {@code CT-n}
   * @param random the random that picks the days; not null
   * @return the contract with its whole history, or empty
   */
  public static Optional<Transition<Contract, ContractEvent>> executing(
      Settings settings, Opportunity opportunity, int n, SplittableRandom random) {
    Optional<GatePassage> atc = opportunity.contractApproval();
    if (atc.isEmpty() || opportunity.status() != OpportunityStatus.WON) {
      return Optional.empty();
    }
    Money value = opportunity.amount();
    Money advance = value.multipliedBy(3).dividedBy(10, RoundingMode.DOWN);
    Money delivery = value.multipliedBy(5).dividedBy(10, RoundingMode.DOWN);
    Money acceptance = value.minus(advance).minus(delivery);
    int signed =
        (int)
                Duration.between(
                        settings.start(),
                        atc.get().decision().decidedOn().atStartOfDay(ZoneOffset.UTC).toInstant())
                    .toDays()
            + 1
            + random.nextInt(10);
    MilestoneId advanceMilestone = MilestoneId.of("MS-ADVANCE");
    List<PaymentMilestone> milestones =
        List.of(
            PaymentMilestone.of(
                advanceMilestone,
                "advance (30%)",
                advance,
                settings.date(signed + 30),
                PaymentTrigger.ON_SIGNATURE),
            PaymentMilestone.of(
                MilestoneId.of("MS-DELIVERY"),
                "delivery (50%)",
                delivery,
                settings.date(signed + 120),
                PaymentTrigger.ON_DELIVERY),
            PaymentMilestone.of(
                MilestoneId.of("MS-ACCEPTANCE"),
                "final acceptance (20%)",
                acceptance,
                settings.date(signed + 200),
                PaymentTrigger.ON_ACCEPTANCE));
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
                "acceptance when the test cases of annex 4 pass"));
    InvoiceId invoice = InvoiceId.of("INV-" + n + "-ADVANCE");
    Transition<Contract, ContractEvent> contract =
        Contract.draft(
                ContractId.of("CT-" + n),
                opportunity.id(),
                opportunity.customer(),
                value,
                clauses,
                milestones,
                settings.day(signed - 1))
            .then(c -> c.sign(atc.get(), settings.day(signed)))
            .then(c -> c.register(DeliveryProjectId.of("DP-" + n), settings.day(signed + 1)))
            .then(c -> c.handOver(DELIVERY_MANAGER, settings.day(signed + 2)))
            .then(c -> c.startExecution(settings.day(signed + 3)))
            .then(
                c ->
                    c.issueInvoice(
                        invoice,
                        advanceMilestone,
                        advance,
                        settings.date(signed + 3),
                        settings.date(signed + 33),
                        settings.day(signed + 3)))
            .then(
                c -> c.confirmInvoice(invoice, settings.date(signed + 5), settings.day(signed + 5)))
            .then(
                c ->
                    c.receivePayment(
                        invoice,
                        advance,
                        settings.date(signed + 20 + random.nextInt(30)),
                        settings.day(signed + 50)));
    if (n % 4 == 0) {
      // an order raised after signature (D5.2), chosen without drawing from the random
      Money raised = value.plus(value.dividedBy(10, RoundingMode.DOWN));
      contract =
          contract.then(
              c ->
                  c.change(
                      ContractChange.amount(raised, "additional sites"),
                      EmployeeId.of("E-OFFICE"),
                      "the customer extends the roll-out",
                      settings.day(signed + 60)));
    }
    return Optional.of(contract);
  }

  // ---------------------------------------------------------------- values

  private static List<Payment> payments(Contract contract) {
    List<Payment> payments = new ArrayList<>();
    contract.invoices().forEach(i -> payments.addAll(i.payments()));
    return payments;
  }

  private static Arbitrary<RecordedChange> changes(Settings settings) {
    return partsOf(contracts(settings), Contract::changes);
  }

  private static Arbitrary<ReceivablesReport> receivables(Settings settings) {
    return Combinators.combine(contracts(settings), Arbitraries.integers().between(0, 600))
        .as((c, days) -> c.receivables(settings.date(days)));
  }

  /**
   * {@return the clauses of a contract: payment terms of 30 to 180 days, acceptance criteria
   * measurable or vague, a penalty capped or not, sometimes unlimited liability or a warranty}
   */
  private static Arbitrary<List<Clause>> clauses() {
    Arbitrary<Clause> payment =
        Arbitraries.of(30, 30, 60, 180)
            .map(
                days ->
                    Clause.builder()
                        .id(ClauseId.of("CL-PAY"))
                        .type(ClauseType.PAYMENT_TERMS)
                        .text("the customer pays each invoice within " + days + " days")
                        .paymentTermDays(days)
                        .build());
    Arbitrary<Clause> acceptance =
        Arbitraries.of(
                "all 42 test cases of annex 3 pass; throughput at least 10 Gbit/s",
                "to the customer's satisfaction")
            .map(text -> Clause.of(ClauseId.of("CL-ACC"), ClauseType.ACCEPTANCE_CRITERIA, text));
    Arbitrary<Optional<Clause>> penalty =
        Arbitraries.of(0, 5, 5, 20)
            .map(
                cap -> {
                  Clause.Builder clause =
                      Clause.builder()
                          .id(ClauseId.of("CL-PEN"))
                          .type(ClauseType.PENALTY)
                          .text("0.1% of the contract value per day of delay");
                  if (cap > 0) {
                    clause.capPercent(cap);
                  }
                  return clause.build();
                })
            .optional(0.7);
    Arbitrary<Optional<Clause>> liability =
        Arbitraries.just(
                Clause.of(
                    ClauseId.of("CL-LIA"),
                    ClauseType.UNLIMITED_LIABILITY,
                    "the supplier's liability is unlimited"))
            .optional(0.15);
    Arbitrary<Optional<Clause>> warranty =
        Arbitraries.just(
                Clause.of(ClauseId.of("CL-WAR"), ClauseType.WARRANTY, "12 months of warranty"))
            .optional(0.5);
    return Combinators.combine(payment, acceptance, penalty, liability, warranty)
        .as(
            (p, a, pen, lia, war) -> {
              List<Clause> clauses = new ArrayList<>(List.of(p, a));
              pen.ifPresent(clauses::add);
              lia.ifPresent(clauses::add);
              war.ifPresent(clauses::add);
              return clauses;
            });
  }

  /**
   * A payment schedule of a value: with or without an advance, the rest on delivery and acceptance.
   */
  private static List<PaymentMilestone> schedule(Money value, LocalDate signing, int shape) {
    Money advance = value.multipliedBy(3).dividedBy(10, RoundingMode.DOWN);
    Money delivery = value.multipliedBy(5).dividedBy(10, RoundingMode.DOWN);
    Money acceptance = value.minus(advance).minus(delivery);
    PaymentMilestone onSignature =
        PaymentMilestone.of(
            ADVANCE, "advance payment", advance, signing.plusDays(30), PaymentTrigger.ON_SIGNATURE);
    PaymentMilestone onDelivery =
        PaymentMilestone.of(
            DELIVERY,
            "payment on delivery",
            delivery,
            signing.plusDays(120),
            PaymentTrigger.ON_DELIVERY);
    PaymentMilestone onAcceptance =
        PaymentMilestone.of(
            ACCEPTANCE,
            "payment on acceptance",
            acceptance,
            signing.plusDays(200),
            PaymentTrigger.ON_ACCEPTANCE);
    return switch (shape) {
      case 0 -> List.of(onDelivery, onAcceptance); // no advance: a buried mine (D5.4)
      case 1 ->
          List.of(
              PaymentMilestone.of(
                  ADVANCE,
                  "advance payment",
                  value,
                  signing.plusDays(30),
                  PaymentTrigger.ON_SIGNATURE));
      default -> List.of(onSignature, onDelivery, onAcceptance);
    };
  }

  // ---------------------------------------------------------------- commands

  /** What a contract is drafted from, and what its chain may send besides its own ATC. */
  private record Terms(
      int contract, List<Clause> clauses, int shape, int hours, GatePassage otherAtc) {}

  private static Arbitrary<AggregateModel.Start<Contract, ContractEvent>> starts(
      Settings settings) {
    GatePassage otherAtc = otherAtc(settings);
    return Combinators.combine(
            Opportunities.throughAtc(settings),
            Arbitraries.integers().between(0, 99),
            clauses(),
            Arbitraries.integers().between(0, 5),
            Arbitraries.integers().between(0, 240))
        .as(
            (opportunity, n, clauses, shape, hours) -> {
              Terms terms = new Terms(n, clauses, shape, hours, otherAtc);
              Instant at = later(settings, opportunity.lastEventAt(), hours);
              Transition<Contract, ContractEvent> draft =
                  Contract.draft(
                      ContractId.of("CT-" + n),
                      opportunity.id(),
                      opportunity.customer(),
                      opportunity.amount(),
                      clauses,
                      schedule(opportunity.amount(), settings.dateOf(at), shape),
                      at);
              GatePassage atc = opportunity.contractApproval().orElseThrow();
              Arbitrary<Command<Contract, ContractEvent>> steps = steps(settings, atc);
              return new AggregateModel.Start<>(
                  draft,
                  steps,
                  Arbitraries.frequencyOf(
                      Tuple.of(5, steps),
                      Tuple.of(4, anyCommand(settings, opportunity, terms)),
                      Tuple.of(1, refused())));
            });
  }

  /** An approved ATC of another opportunity than any the model drafts for: {@code OP-1000} on. */
  private static GatePassage otherAtc(Settings settings) {
    for (int n = 1_000; ; n++) {
      Opportunity o = Opportunities.walk(settings, n, new SplittableRandom(n));
      if (o.contractApproval().isPresent()) {
        return o.contractApproval().get();
      }
    }
  }

  /** The arguments a step draws; which command it sends depends on the contract's state. */
  private record Step(int choice, int hours, int part) {}

  private static Arbitrary<Command<Contract, ContractEvent>> steps(
      Settings settings, GatePassage atc) {
    return Combinators.combine(
            Arbitraries.integers().between(0, 99),
            Arbitraries.integers().between(1, 240),
            Arbitraries.integers().between(1, 4))
        .as(Step::new)
        .map(step -> Command.of("step " + step, c -> step(settings, c, atc, step)));
  }

  /**
   * The next move of the contract's team from its state: accept the flagged risks, sign, register,
   * hand over, execute, get accepted, close; invoice, confirm and collect what is due; now and then
   * a change.
   */
  private static Transition<Contract, ContractEvent> step(
      Settings settings, Contract contract, GatePassage atc, Step s) {
    Instant at = later(settings, contract.lastEventAt(), s.hours());
    LocalDate today = settings.dateOf(at);
    int c = s.choice();
    if (contract.status().isChangeable() && c < 6) {
      return contract.change(change(contract, today, s), SALES_VP, "approved by the board", at);
    }
    if (contract.status().isInvoicing() && c < 60) {
      Optional<Transition<Contract, ContractEvent>> invoicing = invoicing(contract, today, at, s);
      if (invoicing.isPresent()) {
        return invoicing.get();
      }
    }
    return switch (contract.status()) {
      case DRAFTED -> {
        List<RiskFinding> open = contract.riskReport().unaccepted();
        yield open.isEmpty() || c > 90
            ? contract.sign(atc, at)
            : contract.acceptRisk(open.get(0).clause(), LEGAL, "accepted by legal", at);
      }
      case SIGNED -> contract.register(DeliveryProjectId.of("DP-" + contract.id().value()), at);
      case REGISTERED -> contract.handOver(DELIVERY_MANAGER, at);
      case HANDED_OVER -> contract.startExecution(at);
      case EXECUTING -> contract.accept(today, at);
      case ACCEPTED, CLOSED -> contract.close(at);
    };
  }

  /**
   * The next invoicing move: invoice a triggered milestone's rest, confirm an invoice, or collect.
   */
  private static Optional<Transition<Contract, ContractEvent>> invoicing(
      Contract contract, LocalDate today, Instant at, Step s) {
    for (Invoice invoice : contract.invoices()) {
      if (!invoice.isConfirmed()) {
        return Optional.of(contract.confirmInvoice(invoice.id(), today, at));
      }
      if (!invoice.isSettled()) {
        Money outstanding = invoice.outstanding();
        Money paid =
            s.part() == 1 && outstanding.getAmountMinorLong() > 1
                ? outstanding.dividedBy(2, RoundingMode.DOWN)
                : outstanding;
        return Optional.of(contract.receivePayment(invoice.id(), paid, today, at));
      }
    }
    for (PaymentMilestone milestone : contract.milestones()) {
      Money rest = milestone.amount().minus(contract.invoiced(milestone.id()));
      if (rest.isPositive() && milestone.trigger().hasHappened(contract.status())) {
        InvoiceId id = InvoiceId.of("INV-" + (contract.invoices().size() + 1));
        return Optional.of(
            contract.issueInvoice(id, milestone.id(), rest, today, today.plusDays(30), at));
      }
    }
    return Optional.empty();
  }

  /** A change: a 10% raise carried by a new milestone, a scope change, or new dates. */
  private static ContractChange change(Contract contract, LocalDate today, Step s) {
    return switch (s.part()) {
      case 1 -> ContractChange.scope("two more sites");
      case 2 ->
          ContractChange.dates(
              contract.milestones().stream()
                  .map(
                      m ->
                          PaymentMilestone.of(
                              m.id(), m.name(), m.amount(), m.dueOn().plusDays(30), m.trigger()))
                  .toList(),
              "dates moved");
      default -> {
        Money raise = contract.value().dividedBy(10, RoundingMode.DOWN);
        yield ContractChange.raise(
            contract.value().plus(raise),
            PaymentMilestone.of(
                MilestoneId.of("M-RAISE-" + contract.changes().size()),
                "variation order",
                raise,
                today.plusDays(60),
                PaymentTrigger.ON_DELIVERY),
            "additional sites");
      }
    };
  }

  /** Any command with random arguments, some hours after the latest event. */
  private static Arbitrary<Command<Contract, ContractEvent>> anyCommand(
      Settings settings, Opportunity opportunity, Terms terms) {
    CurrencyUnit currency = opportunity.amount().getCurrencyUnit();
    Arbitrary<Integer> hours = Arbitraries.integers().between(0, 72);
    Arbitrary<InvoiceId> invoices =
        Arbitraries.integers().between(1, 6).map(n -> InvoiceId.of("INV-" + n));
    Arbitrary<Money> amounts =
        Arbitraries.frequencyOf(
            Tuple.of(
                8,
                Arbitraries.of(1, 2, 3, 5)
                    .map(
                        tenths ->
                            opportunity
                                .amount()
                                .multipliedBy(tenths)
                                .dividedBy(10, RoundingMode.DOWN))),
            Tuple.of(
                2,
                Arbitraries.longs()
                    .between(-1_000, 100_000_000)
                    .map(n -> Money.ofMajor(currency, n))),
            Tuple.of(1, Arbitraries.just(Money.ofMajor(settings.foreignCurrency(), 1_000))));
    Arbitrary<Integer> dayShift =
        Arbitraries.frequencyOf(
            Tuple.of(9, Arbitraries.integers().between(0, 30)),
            Tuple.of(1, Arbitraries.integers().between(-30, -1)));
    // the evidence a caller may hold: each passage the opportunity issued, and another's ATC
    List<GatePassage> passages = new ArrayList<>();
    for (Gate gate : Gate.values()) {
      opportunity.passage(gate).ifPresent(passages::add);
    }
    passages.add(terms.otherAtc());
    return Arbitraries.oneOf(
        Combinators.combine(
                Arbitraries.of("CL-PEN", "CL-LIA", "CL-ACC", "CL-NONE"),
                Arbitraries.of("the customer's standard", "insured", " "),
                hours)
            .as(
                (clause, reason, h) ->
                    hoursLater(
                        "acceptRisk " + clause + " '" + reason + "'",
                        h,
                        settings,
                        Contract::lastEventAt,
                        (c, at) -> c.acceptRisk(ClauseId.of(clause), LEGAL, reason, at))),
        Combinators.combine(Arbitraries.of(passages), hours)
            .as(
                (d, h) ->
                    hoursLater(
                        "sign with " + d.opportunity() + "'s passage of " + d.gate(),
                        h,
                        settings,
                        Contract::lastEventAt,
                        (c, at) -> c.sign(d, at))),
        hours.map(
            h ->
                hoursLater(
                    "register",
                    h,
                    settings,
                    Contract::lastEventAt,
                    (c, at) -> c.register(DeliveryProjectId.of("DP-" + terms.contract()), at))),
        hours.map(
            h ->
                hoursLater(
                    "handOver",
                    h,
                    settings,
                    Contract::lastEventAt,
                    (c, at) -> c.handOver(DELIVERY_MANAGER, at))),
        hours.map(
            h ->
                hoursLater(
                    "startExecution",
                    h,
                    settings,
                    Contract::lastEventAt,
                    Contract::startExecution)),
        hours.map(
            h ->
                hoursLater(
                    "accept",
                    h,
                    settings,
                    Contract::lastEventAt,
                    (c, at) -> c.accept(settings.dateOf(at), at))),
        hours.map(h -> hoursLater("close", h, settings, Contract::lastEventAt, Contract::close)),
        Combinators.combine(
                amounts.filter(Money::isPositive),
                Arbitraries.of("approved by the board", " "),
                hours)
            .as(
                (value, reason, h) ->
                    hoursLater(
                        "change the value to " + value + " '" + reason + "'",
                        h,
                        settings,
                        Contract::lastEventAt,
                        (c, at) ->
                            c.change(
                                ContractChange.amount(value, "value revised"),
                                SALES_VP,
                                reason,
                                at))),
        Combinators.combine(
                invoices,
                Arbitraries.of(ADVANCE, DELIVERY, ACCEPTANCE, EXTRA),
                amounts,
                dayShift,
                hours)
            .as(
                (id, milestone, amount, shift, h) ->
                    hoursLater(
                        "issueInvoice " + id + " " + milestone + " " + amount + " due +" + shift,
                        h,
                        settings,
                        Contract::lastEventAt,
                        (c, at) ->
                            c.issueInvoice(
                                id,
                                milestone,
                                amount,
                                settings.dateOf(at),
                                settings.dateOf(at).plusDays(shift),
                                at))),
        Combinators.combine(invoices, dayShift, hours)
            .as(
                (id, shift, h) ->
                    hoursLater(
                        "confirmInvoice " + id + " on +" + shift,
                        h,
                        settings,
                        Contract::lastEventAt,
                        (c, at) ->
                            c.confirmInvoice(
                                id,
                                c.invoice(id)
                                    .map(Invoice::issuedOn)
                                    .orElse(settings.dateOf(at))
                                    .plusDays(shift),
                                at))),
        Combinators.combine(invoices, amounts, dayShift, hours)
            .as(
                (id, amount, shift, h) ->
                    hoursLater(
                        "receivePayment " + id + " " + amount + " on +" + shift,
                        h,
                        settings,
                        Contract::lastEventAt,
                        (c, at) ->
                            c.receivePayment(
                                id,
                                amount,
                                c.invoice(id)
                                    .flatMap(Invoice::confirmedOn)
                                    .orElse(settings.dateOf(at))
                                    .plusDays(shift),
                                at))));
  }

  /** Commands built to be refused: dated before the latest event (DESIGN §2, D5.1). */
  private static Arbitrary<Command<Contract, ContractEvent>> refused() {
    return Generators.backdated(
        "register",
        Contract::lastEventAt,
        (c, at) -> c.register(DeliveryProjectId.of("DP-LATE"), at));
  }

  // ---------------------------------------------------------------- the rules

  /**
   * Checks the rules of DOMAIN D5 on a contract and its history.
   *
   * @param log the contract with its events; not null
   * @throws org.opentest4j.AssertionFailedError if a rule is broken
   */
  public static void checkRules(CommandLog<Contract, ContractEvent> log) {
    Contract contract = log.state();
    List<ContractEvent> events = log.events();
    Check.equal((long) events.size(), contract.version(), "the version counts the events");
    Money zero = Money.zero(contract.currency());

    // D5.3: amounts are never negative, collected <= invoiced <= value
    Check.that(contract.value().isPositive(), "D5.3: the value is positive");
    Check.that(!contract.invoiced().isNegative(), "D5.3: invoiced is not negative");
    Check.that(!contract.collected().isNegative(), "D5.3: collected is not negative");
    Check.that(!contract.outstanding().isNegative(), "D5.3: outstanding is not negative");
    Check.that(
        !contract.collected().isGreaterThan(contract.invoiced()),
        "D5.3: collected never exceeds invoiced");
    Check.that(
        !contract.invoiced().isGreaterThan(contract.value()),
        "D5.3: invoiced never exceeds the value");

    // D5.2/D5.3: the value is the drafted value plus the recorded changes, and only a recorded
    // raise takes invoicing beyond the drafted value
    Money drafted = ((ContractDrafted) events.get(0)).value();
    Money raises = zero;
    Money expectedValue = drafted;
    for (RecordedChange change : contract.changes()) {
      Check.that(!change.reason().isBlank(), "D5.2: a change is recorded with its reason");
      expectedValue = expectedValue.plus(change.valueDelta());
      if (change.valueDelta().isPositive()) {
        raises = raises.plus(change.valueDelta());
      }
    }
    Check.equal(expectedValue, contract.value(), "D5.2: the value moves only by changes");
    Check.equal(drafted, contract.originalValue(), "D5.2: the original value is the drafted one");
    Check.that(
        !contract.invoiced().isGreaterThan(drafted.plus(raises)),
        "D5.3: invoiced never exceeds the value unless a recorded change raised it");

    // D5.3: milestones fit the value and each is invoiced at most its amount
    Money milestones = zero;
    for (PaymentMilestone milestone : contract.milestones()) {
      Check.equal(contract.currency(), milestone.amount().getCurrencyUnit(), "D5.3: one currency");
      milestones = milestones.plus(milestone.amount());
      Check.that(
          !contract.invoiced(milestone.id()).isGreaterThan(milestone.amount()),
          "D5.3: a milestone is invoiced at most its amount");
    }
    Check.that(!milestones.isGreaterThan(contract.value()), "D5.3: milestones fit the value");
    for (Invoice invoice : contract.invoices()) {
      Check.that(invoice.amount().isPositive(), "D5.3: invoices are positive");
      Check.that(
          contract.milestone(invoice.milestone()).isPresent(), "D5.3: invoices bill milestones");
      Check.that(
          invoice.payments().isEmpty() || invoice.isConfirmed(),
          "D5.3: only confirmed invoices are paid");
      Check.that(!invoice.outstanding().isNegative(), "D5.3: never paid more than invoiced");
    }

    // D5.1: never signed without a passing ATC of the same opportunity, nor with open risks
    ContractStatus status = contract.status();
    if (status.isAtLeast(ContractStatus.SIGNED)) {
      GateDecision signedUnder = contract.atc().orElseThrow();
      Check.equal(Gate.ATC, signedUnder.gate(), "D5.1: signed after ATC");
      Check.that(signedUnder.passes(), "D5.1: signed after an approved ATC");
      Check.equal(contract.opportunity(), signedUnder.opportunity(), "D5.1: the same opportunity");
      int signature = indexOf(events, ContractSigned.class);
      Check.that(
          Contract.replay(events.subList(0, signature)).riskReport().isClear(),
          "D5.4: signed only with every flagged risk accepted");
    } else {
      Check.that(contract.atc().isEmpty(), "D5.1: no ATC before signature");
      Check.that(contract.changes().isEmpty(), "D5.2: changes come after signature");
    }
    Check.equal(
        status.isAtLeast(ContractStatus.HANDED_OVER),
        contract.fulfilmentPlan().isPresent(),
        "D5.1: handover produces the fulfilment plan");
    if (!status.isAtLeast(ContractStatus.REGISTERED)) {
      Check.that(contract.invoices().isEmpty(), "D5.3: invoicing starts at registration");
    }
    if (status == ContractStatus.CLOSED) {
      Check.equal(contract.value(), contract.invoiced(), "D5.3: closed fully invoiced");
      Check.equal(contract.invoiced(), contract.collected(), "D5.3: closed fully collected");
      Check.that(
          events.get(events.size() - 1) instanceof ContractClosed,
          "D5.1: a closed contract accepts no further command");
    }
  }

  private static int indexOf(List<ContractEvent> events, Class<? extends ContractEvent> type) {
    for (int i = 0; i < events.size(); i++) {
      if (type.isInstance(events.get(i))) {
        return i;
      }
    }
    throw new AssertionError("no " + type.getSimpleName() + " in " + events);
  }
}
