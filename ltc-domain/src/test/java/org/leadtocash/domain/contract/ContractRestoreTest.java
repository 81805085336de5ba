package org.leadtocash.domain.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leadtocash.domain.contract.ContractFixtures.ADVANCE;
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
import static org.leadtocash.domain.contract.ContractFixtures.advance;
import static org.leadtocash.domain.contract.ContractFixtures.atc;
import static org.leadtocash.domain.contract.ContractFixtures.atcDecision;
import static org.leadtocash.domain.contract.ContractFixtures.date;
import static org.leadtocash.domain.contract.ContractFixtures.day;
import static org.leadtocash.domain.contract.ContractFixtures.decision;
import static org.leadtocash.domain.contract.ContractFixtures.draft;
import static org.leadtocash.domain.contract.ContractFixtures.drafted;
import static org.leadtocash.domain.contract.ContractFixtures.invoiceAndCollect;
import static org.leadtocash.domain.contract.ContractFixtures.invoiceWhole;
import static org.leadtocash.domain.contract.ContractFixtures.measurableAcceptance;
import static org.leadtocash.domain.contract.ContractFixtures.onAcceptance;
import static org.leadtocash.domain.contract.ContractFixtures.onDelivery;
import static org.leadtocash.domain.contract.ContractFixtures.paymentTerms;
import static org.leadtocash.domain.contract.ContractFixtures.registered;
import static org.leadtocash.domain.contract.ContractFixtures.signed;
import static org.leadtocash.domain.contract.ContractFixtures.uncappedPenalty;
import static org.leadtocash.domain.contract.ContractFixtures.warranty;
import static org.leadtocash.domain.testing.DomainTesters.cny;

import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.leadtocash.domain.common.Transition;
import org.leadtocash.domain.opportunity.Gate;
import org.leadtocash.domain.opportunity.Verdict;

/**
 * A stored contract snapshot is input like a command (DOMAIN D5): {@link Contract#restore()}
 * rebuilds every state the commands reach, equal to the original and continued by {@link
 * Contract#replay(Contract, List)}, and refuses a tampered snapshot with an {@link
 * IllegalArgumentException} naming the attribute and the rule it breaks.
 */
class ContractRestoreTest {

  private static final MilestoneId RAISE = MilestoneId.of("M-RAISE");
  private static final InvoiceId INV_1 = InvoiceId.of("INV-1");

  /**
   * The contract's whole life to cash, with a bit of everything a snapshot holds: drafted with an
   * uncapped penalty (v1, day 55) whose risk the legal department accepts (v2), signed (v3, day
   * 56), registered (v4, day 57); the advance issued, confirmed and paid in two parts (v5–v8, days
   * 60–80); raised to 12 M with a 2 M milestone on acceptance (v9, day 81); handed over (v10, day
   * 82) and executing (v11, day 83); the milestones' dates moved (v12, day 100); the delivery
   * milestone issued, confirmed and paid (v13–v15, days 150–170); accepted (v16, day 200); the
   * final and the raise milestones issued, confirmed and paid (v17–v22, days 201–250); closed (v23,
   * day 260).
   */
  private static Transition<Contract, ContractEvent> story() {
    List<Clause> clauses =
        List.of(paymentTerms(30), measurableAcceptance(), uncappedPenalty(), warranty());
    PaymentMilestone raise =
        PaymentMilestone.of(
            RAISE, "two more sites", cny(2_000_000), date(260), PaymentTrigger.ON_ACCEPTANCE);
    return draft(clauses)
        .then(c -> c.acceptRisk(PEN, LEGAL, "the frame agreement caps every penalty", day(55)))
        .then(c -> c.sign(atc(), day(56)))
        .then(c -> c.register(PROJECT, day(57)))
        .then(c -> invoiceWhole(c, "INV-1", ADVANCE, 60))
        .then(c -> c.confirmInvoice(INV_1, date(62), day(62)))
        .then(c -> c.receivePayment(INV_1, cny(1_000_000), date(70), day(70)))
        .then(c -> c.receivePayment(INV_1, cny(2_000_000), date(80), day(80)))
        .then(
            c ->
                c.change(
                    ContractChange.raise(cny(12_000_000), raise, "two more sites"),
                    SALES_VP,
                    "the customer adds two sites",
                    day(81)))
        .then(c -> c.handOver(DELIVERY_MANAGER, day(82)))
        .then(c -> c.startExecution(day(83)))
        .then(
            c ->
                c.change(
                    ContractChange.dates(
                        c.milestones().stream()
                            .map(
                                m ->
                                    PaymentMilestone.of(
                                        m.id(),
                                        m.name(),
                                        m.amount(),
                                        m.dueOn().plusDays(10),
                                        m.trigger()))
                            .toList(),
                        "every payment ten days later"),
                    SALES_VP,
                    "delivery slips ten days",
                    day(100)))
        .then(c -> invoiceAndCollect(c, "INV-2", DELIVERY, 150))
        .then(c -> c.accept(date(200), day(200)))
        .then(c -> invoiceAndCollect(c, "INV-3", FINAL, 201))
        .then(c -> invoiceAndCollect(c, "INV-4", RAISE, 230))
        .then(c -> c.close(day(260)));
  }

  /** The state the story reaches after its first {@code version} events. */
  private static Contract storyAt(int version) {
    return Contract.replay(story().events().subList(0, version));
  }

  /** Restores a contract by setting each of its attributes, as a codec reading a snapshot does. */
  private static Contract restored(Contract stored) {
    return Contract.restore()
        .id(stored.id())
        .version(stored.version())
        .opportunity(stored.opportunity())
        .customer(stored.customer())
        .draftedAt(stored.draftedAt())
        .value(stored.value())
        .clauses(stored.clauses())
        .milestones(stored.milestones())
        .status(stored.status())
        .riskAcceptances(stored.riskAcceptances())
        .atc(stored.atc())
        .signedAt(stored.signedAt())
        .deliveryProject(stored.deliveryProject())
        .deliveryManager(stored.deliveryManager())
        .acceptedOn(stored.acceptedOn())
        .changes(stored.changes())
        .invoices(stored.invoices())
        .lastEventAt(stored.lastEventAt())
        .build();
  }

  /** A snapshot of a state with some attributes tampered with. */
  private static Contract.Restore tampered(
      Contract stored, Function<Contract.Restore, Contract.Restore> tamper) {
    return tamper.apply(Contract.restore().from(stored));
  }

  /**
   * Asserts that building a snapshot is refused with an IllegalArgumentException that names the
   * contract, the attribute and the rule, and mentions what is wrong.
   */
  private static void assertRefused(
      Contract.Restore snapshot, String attribute, String rule, String... mentions) {
    IllegalArgumentException refused =
        assertThrows(IllegalArgumentException.class, snapshot::build);
    String message = refused.getMessage();
    assertTrue(message.startsWith("contract CT-1: "), message);
    assertTrue(
        message.contains(attribute), "expected the attribute «" + attribute + "» in: " + message);
    assertTrue(message.endsWith("(DOMAIN " + rule + ")"), message);
    for (String mention : mentions) {
      assertTrue(message.contains(mention), "expected «" + mention + "» in: " + message);
    }
  }

  private static Invoice withPayments(Invoice invoice, Payment... payments) {
    return new Invoice(
        invoice.id(),
        invoice.milestone(),
        invoice.amount(),
        invoice.issuedOn(),
        invoice.dueOn(),
        invoice.confirmedOn(),
        ImmutableList.<Payment>builder().addAll(invoice.payments()).add(payments).build());
  }

  @Nested
  @DisplayName("D5 a restored snapshot is the contract it was, and continues with replay")
  class RoundTrip {

    @Test
    @DisplayName(
        "every state of the story, restored attribute by attribute, equals the original and"
            + " replays the rest of the story to the same closed contract")
    void everyState() {
      Transition<Contract, ContractEvent> story = story();
      List<ContractEvent> events = story.events();
      assertEquals(23, events.size());
      assertEquals(ContractStatus.CLOSED, story.state().status());
      for (int version = 1; version <= events.size(); version++) {
        Contract stored = storyAt(version);
        Contract restored = restored(stored);
        assertEquals(stored, restored, "version " + version);
        assertEquals(
            story.state(),
            Contract.replay(restored, events.subList(version, events.size())),
            "version " + version);
      }
    }

    @Test
    @DisplayName("the builder's from() copies a snapshot whole")
    void copy() {
      Contract stored = storyAt(12);
      assertEquals(stored, Contract.restore().from(stored).build());
    }
  }

  @Nested
  @DisplayName("D5.3 a snapshot's money is checked as the commands check it")
  class TheMoney {

    @Test
    @DisplayName("a value that is not positive is refused")
    void valuePositive() {
      assertRefused(
          tampered(drafted().state(), r -> r.value(cny(0)).milestones(List.of())),
          "value",
          "D5.3",
          "positive");
    }

    @Test
    @DisplayName("milestones totalling more than the value are refused")
    void milestonesFitTheValue() {
      assertRefused(
          tampered(drafted().state(), r -> r.value(cny(9_000_000))),
          "milestones total",
          "D5.3",
          "10000000",
          "9000000");
    }

    @Test
    @DisplayName("a milestone in another currency is refused")
    void milestoneCurrency() {
      PaymentMilestone euros =
          PaymentMilestone.of(
              ADVANCE,
              "advance payment",
              Money.of(CurrencyUnit.EUR, 300_000),
              date(60),
              PaymentTrigger.ON_SIGNATURE);
      assertRefused(
          tampered(drafted().state(), r -> r.milestones(List.of(euros, onDelivery()))),
          "milestones",
          "D5.3",
          "M-ADV",
          "EUR");
    }

    @Test
    @DisplayName("a milestone listed twice is refused")
    void milestoneIds() {
      assertRefused(
          tampered(drafted().state(), r -> r.milestones(List.of(advance(), advance()))),
          "milestones",
          "D5.3",
          "M-ADV twice");
    }

    @Test
    @DisplayName("milestones without a PAYMENT_TERMS clause are refused")
    void milestonesNeedPaymentTerms() {
      assertRefused(
          tampered(drafted().state(), r -> r.clauses(List.of(measurableAcceptance(), warranty()))),
          "milestones",
          "D5.3",
          "PAYMENT_TERMS");
    }

    @Test
    @DisplayName("an invoice before registration is refused: invoicing starts at registration")
    void invoicingStartsAtRegistration() {
      Contract signed = signed().state();
      Invoice invoice = Invoice.issued(INV_1, ADVANCE, cny(3_000_000), date(60), date(90));
      assertRefused(
          tampered(signed, r -> r.addInvoice(invoice).version(signed.version() + 1)),
          "invoices",
          "D5.3",
          "SIGNED",
          "registration");
    }

    @Test
    @DisplayName("an invoice listed twice is refused")
    void invoiceIds() {
      Contract registered = registered().state();
      Invoice invoice = Invoice.issued(INV_1, ADVANCE, cny(1_000_000), date(60), date(90));
      assertRefused(
          tampered(
              registered,
              r -> r.invoices(List.of(invoice, invoice)).version(registered.version() + 2)),
          "invoices",
          "D5.3",
          "INV-1 twice");
    }

    @Test
    @DisplayName("an invoice in another currency is refused")
    void invoiceCurrency() {
      Contract registered = registered().state();
      Invoice euros =
          Invoice.issued(INV_1, ADVANCE, Money.of(CurrencyUnit.EUR, 1_000), date(60), date(90));
      assertRefused(
          tampered(registered, r -> r.addInvoice(euros).version(registered.version() + 1)),
          "invoices",
          "D5.3",
          "INV-1",
          "EUR");
    }

    @Test
    @DisplayName("an invoice of a milestone the contract does not have is refused")
    void invoiceBillsAMilestone() {
      Contract registered = registered().state();
      Invoice invoice =
          Invoice.issued(INV_1, MilestoneId.of("M-NONE"), cny(1_000), date(60), date(90));
      assertRefused(
          tampered(registered, r -> r.addInvoice(invoice).version(registered.version() + 1)),
          "invoices",
          "D5.3",
          "M-NONE");
    }

    @Test
    @DisplayName(
        "invoiced 12 M on a value of 10 M is refused: a milestone is invoiced at most its amount")
    void invoicedAtMostTheMilestone() {
      Contract registered = registered().state();
      Invoice invoice = Invoice.issued(INV_1, ADVANCE, cny(12_000_000), date(60), date(90));
      assertRefused(
          tampered(registered, r -> r.addInvoice(invoice).version(registered.version() + 1)),
          "invoices",
          "D5.3",
          "M-ADV",
          "12000000");
    }

    @Test
    @DisplayName("a closed contract not fully invoiced is refused")
    void closedFullyInvoiced() {
      Contract accepted = storyAt(19);
      assertEquals(ContractStatus.ACCEPTED, accepted.status());
      assertRefused(
          tampered(accepted, r -> r.status(ContractStatus.CLOSED).version(accepted.version() + 1)),
          "invoices total",
          "D5.3",
          "CLOSED",
          "fully invoiced");
    }

    @Test
    @DisplayName("a closed contract with an invoice not settled is refused")
    void closedSettled() {
      Contract confirmed = storyAt(21);
      assertEquals(confirmed.value(), confirmed.invoiced());
      assertRefused(
          tampered(
              confirmed, r -> r.status(ContractStatus.CLOSED).version(confirmed.version() + 1)),
          "invoices",
          "D5.3",
          "2000000.00 outstanding",
          "settled");
    }
  }

  @Nested
  @DisplayName("D5.3 an invoice in a snapshot checks itself")
  class TheInvoices {

    @Test
    @DisplayName("a payment on an unconfirmed invoice is refused")
    void paidOnlyOnceConfirmed() {
      Invoice issued = Invoice.issued(INV_1, ADVANCE, cny(1_000), date(60), date(90));
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class,
              () -> withPayments(issued, new Payment(cny(1_000), date(70))));
      assertTrue(e.getMessage().contains("INV-1"), e.getMessage());
      assertTrue(e.getMessage().endsWith("(DOMAIN D5.3)"), e.getMessage());
    }

    @Test
    @DisplayName("an invoice paid more than its amount is refused")
    void paidAtMostItsAmount() {
      Invoice confirmed =
          Invoice.issued(INV_1, ADVANCE, cny(1_000), date(60), date(90)).withConfirmation(date(62));
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class,
              () -> withPayments(confirmed, new Payment(cny(1_001), date(70))));
      assertTrue(e.getMessage().contains("collected never exceeds invoiced"), e.getMessage());
      assertTrue(e.getMessage().endsWith("(DOMAIN D5.3)"), e.getMessage());
    }

    @Test
    @DisplayName("a confirmation before the issue date is refused")
    void confirmedAfterIssue() {
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class,
              () ->
                  Invoice.issued(INV_1, ADVANCE, cny(1_000), date(60), date(90))
                      .withConfirmation(date(59)));
      assertTrue(e.getMessage().contains("confirmed on or after its issue date"), e.getMessage());
      assertTrue(e.getMessage().endsWith("(DOMAIN D5.3)"), e.getMessage());
    }

    @Test
    @DisplayName("a payment before the confirmation is refused")
    void paidAfterConfirmation() {
      Invoice confirmed =
          Invoice.issued(INV_1, ADVANCE, cny(1_000), date(60), date(90)).withConfirmation(date(62));
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class,
              () -> withPayments(confirmed, new Payment(cny(1_000), date(61))));
      assertTrue(e.getMessage().endsWith("(DOMAIN D5.3)"), e.getMessage());
    }
  }

  @Nested
  @DisplayName("D5.1 a snapshot's lifecycle is checked as the commands check it")
  class TheLifecycle {

    @Test
    @DisplayName("a SIGNED contract without an ATC is refused")
    void signedWithAtc() {
      assertRefused(
          tampered(signed().state(), r -> r.atc(Optional.empty())),
          "atc is absent",
          "D5.1",
          "SIGNED");
    }

    @Test
    @DisplayName("a DRAFTED contract with an ATC is refused")
    void noAtcBeforeSignature() {
      assertRefused(
          tampered(drafted().state(), r -> r.atc(atcDecision())),
          "atc is present",
          "D5.1",
          "DRAFTED");
    }

    @Test
    @DisplayName("a SIGNED contract without signedAt is refused")
    void signedAt() {
      assertRefused(
          tampered(signed().state(), r -> r.signedAt(Optional.empty())),
          "signedAt is absent",
          "D5.1",
          "SIGNED");
    }

    @Test
    @DisplayName("a REGISTERED contract without its delivery project is refused")
    void deliveryProject() {
      assertRefused(
          tampered(registered().state(), r -> r.deliveryProject(Optional.empty())),
          "deliveryProject is absent",
          "D5.1",
          "REGISTERED");
    }

    @Test
    @DisplayName("a contract with a delivery manager before handover is refused")
    void deliveryManager() {
      assertRefused(
          tampered(registered().state(), r -> r.deliveryManager(DELIVERY_MANAGER)),
          "deliveryManager is present",
          "D5.1",
          "HANDED_OVER");
    }

    @Test
    @DisplayName("an ACCEPTED contract without its acceptance date is refused")
    void acceptedOn() {
      assertRefused(
          tampered(storyAt(16), r -> r.acceptedOn(Optional.empty())),
          "acceptedOn is absent",
          "D5.1",
          "ACCEPTED");
    }

    @Test
    @DisplayName("an ATC of another opportunity is refused")
    void atcOfItsOwnOpportunity() {
      assertRefused(
          tampered(signed().state(), r -> r.atc(atcDecision(OTHER_OPPORTUNITY))),
          "atc",
          "D5.1",
          "OP-2",
          "OP-1");
    }

    @Test
    @DisplayName("a rejected ATC is refused")
    void atcPasses() {
      assertRefused(
          tampered(signed().state(), r -> r.atc(decision(OPPORTUNITY, Gate.ATC, Verdict.REJECTED))),
          "atc",
          "D5.1",
          "REJECTED");
    }

    @Test
    @DisplayName("a decision at another gate is refused")
    void atcIsTheAtc() {
      assertRefused(
          tampered(signed().state(), r -> r.atc(decision(OPPORTUNITY, Gate.ATB, Verdict.APPROVED))),
          "atc",
          "D5.1",
          "ATB");
    }

    @Test
    @DisplayName("lastEventAt before draftedAt is refused: time only moves forward")
    void lastEventAfterDraft() {
      Contract drafted = drafted().state();
      assertRefused(
          tampered(drafted, r -> r.lastEventAt(drafted.draftedAt().minusSeconds(1))),
          "lastEventAt",
          "D5.1",
          "draftedAt");
    }

    @Test
    @DisplayName("signedAt before draftedAt is refused")
    void signedAfterDraft() {
      Contract signed = signed().state();
      assertRefused(
          tampered(signed, r -> r.signedAt(signed.draftedAt().minus(Duration.ofDays(1)))),
          "signedAt",
          "D5.1",
          "draftedAt");
    }

    @Test
    @DisplayName("lastEventAt before signedAt is refused")
    void lastEventAfterSignature() {
      Contract signed = signed().state();
      assertRefused(
          tampered(signed, r -> r.signedAt(signed.lastEventAt().plusSeconds(1))),
          "lastEventAt",
          "D5.1",
          "signedAt");
    }

    @Test
    @DisplayName("a version that does not count the recorded facts is refused")
    void versionCountsTheFacts() {
      Contract registered = registered().state();
      assertEquals(3, registered.version());
      assertRefused(
          tampered(registered, r -> r.version(2)), "version is 2, not 3", "D5.1", "REGISTERED");
      assertRefused(
          tampered(registered, r -> r.version(4)), "version is 4, not 3", "D5.1", "REGISTERED");
      assertRefused(tampered(drafted().state(), r -> r.version(0)), "version is 0", "D5.1");
    }

    @Test
    @DisplayName("at version 1 the draft is the latest event")
    void versionOne() {
      Contract drafted = drafted().state();
      assertRefused(
          tampered(drafted, r -> r.lastEventAt(drafted.draftedAt().plusSeconds(1))),
          "lastEventAt",
          "D5.1",
          "version 1");
    }
  }

  @Nested
  @DisplayName("D5.4 a snapshot's accepted risks are checked as the commands check them")
  class TheRisks {

    private RiskAcceptance acceptance(ClauseId clause, int day) {
      return new RiskAcceptance(clause, LEGAL, "capped elsewhere", day(day));
    }

    @Test
    @DisplayName("a risk acceptance of a clause the contract does not have is refused")
    void existingClause() {
      assertRefused(
          tampered(
              drafted().state(),
              r -> r.addRiskAcceptance(acceptance(ClauseId.of("LIA-9"), 55)).version(2)),
          "riskAcceptances",
          "D5.4",
          "LIA-9");
    }

    @Test
    @DisplayName("a clause accepted twice is refused")
    void acceptedOnce() {
      assertRefused(
          tampered(
              drafted().state(),
              r -> r.addRiskAcceptances(acceptance(PAY, 55), acceptance(PAY, 55)).version(3)),
          "riskAcceptances",
          "D5.4",
          "PAY-1 twice");
    }

    @Test
    @DisplayName("a risk accepted after signature is refused")
    void beforeSignature() {
      Contract signed = signed().state();
      assertRefused(
          tampered(
              signed,
              r ->
                  r.addRiskAcceptance(acceptance(PEN, 57))
                      .lastEventAt(day(57))
                      .version(signed.version() + 1)),
          "riskAcceptances",
          "D5.4",
          "before signature");
    }
  }

  @Nested
  @DisplayName("D5.2 a snapshot's recorded changes are checked as the commands check them")
  class TheChanges {

    private RecordedChange change(ContractChange change, Money previous, int day) {
      return new RecordedChange(change, SALES_VP, "asked by the customer", previous, day(day));
    }

    @Test
    @DisplayName("a change of a contract not yet signed is refused")
    void afterSignature() {
      assertRefused(
          tampered(
              drafted().state(),
              r ->
                  r.addChange(change(ContractChange.scope("more"), cny(10_000_000), 55))
                      .version(2)),
          "changes",
          "D5.2",
          "DRAFTED");
    }

    @Test
    @DisplayName("a change recorded before the signature is refused")
    void recordedAfterSignature() {
      Contract signed = signed().state();
      assertRefused(
          tampered(
              signed,
              r ->
                  r.addChange(change(ContractChange.scope("more"), cny(10_000_000), 55))
                      .version(signed.version() + 1)),
          "changes",
          "D5.2",
          "change 1 is recorded at",
          "after signature");
    }

    @Test
    @DisplayName("a value other than the last change left is refused")
    void valueFollowsTheChanges() {
      Contract raised = storyAt(9);
      assertEquals(cny(12_000_000), raised.value());
      assertRefused(
          tampered(raised, r -> r.value(cny(13_000_000))),
          "value is",
          "D5.2",
          "13000000",
          "12000000",
          "last recorded change");
    }

    @Test
    @DisplayName("a change that does not start from the value the one before left is refused")
    void changesChain() {
      Contract raised = storyAt(9);
      RecordedChange scope = change(ContractChange.scope("more"), cny(10_000_000), 90);
      assertRefused(
          tampered(raised, r -> r.addChange(scope).lastEventAt(day(90)).version(10)),
          "changes",
          "D5.2",
          "change 2",
          "10000000",
          "12000000");
    }

    @Test
    @DisplayName("milestones other than the recorded changes leave are refused")
    void milestonesFollowTheChanges() {
      Contract raised = storyAt(9);
      assertRefused(
          tampered(raised, r -> r.milestones(List.of(advance(), onDelivery(), onAcceptance()))),
          "milestones",
          "D5.2",
          "M-RAISE");
      Contract moved = storyAt(12);
      List<PaymentMilestone> undone = new ArrayList<>(moved.milestones());
      undone.set(0, advance());
      assertRefused(tampered(moved, r -> r.milestones(undone)), "milestones", "D5.2", "exactly");
    }
  }

  @Nested
  @DisplayName("D5.1 D5.3 D5.4 a snapshot's terms and dates are checked past its first version")
  class TermsAndDates {

    @Test
    @DisplayName("a clause listed twice is refused (D5.4)")
    void clauseListedTwice() {
      assertRefused(
          tampered(drafted().state(), r -> r.addClause(paymentTerms(30))),
          "clauses list clause PAY-1 twice",
          "D5.4");
    }

    @Test
    @DisplayName("lastEventAt before draftedAt is refused at any version, not only the first")
    void lastEventAfterDraftPastTheFirstVersion() {
      Contract drafted = drafted().state();
      assertRefused(
          tampered(drafted, r -> r.lastEventAt(drafted.draftedAt().minusSeconds(1)).version(2)),
          "lastEventAt",
          "D5.1",
          "is before draftedAt");
    }

    @Test
    @DisplayName("an invoice confirmed, or paid, after the latest event is refused (D5.3)")
    void invoiceDatesUpToTheLatestEvent() {
      // confirmed on day 62: the latest event cannot be on day 60
      assertRefused(
          tampered(storyAt(6), r -> r.lastEventAt(day(60))),
          "invoices: invoice INV-1 records a date " + date(62) + " after lastEventAt",
          "D5.3");
      // paid on day 70: the latest event cannot be on day 63, after the confirmation
      assertRefused(
          tampered(storyAt(7), r -> r.lastEventAt(day(63))),
          "invoices: invoice INV-1 records a date " + date(70) + " after lastEventAt",
          "D5.3");
    }
  }
}
