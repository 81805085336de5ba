package org.leadtocash.domain.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leadtocash.domain.contract.ContractFixtures.ACC;
import static org.leadtocash.domain.contract.ContractFixtures.ADVANCE;
import static org.leadtocash.domain.contract.ContractFixtures.CONTRACT;
import static org.leadtocash.domain.contract.ContractFixtures.CUSTOMER;
import static org.leadtocash.domain.contract.ContractFixtures.DELIVERY;
import static org.leadtocash.domain.contract.ContractFixtures.DELIVERY_MANAGER;
import static org.leadtocash.domain.contract.ContractFixtures.FINAL;
import static org.leadtocash.domain.contract.ContractFixtures.LEGAL;
import static org.leadtocash.domain.contract.ContractFixtures.OPPORTUNITY;
import static org.leadtocash.domain.contract.ContractFixtures.OTHER_OPPORTUNITY;
import static org.leadtocash.domain.contract.ContractFixtures.PAY;
import static org.leadtocash.domain.contract.ContractFixtures.PEN;
import static org.leadtocash.domain.contract.ContractFixtures.PROJECT;
import static org.leadtocash.domain.contract.ContractFixtures.SALES_VP;
import static org.leadtocash.domain.contract.ContractFixtures.VALUE;
import static org.leadtocash.domain.contract.ContractFixtures.advance;
import static org.leadtocash.domain.contract.ContractFixtures.date;
import static org.leadtocash.domain.contract.ContractFixtures.day;
import static org.leadtocash.domain.contract.ContractFixtures.decision;
import static org.leadtocash.domain.contract.ContractFixtures.measurableAcceptance;
import static org.leadtocash.domain.contract.ContractFixtures.milestones;
import static org.leadtocash.domain.contract.ContractFixtures.onAcceptance;
import static org.leadtocash.domain.contract.ContractFixtures.onDelivery;
import static org.leadtocash.domain.contract.ContractFixtures.paymentTerms;
import static org.leadtocash.domain.contract.ContractFixtures.uncappedPenalty;
import static org.leadtocash.domain.testing.CommandActions.command;
import static org.leadtocash.domain.testing.DomainTesters.cny;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple3;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.ActionChainArbitrary;
import net.jqwik.api.state.Transformer;
import net.jqwik.api.statistics.Statistics;
import org.joda.money.Money;
import org.leadtocash.domain.common.Transition;
import org.leadtocash.domain.opportunity.Gate;
import org.leadtocash.domain.opportunity.GateDecision;
import org.leadtocash.domain.opportunity.Verdict;
import org.leadtocash.domain.testing.CommandLog;

/**
 * Random command sequences on a contract (DOMAIN D5), with valid and invalid inputs — amounts that
 * are zero, negative, too large or in another currency, unknown invoices and milestones, ATC
 * decisions of other gates, verdicts or opportunities, blank reasons: accepted commands keep every
 * rule, refused ones throw a domain exception and change nothing, and the events replay to an equal
 * contract.
 */
class ContractProperties {

  private static final MilestoneId EXTRA = MilestoneId.of("M-EXTRA");

  /** The arguments of {@code issueInvoice}, named in the chain's description. */
  private record InvoiceArguments(
      InvoiceId invoice,
      MilestoneId milestone,
      Money amount,
      LocalDate issuedOn,
      LocalDate dueOn) {}

  @Property(tries = 300)
  void commandSequencesNeverReachAnIllegalState(
      @ForAll("contracts") ActionChain<CommandLog<Contract, ContractEvent>> chain) {
    CommandLog<Contract, ContractEvent> log =
        chain.withInvariant("DOMAIN D5 rules hold", ContractProperties::holdsEveryRule).run();
    Statistics.label("final status").collect(log.state().status());
    Statistics.label("invoices").collect(Math.min(log.state().invoices().size(), 4));
    Statistics.label("refused commands").collect(log.refused() > 0);
    Statistics.label("final status")
        .coverage(
            c -> {
              c.check(ContractStatus.DRAFTED).count(n -> n > 0);
              c.check(ContractStatus.EXECUTING).count(n -> n > 0);
              c.check(ContractStatus.ACCEPTED).count(n -> n > 0);
              c.check(ContractStatus.CLOSED).count(n -> n > 0);
            });
  }

  @Property(tries = 200)
  void replayingTheEventsGivesAnEqualContract(
      @ForAll("contracts") ActionChain<CommandLog<Contract, ContractEvent>> chain) {
    CommandLog<Contract, ContractEvent> log = chain.run();
    assertEquals(log.state(), Contract.replay(log.events()));
  }

  static void holdsEveryRule(CommandLog<Contract, ContractEvent> log) {
    Contract contract = log.state();
    List<ContractEvent> events = log.events();
    assertEquals(events.size(), contract.version(), "the version counts the events");
    Money zero = Money.zero(contract.currency());

    // D5.3: amounts are never negative, collected <= invoiced <= value
    assertTrue(contract.value().isPositive(), "D5.3: the value is positive");
    assertFalse(contract.invoiced().isNegative(), "D5.3: invoiced is not negative");
    assertFalse(contract.collected().isNegative(), "D5.3: collected is not negative");
    assertFalse(contract.outstanding().isNegative(), "D5.3: outstanding is not negative");
    assertFalse(
        contract.collected().isGreaterThan(contract.invoiced()),
        "D5.3: collected never exceeds invoiced");
    assertFalse(
        contract.invoiced().isGreaterThan(contract.value()),
        "D5.3: invoiced never exceeds the value");

    // D5.2/D5.3: the value is the drafted value plus the recorded changes, and only a recorded
    // raise takes invoicing beyond the drafted value
    Money drafted = ((ContractDrafted) events.get(0)).value();
    Money raises = zero;
    Money expectedValue = drafted;
    for (RecordedChange change : contract.changes()) {
      assertFalse(change.reason().isBlank(), "D5.2: a change is recorded with its reason");
      expectedValue = expectedValue.plus(change.valueDelta());
      if (change.valueDelta().isPositive()) {
        raises = raises.plus(change.valueDelta());
      }
    }
    assertEquals(expectedValue, contract.value(), "D5.2: the value moves only by changes");
    assertEquals(drafted, contract.originalValue());
    assertFalse(
        contract.invoiced().isGreaterThan(drafted.plus(raises)),
        "D5.3: invoiced never exceeds the value unless a recorded change raised it");

    // D5.3: milestones fit the value and each is invoiced at most its amount
    Money milestones = zero;
    for (PaymentMilestone milestone : contract.milestones()) {
      assertEquals(contract.currency(), milestone.amount().getCurrencyUnit());
      milestones = milestones.plus(milestone.amount());
      assertFalse(
          contract.invoiced(milestone.id()).isGreaterThan(milestone.amount()),
          "D5.3: a milestone is invoiced at most its amount");
    }
    assertFalse(milestones.isGreaterThan(contract.value()), "D5.3: milestones fit the value");
    for (Invoice invoice : contract.invoices()) {
      assertTrue(invoice.amount().isPositive(), "D5.3: invoices are positive");
      assertTrue(
          contract.milestone(invoice.milestone()).isPresent(), "D5.3: invoices bill milestones");
      assertTrue(
          invoice.payments().isEmpty() || invoice.isConfirmed(),
          "D5.3: only confirmed invoices are paid");
      assertFalse(invoice.outstanding().isNegative(), "D5.3: never paid more than invoiced");
    }

    // D5.1: never signed without a passing ATC of the same opportunity, nor with open risks
    ContractStatus status = contract.status();
    if (status.isAtLeast(ContractStatus.SIGNED)) {
      GateDecision atc = contract.atc().orElseThrow();
      assertEquals(Gate.ATC, atc.gate(), "D5.1: signed after ATC");
      assertTrue(atc.passes(), "D5.1: signed after an approved ATC");
      assertEquals(contract.opportunity(), atc.opportunity(), "D5.1: the same opportunity");
      int signature = indexOf(events, ContractSigned.class);
      assertTrue(
          Contract.replay(events.subList(0, signature)).riskReport().isClear(),
          "D5.4: signed only with every flagged risk accepted");
    } else {
      assertTrue(contract.atc().isEmpty());
      assertTrue(contract.changes().isEmpty(), "D5.2: changes come after signature");
    }
    assertEquals(
        status.isAtLeast(ContractStatus.HANDED_OVER),
        contract.fulfilmentPlan().isPresent(),
        "D5.1: handover produces the fulfilment plan");
    if (!status.isAtLeast(ContractStatus.REGISTERED)) {
      assertTrue(contract.invoices().isEmpty(), "D5.3: invoicing starts at registration");
    }
    if (status == ContractStatus.CLOSED) {
      assertEquals(contract.value(), contract.invoiced(), "D5.3: closed fully invoiced");
      assertEquals(contract.invoiced(), contract.collected(), "D5.3: closed fully collected");
      assertTrue(
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

  @Provide
  ActionChainArbitrary<CommandLog<Contract, ContractEvent>> contracts() {
    List<Clause> clauses = List.of(paymentTerms(30), measurableAcceptance(), uncappedPenalty());
    return ActionChain.<CommandLog<Contract, ContractEvent>>startWith(
            () ->
                CommandLog.start(
                    Contract.draft(
                        CONTRACT, OPPORTUNITY, CUSTOMER, VALUE, clauses, milestones(), day(0))))
        .withAction(
            4,
            command(
                "acceptRisk",
                Combinators.combine(
                        Arbitraries.of(PEN, PEN, PEN, PAY, ACC, ClauseId.of("NONE")),
                        Arbitraries.of("the customer's standard", "insured", " "))
                    .as(Tuple::of),
                (c, p) -> c.acceptRisk(p.get1(), LEGAL, p.get2(), next(c))))
        .withAction(5, command("sign", decisions(), (c, atc) -> c.sign(atc, next(c))))
        .withAction(
            3, command("register", Arbitraries.just(PROJECT), (c, p) -> c.register(p, next(c))))
        .withAction(
            3,
            command(
                "handOver", Arbitraries.just(DELIVERY_MANAGER), (c, m) -> c.handOver(m, next(c))))
        .withAction(
            3, command("startExecution", Arbitraries.just(5), (c, d) -> c.startExecution(next(c))))
        .withAction(
            3, command("accept", Arbitraries.just(200), (c, d) -> c.accept(date(d), next(c))))
        .withAction(3, command("close", Arbitraries.just(400), (c, d) -> c.close(next(c))))
        .withAction(
            2,
            command(
                "change",
                Combinators.combine(changes(), Arbitraries.of("approved by the board", ""))
                    .as(Tuple::of),
                (c, p) -> c.change(p.get1(), SALES_VP, p.get2(), next(c))))
        .withAction(
            8,
            command(
                "issueInvoice",
                Combinators.combine(
                        invoiceIds(),
                        Arbitraries.of(ADVANCE, DELIVERY, FINAL, EXTRA, MilestoneId.of("M-NONE")),
                        amounts(),
                        Arbitraries.integers().between(10, 300),
                        Arbitraries.frequencyOf(
                            Tuple.of(9, Arbitraries.integers().between(0, 90)),
                            Tuple.of(1, Arbitraries.integers().between(-5, -1))))
                    .as(
                        (id, m, amount, issued, term) ->
                            new InvoiceArguments(id, m, amount, date(issued), date(issued + term))),
                (c, p) ->
                    c.issueInvoice(
                        p.invoice(), p.milestone(), p.amount(), p.issuedOn(), p.dueOn(), next(c))))
        .withAction(
            6,
            command(
                "confirmInvoice",
                Combinators.combine(invoiceIds(), laterOrEarlier(300, 400)).as(Tuple::of),
                (c, p) -> c.confirmInvoice(p.get1(), p.get2(), next(c))))
        .withAction(
            8,
            command(
                "receivePayment",
                Combinators.combine(invoiceIds(), amounts(), laterOrEarlier(400, 500))
                    .as(Tuple::of),
                (ContractProperties::receive)))
        .withAction(2, settle())
        .withAction(
            1,
            command(
                "backdated register",
                Arbitraries.integers().between(1, 30),
                (c, d) -> c.register(PROJECT, c.lastEventAt().minus(Duration.ofDays(d)))))
        .withMaxTransformations(80);
  }

  /**
   * An action that sends the sequence of valid commands settling everything invoiceable now:
   * invoices the rest of every triggered milestone, confirms every invoice and pays every one in
   * full. It applies only when there is something to settle.
   */
  private static Action.Independent<CommandLog<Contract, ContractEvent>> settle() {
    return new Action.Independent<>() {
      @Override
      public boolean precondition(CommandLog<Contract, ContractEvent> log) {
        return !settlement(log.state()).isEmpty();
      }

      @Override
      public Arbitrary<Transformer<CommandLog<Contract, ContractEvent>>> transformer() {
        return Arbitraries.just(
            Transformer.transform(
                "settle",
                log ->
                    log.attempt(
                        contract -> {
                          List<Function<Contract, Transition<Contract, ContractEvent>>> steps =
                              settlement(contract);
                          Transition<Contract, ContractEvent> settled =
                              steps.get(0).apply(contract);
                          for (Function<Contract, Transition<Contract, ContractEvent>> step :
                              steps.subList(1, steps.size())) {
                            settled = settled.then(step);
                          }
                          return settled;
                        })));
      }
    };
  }

  private static List<Function<Contract, Transition<Contract, ContractEvent>>> settlement(
      Contract contract) {
    List<Function<Contract, Transition<Contract, ContractEvent>>> steps = new ArrayList<>();
    if (!contract.status().isInvoicing()) {
      return steps;
    }
    List<InvoiceId> invoices = new ArrayList<>();
    for (Invoice invoice : contract.invoices()) {
      if (!invoice.isConfirmed()) {
        invoices.add(invoice.id());
      } else if (!invoice.isSettled()) {
        steps.add(c -> c.receivePayment(invoice.id(), invoice.outstanding(), date(500), next(c)));
      }
    }
    for (PaymentMilestone milestone : contract.milestones()) {
      Money rest = milestone.amount().minus(contract.invoiced(milestone.id()));
      if (rest.isPositive() && milestone.trigger().hasHappened(contract.status())) {
        InvoiceId id = InvoiceId.of("S-" + milestone.id() + "-v" + contract.version());
        steps.add(c -> c.issueInvoice(id, milestone.id(), rest, date(300), date(330), next(c)));
        invoices.add(id);
      }
    }
    for (InvoiceId id : invoices) {
      steps.add(c -> c.confirmInvoice(id, date(400), next(c)));
      steps.add(
          c -> c.receivePayment(id, c.invoice(id).orElseThrow().amount(), date(500), next(c)));
    }
    return steps;
  }

  private static Transition<Contract, ContractEvent> receive(
      Contract contract, Tuple3<InvoiceId, Money, LocalDate> p) {
    return contract.receivePayment(p.get1(), p.get2(), p.get3(), next(contract));
  }

  /** An instant after the contract's latest event: time only moves forward (D5.1). */
  private static Instant next(Contract contract) {
    return contract.lastEventAt().plus(Duration.ofHours(1));
  }

  /** ATC decisions, mostly approved for the contract's opportunity, some of any other kind. */
  private static Arbitrary<GateDecision> decisions() {
    return Arbitraries.frequencyOf(
        Tuple.of(4, Arbitraries.just(decision(OPPORTUNITY, Gate.ATC, Verdict.APPROVED))),
        Tuple.of(
            3,
            Combinators.combine(
                    Arbitraries.of(OPPORTUNITY, OTHER_OPPORTUNITY),
                    Arbitraries.of(Gate.values()),
                    Arbitraries.of(Verdict.values()))
                .as(ContractFixtures::decision)));
  }

  private static Arbitrary<InvoiceId> invoiceIds() {
    return Arbitraries.integers().between(1, 6).map(n -> InvoiceId.of("INV-" + n));
  }

  /**
   * Amounts that fit the milestones, and invalid ones: zero, negative, too large, other currency.
   */
  private static Arbitrary<Money> amounts() {
    return Arbitraries.frequencyOf(
        Tuple.of(
            8,
            Arbitraries.of(500_000L, 1_000_000L, 1_500_000L, 2_000_000L, 3_000_000L, 4_000_000L)
                .map(n -> cny(n))),
        Tuple.of(2, Arbitraries.longs().between(-2_000_000, 12_000_000).map(n -> cny(n))),
        Tuple.of(1, Arbitraries.of(0L, -1L).map(n -> cny(n))),
        Tuple.of(1, Arbitraries.just(Money.parse("USD 1000000"))));
  }

  /** Mostly a date in {@code [from, to]}, now and then an earlier one. */
  private static Arbitrary<LocalDate> laterOrEarlier(int from, int to) {
    return Arbitraries.frequencyOf(
            Tuple.of(9, Arbitraries.integers().between(from, to)),
            Tuple.of(1, Arbitraries.integers().between(0, from)))
        .map(ContractFixtures::date);
  }

  /** Changes of every kind, some of which do not fit the contract. */
  private static Arbitrary<ContractChange> changes() {
    Arbitrary<Money> values =
        Arbitraries.frequencyOf(
            Tuple.of(
                6,
                Arbitraries.of(2_000_000L, 7_000_000L, 10_000_000L, 11_000_000L, 12_000_000L)
                    .map(n -> cny(n))),
            Tuple.of(1, Arbitraries.just(Money.parse("USD 12000000"))));
    Arbitrary<List<PaymentMilestone>> schedules =
        Arbitraries.of(
            milestones(),
            List.of(advance(), onDelivery(), onAcceptance(), extra(2_000_000)),
            List.of(advance(), extra(1_000_000)),
            List.of(onDelivery(), onAcceptance()),
            List.of(
                advance(),
                PaymentMilestone.of(
                    DELIVERY,
                    "payment on delivery, later",
                    cny(4_000_000),
                    date(180),
                    PaymentTrigger.ON_DELIVERY),
                onAcceptance()));
    return Arbitraries.oneOf(
        Arbitraries.just(ContractChange.scope("two more sites")),
        values.map(v -> ContractChange.amount(v, "value revised")),
        Combinators.combine(values, schedules)
            .as((v, s) -> ContractChange.amount(v, s, "value and schedule revised")),
        schedules.map(s -> ContractChange.dates(s, "dates moved")),
        schedules.map(s -> ContractChange.paymentTerms(s, "payment terms revised")));
  }

  private static PaymentMilestone extra(long amount) {
    return PaymentMilestone.of(
        EXTRA, "variation order", cny(amount), date(260), PaymentTrigger.ON_DELIVERY);
  }
}
