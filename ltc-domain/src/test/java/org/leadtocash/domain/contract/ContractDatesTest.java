package org.leadtocash.domain.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leadtocash.domain.contract.ContractFixtures.ADVANCE;
import static org.leadtocash.domain.contract.ContractFixtures.CONTRACT;
import static org.leadtocash.domain.contract.ContractFixtures.PROJECT;
import static org.leadtocash.domain.contract.ContractFixtures.date;
import static org.leadtocash.domain.contract.ContractFixtures.day;
import static org.leadtocash.domain.contract.ContractFixtures.drafted;
import static org.leadtocash.domain.contract.ContractFixtures.executing;
import static org.leadtocash.domain.contract.ContractFixtures.invoiceWhole;
import static org.leadtocash.domain.contract.ContractFixtures.registered;
import static org.leadtocash.domain.contract.ContractFixtures.signed;
import static org.leadtocash.domain.testing.DomainAssertions.assertRefused;
import static org.leadtocash.domain.testing.DomainTesters.cny;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.leadtocash.domain.common.IllegalTransitionException;
import org.leadtocash.domain.common.RejectedHistoryException;
import org.leadtocash.domain.common.RuleId;
import org.leadtocash.domain.common.RuleViolationException;
import org.leadtocash.domain.common.Transition;

/**
 * Time only moves forward inside a contract (DOMAIN D5.1, D5.3): a command dated before the latest
 * event is refused before anything else, and the business dates a command carries — an acceptance,
 * an invoice, its confirmation, a payment — neither precede the contract's own dates nor follow the
 * instant the command is recorded at, compared without a time zone. Replay and a restored snapshot
 * are held to the same.
 *
 * <p>The standard contract is drafted on day 55 (09:00 UTC), signed on day 56 and registered on day
 * 57; {@code date(n)} is day {@code n}'s UTC date.
 */
class ContractDatesTest {

  private static final InvoiceId INV_1 = InvoiceId.of("INV-1");

  @Nested
  @DisplayName("DOMAIN D5.3 an invoice is issued between the signature and its recording")
  class Invoices {

    @Test
    @DisplayName(
        "an invoice issued 400 days before the contract's registration is refused, naming D5.3")
    void invoiceIssuedBeforeRegistration() {
      Contract registered = registered().state();
      RuleViolationException refused =
          assertRefused(
              RuleViolationException.class,
              "D5.3",
              registered,
              c ->
                  c.issueInvoice(
                      INV_1, ADVANCE, cny(3_000_000), date(57 - 400), date(57 - 370), day(60)));
      assertTrue(
          refused.getMessage().contains("invoice INV-1 is issued on " + date(57 - 400)),
          refused.getMessage());
      assertTrue(
          refused.getMessage().contains("before the contract was signed at " + day(56)),
          refused.getMessage());
    }

    @Test
    @DisplayName("an invoice dated ten years before the draft is refused, naming D5.3")
    void invoiceTenYearsBeforeTheDraft() {
      Contract registered = registered().state();
      LocalDate tenYearsBefore = date(55).minusYears(10);
      RuleViolationException refused =
          assertRefused(
              RuleViolationException.class,
              "D5.3",
              registered,
              c ->
                  c.issueInvoice(
                      INV_1,
                      ADVANCE,
                      cny(3_000_000),
                      tenYearsBefore,
                      tenYearsBefore.plusDays(30),
                      day(60)));
      assertTrue(refused.getMessage().contains(tenYearsBefore.toString()), refused.getMessage());
    }

    @Test
    @DisplayName(
        "the date is checked before the state: a drafted contract refuses a backdated invoice for"
            + " its date (D5.3)")
    void dateCheckedBeforeState() {
      Contract draft = drafted().state();
      RuleViolationException refused =
          assertRefused(
              RuleViolationException.class,
              "D5.3",
              draft,
              c -> c.issueInvoice(INV_1, ADVANCE, cny(1), date(10), date(40), day(60)));
      assertTrue(
          refused.getMessage().contains("before the contract was drafted at " + day(55)),
          refused.getMessage());
    }

    @Test
    @DisplayName("an invoice issued after the instant it is recorded at is refused (D5.3)")
    void invoiceIssuedInTheFuture() {
      Contract registered = registered().state();
      RuleViolationException refused =
          assertRefused(
              RuleViolationException.class,
              "D5.3",
              registered,
              c -> c.issueInvoice(INV_1, ADVANCE, cny(1), date(70), date(100), day(60)));
      assertTrue(
          refused.getMessage().contains("a fact is recorded once it has happened"),
          refused.getMessage());
    }

    @Test
    @DisplayName("an invoice falling due before its issue date is refused (D5.3)")
    void dueBeforeIssue() {
      Contract registered = registered().state();
      RuleViolationException refused =
          assertRefused(
              RuleViolationException.class,
              "D5.3",
              registered,
              c -> c.issueInvoice(INV_1, ADVANCE, cny(1), date(60), date(59), day(60)));
      assertTrue(refused.getMessage().contains("falls due"), refused.getMessage());
    }

    @Test
    @DisplayName(
        "dates compare without a time zone: a date on the signature's or the recording's calendar"
            + " day in some zone is accepted, one a day further is refused (D5.3)")
    void zoneFreeBoundaries() {
      Contract registered = registered().state();
      // signed on day 56 at 09:00 UTC: still day 55 at UTC-18:00, so date(55) is not before it
      assertEquals(
          date(55),
          registered
              .issueInvoice(INV_1, ADVANCE, cny(1), date(55), date(85), day(60))
              .state()
              .invoice(INV_1)
              .orElseThrow()
              .issuedOn());
      assertRefused(
          RuleViolationException.class,
          "D5.3",
          registered,
          c -> c.issueInvoice(INV_1, ADVANCE, cny(1), date(54), date(85), day(60)));
      // recorded on day 60 at 09:00 UTC: already day 61 at UTC+18:00, so date(61) is not after it
      assertEquals(
          date(61),
          registered
              .issueInvoice(INV_1, ADVANCE, cny(1), date(61), date(91), day(60))
              .state()
              .invoice(INV_1)
              .orElseThrow()
              .issuedOn());
      assertRefused(
          RuleViolationException.class,
          "D5.3",
          registered,
          c -> c.issueInvoice(INV_1, ADVANCE, cny(1), date(62), date(92), day(60)));
    }
  }

  @Nested
  @DisplayName("DOMAIN D5.3 a confirmation and a payment follow their invoice")
  class ConfirmationsAndPayments {

    /** INV-1 issued on day 60, confirmed on day 62. */
    private Contract confirmed() {
      return registered()
          .then(c -> invoiceWhole(c, "INV-1", ADVANCE, 60))
          .then(c -> c.confirmInvoice(INV_1, date(62), day(62)))
          .state();
    }

    @Test
    @DisplayName("a confirmation before its invoice's issue date is refused (D5.3)")
    void confirmationBeforeIssue() {
      Contract issued = registered().then(c -> invoiceWhole(c, "INV-1", ADVANCE, 60)).state();
      RuleViolationException refused =
          assertRefused(
              RuleViolationException.class,
              "D5.3",
              issued,
              c -> c.confirmInvoice(INV_1, date(58), day(62)));
      assertTrue(refused.getMessage().contains("issue date " + date(60)), refused.getMessage());
    }

    @Test
    @DisplayName("a confirmation recorded before it was made is refused (D5.3)")
    void confirmationInTheFuture() {
      Contract issued = registered().then(c -> invoiceWhole(c, "INV-1", ADVANCE, 60)).state();
      assertRefused(
          RuleViolationException.class,
          "D5.3",
          issued,
          c -> c.confirmInvoice(INV_1, date(70), day(62)));
    }

    @Test
    @DisplayName("a payment received before its invoice was issued is refused (D5.3)")
    void paymentBeforeInvoice() {
      RuleViolationException refused =
          assertRefused(
              RuleViolationException.class,
              "D5.3",
              confirmed(),
              c -> c.receivePayment(INV_1, cny(3_000_000), date(58), day(80)));
      assertTrue(refused.getMessage().contains(date(58).toString()), refused.getMessage());
    }

    @Test
    @DisplayName("a payment received ten years before the draft is refused (D5.3)")
    void paymentTenYearsBefore() {
      LocalDate tenYearsBefore = date(55).minusYears(10);
      RuleViolationException refused =
          assertRefused(
              RuleViolationException.class,
              "D5.3",
              confirmed(),
              c -> c.receivePayment(INV_1, cny(3_000_000), tenYearsBefore, day(80)));
      assertTrue(
          refused.getMessage().contains("before the contract was signed"), refused.getMessage());
    }

    @Test
    @DisplayName("a payment recorded before it was received is refused (D5.3)")
    void paymentRecordedBeforeReceived() {
      RuleViolationException refused =
          assertRefused(
              RuleViolationException.class,
              "D5.3",
              confirmed(),
              c -> c.receivePayment(INV_1, cny(3_000_000), date(90), day(80)));
      assertTrue(
          refused.getMessage().contains("a payment of invoice INV-1 is received on " + date(90)),
          refused.getMessage());
    }
  }

  @Nested
  @DisplayName("DOMAIN D5.1 the customer accepts after the signature")
  class Acceptance {

    @Test
    @DisplayName("an acceptance dated before the signature is refused (D5.1)")
    void acceptanceBeforeSignature() {
      RuleViolationException refused =
          assertRefused(
              RuleViolationException.class,
              "D5.1",
              executing().state(),
              c -> c.accept(date(40), day(200)));
      assertTrue(refused.getMessage().contains(date(40).toString()), refused.getMessage());
    }

    @Test
    @DisplayName("an acceptance recorded before it happened is refused (D5.1)")
    void acceptanceInTheFuture() {
      assertRefused(
          RuleViolationException.class,
          "D5.1",
          executing().state(),
          c -> c.accept(date(210), day(200)));
    }

    @Test
    @DisplayName("on the day it is recorded, an acceptance is accepted (D5.1)")
    void acceptanceOnTheDay() {
      assertEquals(
          date(200),
          executing().state().accept(date(200), day(200)).state().acceptedOn().orElseThrow());
    }
  }

  @Nested
  @DisplayName("DOMAIN D5.1 a command dated before the latest event is refused first")
  class CommandTime {

    @Test
    @DisplayName(
        "a backdated command the state would not allow anyway is refused for its time, naming D5.1,"
            + " as a rule violation rather than an illegal transition")
    void timeCheckedFirst() {
      Contract signed = signed().state();
      RuleViolationException refused =
          assertRefused(
              RuleViolationException.class, "D5.1", signed, c -> c.startExecution(day(50)));
      assertTrue(refused.getMessage().contains("time only moves forward"), refused.getMessage());
      // at the same instant the state decides
      assertRefused(
          IllegalTransitionException.class, "D5.1", signed, c -> c.startExecution(day(56)));
    }
  }

  @Nested
  @DisplayName("DOMAIN D5.3 a stored history or snapshot is held to the same dates")
  class Stored {

    @Test
    @DisplayName(
        "a history whose InvoiceIssued is dated ten years before the draft is rejected at that"
            + " event, naming D5.3")
    void tamperedHistory() {
      List<ContractEvent> history = new ArrayList<>(registered().events());
      LocalDate tenYearsBefore = date(55).minusYears(10);
      history.add(
          new InvoiceIssued(
              CONTRACT,
              4,
              Invoice.issued(
                  INV_1, ADVANCE, cny(3_000_000), tenYearsBefore, tenYearsBefore.plusDays(30)),
              day(60)));
      RejectedHistoryException rejected =
          assertThrows(RejectedHistoryException.class, () -> Contract.replay(history));
      assertEquals(RuleId.D5_3, rejected.rule(), rejected.getMessage());
      assertEquals(4, rejected.position(), rejected.getMessage());
      assertTrue(rejected.getMessage().contains(tenYearsBefore.toString()), rejected.getMessage());
    }

    @Test
    @DisplayName(
        "a snapshot holding an invoice dated before the draft is refused, naming the invoice and"
            + " D5.3")
    void tamperedSnapshot() {
      Contract registered = registered().state();
      LocalDate tenYearsBefore = date(55).minusYears(10);
      Contract.Restore snapshot =
          Contract.restore()
              .from(registered)
              .addInvoice(
                  Invoice.issued(
                      INV_1, ADVANCE, cny(3_000_000), tenYearsBefore, tenYearsBefore.plusDays(30)))
              .version(registered.version() + 1);
      IllegalArgumentException refused =
          assertThrows(IllegalArgumentException.class, snapshot::build);
      assertTrue(
          refused.getMessage().contains("invoice INV-1 is issued on " + tenYearsBefore),
          refused.getMessage());
      assertTrue(refused.getMessage().endsWith("(DOMAIN D5.3)"), refused.getMessage());
    }

    @Test
    @DisplayName("a snapshot holding a payment received after its latest event is refused (D5.3)")
    void snapshotPaymentInTheFuture() {
      Contract registered = registered().state();
      Contract.Restore snapshot =
          Contract.restore()
              .from(registered)
              .addInvoice(Invoice.issued(INV_1, ADVANCE, cny(3_000_000), date(56), date(86)))
              .version(registered.version() + 1);
      assertEquals(1, snapshot.build().invoices().size());
      Contract.Restore later =
          Contract.restore()
              .from(registered)
              .addInvoice(Invoice.issued(INV_1, ADVANCE, cny(3_000_000), date(70), date(100)))
              .version(registered.version() + 1);
      IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, later::build);
      assertTrue(refused.getMessage().contains("after lastEventAt"), refused.getMessage());
    }

    @Test
    @DisplayName("a snapshot accepted before its signature is refused (D5.1)")
    void snapshotAcceptedBeforeSignature() {
      Transition<Contract, ContractEvent> accepted =
          executing().then(c -> c.accept(date(200), day(200)));
      Contract.Restore snapshot = Contract.restore().from(accepted.state()).acceptedOn(date(30));
      IllegalArgumentException refused =
          assertThrows(IllegalArgumentException.class, snapshot::build);
      assertTrue(refused.getMessage().contains("acceptedOn " + date(30)), refused.getMessage());
      assertTrue(refused.getMessage().endsWith("(DOMAIN D5.1)"), refused.getMessage());
    }
  }

  @Test
  @DisplayName("the registered contract of these scenarios is registered on day 57")
  void fixture() {
    assertEquals(day(57), registered().state().lastEventAt());
    assertEquals(PROJECT, registered().state().deliveryProject().orElseThrow());
  }
}
