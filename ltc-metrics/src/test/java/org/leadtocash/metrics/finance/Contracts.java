package org.leadtocash.metrics.finance;

import static org.leadtocash.domain.testing.DomainTesters.D0;
import static org.leadtocash.domain.testing.DomainTesters.T0;
import static org.leadtocash.domain.testing.DomainTesters.cny;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.joda.money.Money;
import org.leadtocash.domain.common.ContractId;
import org.leadtocash.domain.common.CustomerId;
import org.leadtocash.domain.common.EmployeeId;
import org.leadtocash.domain.common.OpportunityId;
import org.leadtocash.domain.common.Transition;
import org.leadtocash.domain.contract.Clause;
import org.leadtocash.domain.contract.ClauseId;
import org.leadtocash.domain.contract.ClauseType;
import org.leadtocash.domain.contract.Contract;
import org.leadtocash.domain.contract.ContractChange;
import org.leadtocash.domain.contract.ContractEvent;
import org.leadtocash.domain.contract.DeliveryProjectId;
import org.leadtocash.domain.contract.InvoiceId;
import org.leadtocash.domain.contract.MilestoneId;
import org.leadtocash.domain.contract.PaymentMilestone;
import org.leadtocash.domain.contract.PaymentTrigger;
import org.leadtocash.domain.opportunity.GatePassage;
import org.leadtocash.domain.testing.Opportunities;

/**
 * Contracts built through the domain's public API for the finance KPI tests (DOMAIN D5): drafted,
 * signed under an approved ATC and registered on one day, with one advance milestone of the whole
 * value, then invoiced, confirmed and paid as a {@link ContractSpec} says; and the jqwik generators
 * of such specs.
 */
final class Contracts {

  static final EmployeeId OFFICE_HEAD = EmployeeId.of("E-OFFICE");
  static final MilestoneId WHOLE = MilestoneId.of("M-ALL");

  private Contracts() {}

  /** The instant {@code n} days after {@code T0}. */
  static Instant day(int n) {
    return T0.plus(Duration.ofDays(n));
  }

  /**
   * The instant a step on day {@code n} is recorded: that day, or just after the contract's latest
   * event if that was recorded later, since time only moves forward inside a contract (DOMAIN
   * D5.1). The business dates (issued, due, paid) stay the spec's.
   */
  static Instant at(Contract contract, int n) {
    Instant day = day(n);
    return day.isBefore(contract.lastEventAt()) ? contract.lastEventAt() : day;
  }

  /** The date {@code n} days after {@code D0}. */
  static LocalDate date(int n) {
    return D0.plusDays(n);
  }

  /**
   * One invoice of a contract: its amount, the day it is issued, after how many days it falls due,
   * how much of it is paid and how many days after issue; a paid invoice is confirmed the day it is
   * issued.
   */
  record InvoiceSpec(long amount, int issuedDay, int dueAfter, long paid, int paidAfter) {}

  /**
   * A contract: its value, the day it is signed, an optional later change of value (the new value
   * and the day), and its invoices (issued after the change).
   */
  record ContractSpec(
      String id,
      long value,
      int signedDay,
      Optional<Long> changedTo,
      int changedDay,
      List<InvoiceSpec> invoices) {

    /** Returns the contract's value once changed. */
    long finalValue() {
      return changedTo.orElse(value);
    }
  }

  /** Returns the passage of ATC an opportunity with the customer CU-1 issued. */
  static GatePassage atc(OpportunityId opportunity) {
    return Opportunities.atc(opportunity);
  }

  /** Returns a drafted contract of a value in a currency, with one advance milestone of it all. */
  static Transition<Contract, ContractEvent> drafted(String id, Money value, int day) {
    return Contract.draft(
        ContractId.of(id),
        OpportunityId.of("OP-" + id),
        CustomerId.of("CU-1"),
        value,
        List.of(
            Clause.builder()
                .id(ClauseId.of("PAY"))
                .type(ClauseType.PAYMENT_TERMS)
                .text("the customer pays within 30 days")
                .paymentTermDays(30)
                .build()),
        List.of(milestone(value, day)),
        day(day));
  }

  private static PaymentMilestone milestone(Money value, int day) {
    return PaymentMilestone.of(
        WHOLE, "advance of the whole value", value, date(day + 30), PaymentTrigger.ON_SIGNATURE);
  }

  /** Returns a drafted contract signed on the same day, in CNY. */
  static Transition<Contract, ContractEvent> signed(String id, long value, int day) {
    return drafted(id, cny(value), day).then(c -> c.sign(atc(c.opportunity()), day(day)));
  }

  /** Returns the transition of a signed contract changed to a new value on a day. */
  static Transition<Contract, ContractEvent> changed(
      Transition<Contract, ContractEvent> signed, long newValue, int day) {
    Money value = cny(newValue);
    return signed.then(
        c ->
            c.change(
                ContractChange.amount(
                    value, List.of(milestone(value, day)), "new scope, new value"),
                OFFICE_HEAD,
                "the customer asked for it",
                at(c, day)));
  }

  /** Returns a contract built as a spec says, with every event from its draft on. */
  static Transition<Contract, ContractEvent> build(ContractSpec spec) {
    Transition<Contract, ContractEvent> contract =
        signed(spec.id(), spec.value(), spec.signedDay());
    if (spec.changedTo().isPresent()) {
      contract = changed(contract, spec.changedTo().orElseThrow(), spec.changedDay());
    }
    contract =
        contract.then(c -> c.register(DeliveryProjectId.of("DP-" + spec.id()), c.lastEventAt()));
    int n = 0;
    for (InvoiceSpec invoice : spec.invoices()) {
      contract = invoiced(contract, "INV-" + spec.id() + "-" + ++n, invoice);
    }
    return contract;
  }

  /** Returns a registered contract with one more invoice, confirmed and paid as the spec says. */
  static Transition<Contract, ContractEvent> invoiced(
      Transition<Contract, ContractEvent> contract, String id, InvoiceSpec spec) {
    InvoiceId invoice = InvoiceId.of(id);
    LocalDate issued = date(spec.issuedDay());
    Transition<Contract, ContractEvent> next =
        contract.then(
            c ->
                c.issueInvoice(
                    invoice,
                    WHOLE,
                    cny(spec.amount()),
                    issued,
                    issued.plusDays(spec.dueAfter()),
                    at(c, spec.issuedDay())));
    if (spec.paid() == 0) {
      return next;
    }
    return next.then(c -> c.confirmInvoice(invoice, issued, at(c, spec.issuedDay())))
        .then(
            c ->
                c.receivePayment(
                    invoice,
                    cny(spec.paid()),
                    issued.plusDays(spec.paidAfter()),
                    at(c, spec.issuedDay() + spec.paidAfter())));
  }

  // ---------------------------------------------------------------- generators

  /** Contract specs: 10 k to 500 k CNY, signed on days 0–120, up to three invoices. */
  static Arbitrary<ContractSpec> specs() {
    Arbitrary<Integer> value = Arbitraries.integers().between(1, 50);
    Arbitrary<Integer> signedDay = Arbitraries.integers().between(0, 120);
    Arbitrary<Optional<Integer>> changePercent =
        Arbitraries.integers().between(50, 200).optional(0.3);
    Arbitrary<Integer> changeAfter = Arbitraries.integers().between(0, 60);
    Arbitrary<List<List<Integer>>> invoices =
        Arbitraries.integers().between(0, 100).list().ofSize(5).list().ofMaxSize(3);
    Arbitrary<Integer> id = Arbitraries.integers().between(1, 1_000_000);
    return Combinators.combine(id, value, signedDay, changePercent, changeAfter, invoices)
        .as(Contracts::spec);
  }

  private static ContractSpec spec(
      int id,
      int tensOfThousands,
      int signedDay,
      Optional<Integer> changePercent,
      int changeAfter,
      List<List<Integer>> invoices) {
    long value = tensOfThousands * 10_000L;
    Optional<Long> changedTo = changePercent.map(p -> value * p / 100);
    long finalValue = changedTo.orElse(value);
    int changedDay = signedDay + changeAfter;
    List<InvoiceSpec> specs = new ArrayList<>();
    for (List<Integer> i : invoices) {
      // each invoice bills 1-33% of the final value, so three never exceed it
      long amount = Math.max(1, finalValue * (1 + i.get(0) % 33) / 100);
      long paid = amount * i.get(1) / 100;
      specs.add(
          new InvoiceSpec(amount, changedDay + i.get(2) % 90, i.get(3) % 61, paid, i.get(4) % 91));
    }
    return new ContractSpec("CT-" + id, value, signedDay, changedTo, changedDay, specs);
  }
}
