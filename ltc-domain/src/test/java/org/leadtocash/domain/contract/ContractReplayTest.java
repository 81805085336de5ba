package org.leadtocash.domain.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leadtocash.domain.contract.ContractFixtures.ADVANCE;
import static org.leadtocash.domain.contract.ContractFixtures.CONTRACT;
import static org.leadtocash.domain.contract.ContractFixtures.CUSTOMER;
import static org.leadtocash.domain.contract.ContractFixtures.DELIVERY;
import static org.leadtocash.domain.contract.ContractFixtures.DELIVERY_MANAGER;
import static org.leadtocash.domain.contract.ContractFixtures.FINAL;
import static org.leadtocash.domain.contract.ContractFixtures.LEGAL;
import static org.leadtocash.domain.contract.ContractFixtures.OPPORTUNITY;
import static org.leadtocash.domain.contract.ContractFixtures.OTHER_OPPORTUNITY;
import static org.leadtocash.domain.contract.ContractFixtures.PEN;
import static org.leadtocash.domain.contract.ContractFixtures.PROJECT;
import static org.leadtocash.domain.contract.ContractFixtures.SALES_VP;
import static org.leadtocash.domain.contract.ContractFixtures.VALUE;
import static org.leadtocash.domain.contract.ContractFixtures.atc;
import static org.leadtocash.domain.contract.ContractFixtures.atcDecision;
import static org.leadtocash.domain.contract.ContractFixtures.date;
import static org.leadtocash.domain.contract.ContractFixtures.day;
import static org.leadtocash.domain.contract.ContractFixtures.decision;
import static org.leadtocash.domain.contract.ContractFixtures.draft;
import static org.leadtocash.domain.contract.ContractFixtures.invoiceAndCollect;
import static org.leadtocash.domain.contract.ContractFixtures.measurableAcceptance;
import static org.leadtocash.domain.contract.ContractFixtures.paymentTerms;
import static org.leadtocash.domain.contract.ContractFixtures.registered;
import static org.leadtocash.domain.contract.ContractFixtures.signed;
import static org.leadtocash.domain.contract.ContractFixtures.uncappedPenalty;
import static org.leadtocash.domain.testing.DomainTesters.cny;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.leadtocash.domain.common.ContractId;
import org.leadtocash.domain.common.RejectedHistoryException;
import org.leadtocash.domain.common.RuleId;
import org.leadtocash.domain.common.Transition;
import org.leadtocash.domain.opportunity.Gate;
import org.leadtocash.domain.opportunity.Verdict;

/**
 * A contract's stored history is input like a command: replay rebuilds the contract only through
 * the commands' own checks, and rejects a broken or forged history with the event and the rule
 * (DOMAIN D5.1, D5.3, D5.4); a snapshot and the events after it rebuild the same contract.
 */
class ContractReplayTest {

  private static final InvoiceId INV_1 = InvoiceId.of("INV-1");
  private static final InvoiceId INV_2 = InvoiceId.of("INV-2");
  private static final ContractId OTHER = ContractId.of("CT-2");

  /**
   * The standard contract's whole life to cash, sixteen events: drafted (v1, day 55), signed (v2,
   * day 56), registered (v3, day 57), the advance issued, confirmed and paid (v4–v6, days 60, 62,
   * 80), handed over (v7, day 81), executing (v8, day 82), the delivery milestone issued, confirmed
   * and paid (v9–v11, days 150–170), accepted (v12, day 200), the final milestone issued, confirmed
   * and paid (v13–v15, days 201–221) and closed (v16, day 240).
   */
  private static Transition<Contract, ContractEvent> story() {
    return registered()
        .then(c -> invoiceAndCollect(c, "INV-1", ADVANCE, 60))
        .then(c -> c.handOver(DELIVERY_MANAGER, day(81)))
        .then(c -> c.startExecution(day(82)))
        .then(c -> invoiceAndCollect(c, "INV-2", DELIVERY, 150))
        .then(c -> c.accept(date(200), day(200)))
        .then(c -> invoiceAndCollect(c, "INV-3", FINAL, 201))
        .then(c -> c.close(day(240)));
  }

  /** The story's events with the one at {@code position} (from 1) replaced. */
  private static List<ContractEvent> replaced(
      List<ContractEvent> events, int position, ContractEvent event) {
    List<ContractEvent> copy = new ArrayList<>(events);
    copy.set(position - 1, event);
    return copy;
  }

  /** The events with one more inserted at {@code position} (from 1). */
  private static List<ContractEvent> inserted(
      List<ContractEvent> events, int position, ContractEvent event) {
    List<ContractEvent> copy = new ArrayList<>(events);
    copy.add(position - 1, event);
    return copy;
  }

  /**
   * Asserts that replay rejects a history at an event, citing a rule, with a message that names the
   * contract, the event's type and what is wrong.
   */
  @CanIgnoreReturnValue
  private static RejectedHistoryException assertRejected(
      Executable replay,
      List<? extends ContractEvent> events,
      String rule,
      int position,
      String... mentions) {
    RejectedHistoryException rejected = assertThrows(RejectedHistoryException.class, replay);
    String message = rejected.getMessage();
    assertEquals(RuleId.of(rule), rejected.rule(), message);
    assertEquals(position, rejected.position(), message);
    assertEquals("replay", rejected.command(), message);
    ContractEvent offending = events.get(position - 1);
    assertSame(offending, rejected.event(), message);
    assertTrue(message.startsWith("Contract CT-1 ("), message);
    assertTrue(message.contains(offending.type().name()), message);
    assertTrue(message.contains("[DOMAIN " + rule + "]"), message);
    for (String mention : mentions) {
      assertTrue(message.contains(mention), "expected «" + mention + "» in: " + message);
    }
    return rejected;
  }

  @CanIgnoreReturnValue
  private static RejectedHistoryException assertRejected(
      List<ContractEvent> history, String rule, int position, String... mentions) {
    return assertRejected(() -> Contract.replay(history), history, rule, position, mentions);
  }

  @Nested
  @DisplayName("D5.1 a contract's history is a stream of its own events, one version after another")
  class TheStream {

    @Test
    @DisplayName("a genuine history replays to the contract the commands produced")
    void genuine() {
      Transition<Contract, ContractEvent> story = story();
      assertEquals(16, story.events().size());
      assertEquals(story.state(), Contract.replay(story.events()));
      assertEquals(ContractStatus.CLOSED, Contract.replay(story.events()).status());
    }

    @Test
    @DisplayName("an empty history is refused: a contract's history starts with its draft")
    void empty() {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> Contract.replay(List.of()));
      assertTrue(e.getMessage().contains("ContractDrafted"), e.getMessage());
    }

    @Test
    @DisplayName(
        "a history that does not start with ContractDrafted is rejected at its first event")
    void startsWithTheDraft() {
      List<ContractEvent> events = story().events();
      List<ContractEvent> headless = events.subList(1, events.size());
      RejectedHistoryException e =
          assertRejected(headless, "D5.1", 1, "starts with ContractDrafted", "contract.signed");
      assertEquals("NEW", e.state());
    }

    @Test
    @DisplayName("a draft that is not version 1 is rejected")
    void draftIsVersionOne() {
      List<ContractEvent> events = story().events();
      ContractDrafted draft = (ContractDrafted) events.get(0);
      ContractDrafted renumbered =
          new ContractDrafted(
              CONTRACT,
              2,
              draft.opportunity(),
              draft.customer(),
              draft.value(),
              draft.clauses(),
              draft.milestones(),
              draft.occurredAt());
      assertRejected(List.of(renumbered), "D5.1", 1, "version 1, not 2");
    }

    @Test
    @DisplayName("a second draft of the same contract is rejected: a contract is drafted once")
    void draftedOnce() {
      List<ContractEvent> events = story().events();
      List<ContractEvent> twice = List.of(events.get(0), events.get(0));
      assertRejected(twice, "D5.1", 2, "created only once");
    }

    @Test
    @DisplayName(
        "another contract's signature in CT-1's history is rejected, naming both contracts")
    void anotherContractsEvent() {
      ContractEvent othersSignature =
          Contract.draft(
                  OTHER,
                  OPPORTUNITY,
                  CUSTOMER,
                  VALUE,
                  ContractFixtures.cleanClauses(),
                  ContractFixtures.milestones(),
                  day(55))
              .then(c -> c.sign(atc(), day(56)))
              .events()
              .get(1);
      List<ContractEvent> mixed = replaced(story().events(), 2, othersSignature);
      assertRejected(mixed, "D5.1", 2, "it is about CT-2", "another aggregate than CT-1");
    }

    @Test
    @DisplayName(
        "a history without its ContractSigned has a gap, and is rejected at the registration")
    void withoutSignatureIsAGap() {
      List<ContractEvent> events = new ArrayList<>(story().events());
      events.remove(1);
      assertRejected(events, "D5.1", 2, "contract.registered", "skips from version 1 to 3", "gap");
    }

    @Test
    @DisplayName("a duplicated InvoiceIssued (the same version twice) is rejected as a duplicate")
    void duplicatedInvoice() {
      List<ContractEvent> events = story().events();
      List<ContractEvent> duplicated = inserted(events, 5, events.get(3));
      assertRejected(
          duplicated, "D5.1", 5, "contract.invoice-issued", "version 4 is already in the stream");
    }

    @Test
    @DisplayName("a duplicated ContractSigned is rejected: a signature is counted once")
    void duplicatedSignature() {
      List<ContractEvent> events = story().events();
      List<ContractEvent> duplicated = inserted(events, 3, events.get(1));
      assertRejected(
          duplicated, "D5.1", 3, "contract.signed", "version 2 is already in the stream");
    }

    @Test
    @DisplayName("events out of order are rejected at the first one out of place")
    void outOfOrder() {
      List<ContractEvent> events = story().events();
      List<ContractEvent> swapped = new ArrayList<>(events);
      swapped.set(4, events.get(5)); // the advance's payment (v6) before its confirmation (v5)
      swapped.set(5, events.get(4));
      assertRejected(swapped, "D5.1", 5, "contract.payment-received", "the next is 5");
      List<ContractEvent> late = new ArrayList<>(events);
      late.add(late.remove(2)); // the registration (v3) moved to the end
      assertRejected(late, "D5.1", 3, "contract.invoice-issued", "skips from version 2 to 4");
    }

    @Test
    @DisplayName("an event dated before the one it follows is rejected: time only moves forward")
    void backInTime() {
      List<ContractEvent> events = story().events();
      List<ContractEvent> early =
          replaced(events, 3, new ContractRegistered(CONTRACT, 3, PROJECT, day(50)));
      assertRejected(early, "D5.1", 3, "goes back in time", day(56).toString());
    }
  }

  @Nested
  @DisplayName("D5.1, D5.3, D5.4 replay is as strict as the commands each event records")
  class State {

    @Test
    @DisplayName(
        "a renumbered duplicate InvoiceIssued is refused by the state: invoice INV-1 is issued"
            + " once (D5.3)")
    void renumberedDuplicateInvoice() {
      List<ContractEvent> events = registered().events();
      InvoiceIssued issued =
          new InvoiceIssued(
              CONTRACT,
              4,
              Invoice.issued(INV_1, ADVANCE, cny(3_000_000), date(60), date(90)),
              day(60));
      InvoiceIssued again =
          new InvoiceIssued(
              CONTRACT,
              5,
              Invoice.issued(INV_1, ADVANCE, cny(3_000_000), date(60), date(90)),
              day(60));
      List<ContractEvent> history = new ArrayList<>(events);
      history.add(issued);
      assertEquals(cny(3_000_000), Contract.replay(history).invoiced());
      history.add(again);
      assertRejected(history, "D5.3", 5, "invoice INV-1 is already issued", "REGISTERED");
    }

    @Test
    @DisplayName(
        "a second invoice that would bill 120 on a milestone of 100 is refused: invoiced never"
            + " exceeds the value (D5.3)")
    void invoicedNeverExceedsTheValue() {
      PaymentMilestone whole =
          PaymentMilestone.of(
              ADVANCE, "the whole, on signature", cny(100), date(60), PaymentTrigger.ON_SIGNATURE);
      Transition<Contract, ContractEvent> registered =
          Contract.draft(
                  CONTRACT,
                  OPPORTUNITY,
                  CUSTOMER,
                  cny(100),
                  List.of(paymentTerms(30), measurableAcceptance()),
                  List.of(whole),
                  day(55))
              .then(c -> c.sign(atc(), day(56)))
              .then(c -> c.register(PROJECT, day(57)))
              .then(c -> c.issueInvoice(INV_1, ADVANCE, cny(60), date(60), date(90), day(60)));
      List<ContractEvent> history = new ArrayList<>(registered.events());
      history.add(
          new InvoiceIssued(
              CONTRACT, 5, Invoice.issued(INV_2, ADVANCE, cny(60), date(61), date(91)), day(61)));
      assertRejected(history, "D5.3", 5, "milestone M-ADV of CNY 100.00 is already invoiced");
    }

    @Test
    @DisplayName(
        "a renumbered history without its signature is refused at the registration: only a"
            + " signed contract is registered (D5.1)")
    void renumberedWithoutSignature() {
      List<ContractEvent> events = story().events();
      List<ContractEvent> history =
          List.of(events.get(0), new ContractRegistered(CONTRACT, 2, PROJECT, day(57)));
      RejectedHistoryException e =
          assertRejected(history, "D5.1", 2, "only a signed contract is registered");
      assertEquals("DRAFTED", e.state());
    }

    @Test
    @DisplayName("an invoice after closure is refused: a closed contract accepts nothing (D5.1)")
    void invoiceAfterClosure() {
      List<ContractEvent> history = new ArrayList<>(story().events());
      history.add(
          new InvoiceIssued(
              CONTRACT, 17, Invoice.issued(INV_2, FINAL, cny(1), date(241), date(271)), day(241)));
      RejectedHistoryException e =
          assertRejected(history, "D5.1", 17, "closed and accepts no further command");
      assertEquals("CLOSED", e.state());
    }

    @Test
    @DisplayName("a payment above the invoice's outstanding amount is refused (D5.3)")
    void overpayment() {
      List<ContractEvent> events = story().events();
      List<ContractEvent> history =
          replaced(
              events,
              6,
              new PaymentReceived(
                  CONTRACT, 6, INV_1, new Payment(cny(4_000_000), date(80)), day(80)));
      assertRejected(history, "D5.3", 6, "collected never exceeds invoiced");
    }

    @Test
    @DisplayName("a risk accepted after signature is refused: risks are accepted before (D5.4)")
    void riskAfterSignature() {
      List<ContractEvent> history = new ArrayList<>(signed().events());
      history.add(
          new RiskAccepted(CONTRACT, 3, new RiskAcceptance(PEN, LEGAL, "too late", day(57))));
      assertRejected(history, "D5.4", 3, "risks are accepted before signature");
    }

    @Test
    @DisplayName("a signature under a rejected ATC is refused (D5.1)")
    void signatureUnderRejectedAtc() {
      List<ContractEvent> events = signed().events();
      List<ContractEvent> history =
          replaced(
              events,
              2,
              new ContractSigned(
                  CONTRACT, 2, decision(OPPORTUNITY, Gate.ATC, Verdict.REJECTED), day(56)));
      assertRejected(history, "D5.1", 2, "signature needs an approved ATC");
      List<ContractEvent> others =
          replaced(
              events, 2, new ContractSigned(CONTRACT, 2, atcDecision(OTHER_OPPORTUNITY), day(56)));
      assertRejected(others, "D5.1", 2, "the ATC decision is for opportunity OP-2");
    }

    @Test
    @DisplayName(
        "a signature takes the stored risk review as the host policy's answer: a contract its host"
            + " signed with an open mine under a lenient policy replays (D5.4)")
    void signatureTakesTheStoredReview() {
      ContractRiskPolicy lenient = contract -> List.of();
      Transition<Contract, ContractEvent> signedLeniently =
          draft(List.of(paymentTerms(30), measurableAcceptance(), uncappedPenalty()))
              .then(c -> c.sign(atc(), lenient, day(56)));
      assertTrue(
          !signedLeniently.state().riskReport().unaccepted().isEmpty(),
          "the standard policy would flag the uncapped penalty");
      assertEquals(signedLeniently.state(), Contract.replay(signedLeniently.events()));
    }

    @Test
    @DisplayName(
        "a tampered event is rejected: a change whose previous value was forged to inflate its"
            + " raise (D5.2)")
    void forgedChange() {
      ContractChange raise = ContractChange.amount(cny(12_000_000), "two more sites");
      Transition<Contract, ContractEvent> changed =
          signed().then(c -> c.change(raise, SALES_VP, "the customer asked", day(57)));
      assertEquals(changed.state(), Contract.replay(changed.events()));
      ContractChanged forged =
          new ContractChanged(
              CONTRACT,
              3,
              new RecordedChange(raise, SALES_VP, "the customer asked", cny(8_000_000), day(57)));
      List<ContractEvent> history = replaced(changed.events(), 3, forged);
      assertRejected(history, "D5.1", 3, "is not what the state produces", "CNY 10000000.00");
    }

    @Test
    @DisplayName("a tampered invoice, stored as already confirmed when issued, is rejected")
    void forgedInvoice() {
      List<ContractEvent> events = story().events();
      Invoice confirmed =
          new Invoice(
              INV_1, ADVANCE, cny(3_000_000), date(60), date(90), Optional.of(date(60)), List.of());
      List<ContractEvent> history =
          replaced(events, 4, new InvoiceIssued(CONTRACT, 4, confirmed, day(60)));
      assertRejected(history, "D5.1", 4, "is not what the state produces");
    }

    @Test
    @DisplayName("a handover whose fulfilment plan was tampered with is rejected")
    void forgedHandover() {
      List<ContractEvent> events = story().events();
      ContractHandedOver genuine = (ContractHandedOver) events.get(6);
      FulfilmentPlan emptied =
          new FulfilmentPlan(CONTRACT, PROJECT, genuine.plan().deliveryManager(), List.of());
      List<ContractEvent> history =
          replaced(events, 7, new ContractHandedOver(CONTRACT, 7, emptied, day(81)));
      assertRejected(history, "D5.1", 7, "contract.handed-over", "is not what the state produces");
    }
  }

  @Nested
  @DisplayName("D5.1 a snapshot and the events after it rebuild the contract")
  class Snapshots {

    @Test
    @DisplayName("the state at every version plus the events after it equals the full replay")
    void everySnapshot() {
      List<ContractEvent> events = story().events();
      Contract whole = Contract.replay(events);
      for (int k = 1; k <= events.size(); k++) {
        Contract snapshot = Contract.replay(events.subList(0, k));
        assertEquals(k, snapshot.version());
        assertEquals(
            whole,
            Contract.replay(snapshot, events.subList(k, events.size())),
            "snapshot at version " + k);
      }
    }

    @Test
    @DisplayName("a tail that does not start at the snapshot's version + 1 is rejected")
    void tailContinuesTheVersion() {
      List<ContractEvent> events = story().events();
      Contract snapshot = Contract.replay(events.subList(0, 6));
      List<ContractEvent> skipping = events.subList(7, events.size());
      assertRejected(
          () -> Contract.replay(snapshot, skipping),
          skipping,
          "D5.1",
          1,
          "contract.execution-started",
          "skips from version 6 to 8");
      List<ContractEvent> repeating = events.subList(5, events.size());
      assertRejected(
          () -> Contract.replay(snapshot, repeating),
          repeating,
          "D5.1",
          1,
          "contract.payment-received",
          "version 6 is already in the stream");
    }

    @Test
    @DisplayName("a tail about another contract is rejected")
    void tailOfAnotherContract() {
      Contract snapshot = signed().state();
      List<ContractEvent> others = List.of(new ContractRegistered(OTHER, 3, PROJECT, day(57)));
      assertRejected(
          () -> Contract.replay(snapshot, others), others, "D5.1", 1, "it is about CT-2");
    }

    @Test
    @DisplayName(
        "a tail the snapshot's state does not accept is rejected: invoicing before registration")
    void tailTheStateRefuses() {
      Contract snapshot = signed().state();
      List<ContractEvent> early =
          List.of(
              new InvoiceIssued(
                  CONTRACT,
                  3,
                  Invoice.issued(INV_1, ADVANCE, cny(3_000_000), date(60), date(90)),
                  day(60)));
      RejectedHistoryException e =
          assertRejected(() -> Contract.replay(snapshot, early), early, "D5.3", 1, "registered");
      assertEquals("SIGNED", e.state());
    }

    @Test
    @DisplayName("a snapshot keeps when the contract was signed, so orders are read from the state")
    void signedAtIsOnTheState() {
      assertEquals(Optional.empty(), ContractFixtures.drafted().state().signedAt());
      Contract signed = signed().state();
      assertEquals(Optional.of(day(56)), signed.signedAt());
      Contract closed = Contract.replay(signed, story().events().subList(2, 16));
      assertEquals(Optional.of(day(56)), closed.signedAt());
      assertEquals(signed, Contract.replay(signed, List.of()));
    }
  }
}
