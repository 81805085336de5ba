package org.leadtocash.domain.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leadtocash.domain.contract.ContractFixtures.PAY;
import static org.leadtocash.domain.contract.ContractFixtures.PEN;
import static org.leadtocash.domain.contract.ContractFixtures.draft;
import static org.leadtocash.domain.contract.ContractFixtures.measurableAcceptance;
import static org.leadtocash.domain.contract.ContractFixtures.paymentTerms;
import static org.leadtocash.domain.contract.ContractFixtures.penalty;
import static org.leadtocash.domain.contract.ContractFixtures.warranty;
import static org.leadtocash.domain.testing.DomainTesters.cny;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.joda.money.Money;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The contract rules at the exact edges of their thresholds (DOMAIN D5.3, D5.4): each limit exactly
 * at, one below and one above, and each value check hit with the smallest invalid value.
 */
class ContractBoundariesTest {

  private static final InvoiceId INV = InvoiceId.of("INV-1");
  private static final MilestoneId MS = MilestoneId.of("M-ADV");
  private static final LocalDate ISSUED = LocalDate.of(2026, 3, 2);

  private static List<RiskKind> kinds(int penaltyCap, int paymentDays, ContractRiskPolicy policy) {
    Contract contract =
        draft(
                List.of(
                    paymentTerms(paymentDays),
                    measurableAcceptance(),
                    penalty(penaltyCap),
                    warranty()))
            .state();
    return contract.riskReport(policy).findings().stream().map(RiskFinding::kind).toList();
  }

  @Nested
  @DisplayName("the standard risk policy's limits (DOMAIN D5.4)")
  class RiskLimits {

    @Test
    @DisplayName("a penalty capped at exactly the 10% limit passes; at 11% it is flagged")
    void penaltyCapEdge() {
      ContractRiskPolicy policy = ContractRiskPolicy.standard();
      assertEquals(List.of(), kinds(9, 30, policy));
      assertEquals(List.of(), kinds(10, 30, policy));
      assertEquals(List.of(RiskKind.PENALTY_ABOVE_CAP), kinds(11, 30, policy));
      Contract above =
          draft(List.of(paymentTerms(30), measurableAcceptance(), penalty(11), warranty())).state();
      RiskFinding finding = above.riskReport().findings().get(0);
      assertEquals(PEN, finding.clause());
      assertEquals(
          "the penalty is capped at 11% of the contract value, above the 10% limit",
          finding.reason());
    }

    @Test
    @DisplayName("a payment term of exactly the 90-day limit passes; 91 days is flagged")
    void paymentTermEdge() {
      ContractRiskPolicy policy = ContractRiskPolicy.standard();
      assertEquals(List.of(), kinds(5, 89, policy));
      assertEquals(List.of(), kinds(5, 90, policy));
      assertEquals(List.of(RiskKind.LONG_PAYMENT_TERM), kinds(5, 91, policy));
      Contract longer =
          draft(List.of(paymentTerms(91), measurableAcceptance(), penalty(5), warranty())).state();
      RiskFinding finding = longer.riskReport().findings().get(0);
      assertEquals(PAY, finding.clause());
      assertEquals(
          "the customer pays 91 days after invoicing, more than the 90-day limit",
          finding.reason());
    }

    @Test
    @DisplayName("a host's limits move the edges: cap 1% and a 0-day term")
    void hostLimits() {
      ContractRiskPolicy strict = ContractRiskPolicy.standard(1, 0);
      assertEquals(List.of(), kinds(1, 0, strict));
      assertEquals(
          List.of(RiskKind.LONG_PAYMENT_TERM, RiskKind.PENALTY_ABOVE_CAP), kinds(2, 1, strict));
      assertEquals("ContractRiskPolicy.standard(1, 0)", strict.toString());
      assertEquals("ContractRiskPolicy.standard(10, 90)", ContractRiskPolicy.standard().toString());
    }

    @Test
    @DisplayName("a cap limit of 0% and a term limit of -1 days are refused, naming the value")
    void limitsRefused() {
      IllegalArgumentException cap =
          assertThrows(IllegalArgumentException.class, () -> ContractRiskPolicy.standard(0, 30));
      assertEquals("a penalty cap limit is a positive percent, not 0", cap.getMessage());
      IllegalArgumentException term =
          assertThrows(IllegalArgumentException.class, () -> ContractRiskPolicy.standard(10, -1));
      assertEquals("a payment term limit is not negative, not -1 days", term.getMessage());
    }
  }

  @Nested
  @DisplayName("a clause's own checks (DOMAIN D5.4)")
  class Clauses {

    @Test
    @DisplayName("a penalty cap of 1% is the smallest; 0% is refused")
    void capEdge() {
      assertEquals(Optional.of(1), penalty(1).capPercent());
      IllegalArgumentException zero =
          assertThrows(IllegalArgumentException.class, () -> penalty(0));
      assertEquals("a penalty cap is a positive percent, not 0", zero.getMessage());
    }

    @Test
    @DisplayName("a payment term of 0 days is the smallest; -1 is refused")
    void termEdge() {
      assertEquals(Optional.of(0), paymentTerms(0).paymentTermDays());
      IllegalArgumentException negative =
          assertThrows(IllegalArgumentException.class, () -> paymentTerms(-1));
      assertEquals("a payment term is not negative, not -1 days", negative.getMessage());
    }

    @Test
    @DisplayName("only a penalty states a cap, only payment terms state a term, every text is set")
    void structuredTermsBelongToTheirType() {
      IllegalArgumentException cap =
          assertThrows(
              IllegalArgumentException.class,
              () ->
                  Clause.builder()
                      .id(PAY)
                      .type(ClauseType.WARRANTY)
                      .text("12 months")
                      .capPercent(5)
                      .build());
      assertEquals(
          "only a penalty clause states a cap, not clause PAY-1 of type WARRANTY (DOMAIN D5.4)",
          cap.getMessage());
      IllegalArgumentException term =
          assertThrows(
              IllegalArgumentException.class,
              () ->
                  Clause.builder()
                      .id(PEN)
                      .type(ClauseType.PENALTY)
                      .text("0.1% per day")
                      .paymentTermDays(30)
                      .build());
      assertEquals(
          "only a payment-terms clause states a payment term, not clause PEN-1 of type PENALTY"
              + " (DOMAIN D5.4)",
          term.getMessage());
      IllegalArgumentException blank =
          assertThrows(
              IllegalArgumentException.class, () -> Clause.of(PEN, ClauseType.PENALTY, " "));
      assertEquals("clause PEN-1 has a text (DOMAIN D5.4)", blank.getMessage());
    }
  }

  @Nested
  @DisplayName("an invoice's own checks (DOMAIN D5.3)")
  class Invoices {

    private Invoice confirmed(Money amount, List<Payment> payments) {
      return new Invoice(
          INV, MS, amount, ISSUED, ISSUED.plusDays(30), Optional.of(ISSUED), payments);
    }

    @Test
    @DisplayName("collected equal to invoiced is settled; one fen more is refused")
    void collectedNeverExceedsInvoiced() {
      Invoice settled =
          confirmed(cny(100), List.of(new Payment(cny(60), ISSUED), new Payment(cny(40), ISSUED)));
      assertEquals(cny(100), settled.paid());
      assertTrue(settled.isSettled());
      assertEquals(cny(0), settled.outstanding());
      IllegalArgumentException over =
          assertThrows(
              IllegalArgumentException.class,
              () ->
                  confirmed(
                      cny(100),
                      List.of(
                          new Payment(cny(60), ISSUED),
                          new Payment(Money.parse("CNY 40.01"), ISSUED))));
      assertEquals(
          "invoice INV-1 of CNY 100.00 is paid CNY 100.01: collected never exceeds invoiced"
              + " (DOMAIN D5.3)",
          over.getMessage());
    }

    @Test
    @DisplayName("an invoice due on its issue date is valid; due a day before is refused")
    void dueDateEdge() {
      assertEquals(ISSUED, Invoice.issued(INV, MS, cny(100), ISSUED, ISSUED).dueOn());
      IllegalArgumentException early =
          assertThrows(
              IllegalArgumentException.class,
              () -> Invoice.issued(INV, MS, cny(100), ISSUED, ISSUED.minusDays(1)));
      assertEquals(
          "invoice INV-1 falls due on or after its issue date 2026-03-02, not 2026-03-01"
              + " (DOMAIN D5.3)",
          early.getMessage());
    }

    @Test
    @DisplayName("a confirmation on the issue date is valid; a day before is refused")
    void confirmationEdge() {
      assertTrue(confirmed(cny(100), List.of()).isConfirmed());
      IllegalArgumentException early =
          assertThrows(
              IllegalArgumentException.class,
              () ->
                  new Invoice(
                      INV,
                      MS,
                      cny(100),
                      ISSUED,
                      ISSUED.plusDays(30),
                      Optional.of(ISSUED.minusDays(1)),
                      List.of()));
      assertEquals(
          "invoice INV-1 is confirmed on or after its issue date 2026-03-02, not 2026-03-01"
              + " (DOMAIN D5.3)",
          early.getMessage());
    }

    @Test
    @DisplayName("a payment on the confirmation date counts; before it, or unconfirmed, is refused")
    void paymentAfterConfirmation() {
      assertEquals(cny(10), confirmed(cny(100), List.of(new Payment(cny(10), ISSUED))).paid());
      IllegalArgumentException early =
          assertThrows(
              IllegalArgumentException.class,
              () -> confirmed(cny(100), List.of(new Payment(cny(10), ISSUED.minusDays(1)))));
      assertEquals(
          "invoice INV-1 is paid only once confirmed by the customer (DOMAIN D5.3)",
          early.getMessage());
      IllegalArgumentException unconfirmed =
          assertThrows(
              IllegalArgumentException.class,
              () ->
                  new Invoice(
                      INV,
                      MS,
                      cny(100),
                      ISSUED,
                      ISSUED.plusDays(30),
                      Optional.empty(),
                      List.of(new Payment(cny(10), ISSUED))));
      assertEquals(early.getMessage(), unconfirmed.getMessage());
    }

    @Test
    @DisplayName("the smallest invoice is one fen; zero is refused, and so is a zero payment")
    void amountsArePositive() {
      assertEquals(
          Money.parse("CNY 0.01"),
          Invoice.issued(INV, MS, Money.parse("CNY 0.01"), ISSUED, ISSUED).amount());
      IllegalArgumentException zero =
          assertThrows(
              IllegalArgumentException.class,
              () -> Invoice.issued(INV, MS, cny(0), ISSUED, ISSUED));
      assertEquals("invoice INV-1 is positive, not CNY 0.00 (DOMAIN D5.3)", zero.getMessage());
      IllegalArgumentException payment =
          assertThrows(IllegalArgumentException.class, () -> new Payment(cny(0), ISSUED));
      assertEquals("a payment is positive, not CNY 0.00 (DOMAIN D5.3)", payment.getMessage());
    }

    @Test
    @DisplayName("a payment in another currency is refused, naming both currencies")
    void oneCurrency() {
      IllegalArgumentException usd =
          assertThrows(
              IllegalArgumentException.class,
              () -> confirmed(cny(100), List.of(new Payment(Money.parse("USD 10"), ISSUED))));
      assertEquals("invoice INV-1 is paid in CNY, not USD (DOMAIN D5.3)", usd.getMessage());
    }

    @Test
    @DisplayName("overdue days count from the due date while money is outstanding")
    void overdueEdge() {
      Invoice invoice = confirmed(cny(100), List.of(new Payment(cny(100), ISSUED.plusDays(40))));
      LocalDate due = ISSUED.plusDays(30);
      assertEquals(0, invoice.daysOverdue(due));
      assertEquals(1, invoice.daysOverdue(due.plusDays(1)));
      assertEquals(9, invoice.daysOverdue(ISSUED.plusDays(39)));
      assertEquals(0, invoice.daysOverdue(ISSUED.plusDays(40)), "settled on day 40");
      assertEquals(cny(0), invoice.paidAsOf(ISSUED.plusDays(39)));
      assertEquals(cny(100), invoice.paidAsOf(ISSUED.plusDays(40)));
      assertFalse(confirmed(cny(100), List.of()).isSettled());
    }
  }

  @Nested
  @DisplayName("a receivable line's own checks (DOMAIN D5.3)")
  class ReceivableLines {

    private ReceivableLine line(Money invoiced, Money paid, long daysOverdue) {
      return new ReceivableLine(INV, MS, ISSUED, true, invoiced, paid, daysOverdue);
    }

    @Test
    @DisplayName("paid equal to invoiced is settled and 0 days overdue; one fen more is refused")
    void paidNeverExceedsInvoiced() {
      assertEquals(cny(100), line(cny(100), cny(100), 0).paid());
      assertEquals(
          "invoice INV-1 of CNY 100.00 cannot be paid CNY 100.01 (DOMAIN D5.3)",
          assertThrows(
                  IllegalArgumentException.class,
                  () -> line(cny(100), Money.parse("CNY 100.01"), 0))
              .getMessage());
      assertEquals(
          "a settled invoice INV-1 is not overdue",
          assertThrows(IllegalArgumentException.class, () -> line(cny(100), cny(100), 1))
              .getMessage());
    }

    @Test
    @DisplayName("one fen short may be overdue; -1 days overdue and a negative payment are refused")
    void overdueAndPaidEdges() {
      Money short1 = Money.parse("CNY 99.99");
      assertEquals(1, line(cny(100), short1, 1).daysOverdue());
      assertEquals(0, line(cny(100), cny(0), 0).daysOverdue());
      assertEquals(
          "days overdue are not negative, not -1",
          assertThrows(IllegalArgumentException.class, () -> line(cny(100), cny(0), -1))
              .getMessage());
      assertEquals(
          "invoice INV-1 is paid a negative CNY -0.01",
          assertThrows(
                  IllegalArgumentException.class, () -> line(cny(100), Money.parse("CNY -0.01"), 0))
              .getMessage());
      assertEquals(
          "invoice INV-1 is positive, not CNY 0.00",
          assertThrows(IllegalArgumentException.class, () -> line(cny(0), cny(0), 0)).getMessage());
      assertEquals(
          "invoice INV-1 is invoiced in CNY and paid in USD",
          assertThrows(
                  IllegalArgumentException.class, () -> line(cny(100), Money.parse("USD 1"), 0))
              .getMessage());
    }
  }

  @Nested
  @DisplayName("a contract change's own checks (DOMAIN D5.2)")
  class Changes {

    @Test
    @DisplayName("a change describes itself; only an amount change states a positive new value")
    void changeChecks() {
      assertEquals(ChangeKind.SCOPE, ContractChange.scope("add site 7").kind());
      assertEquals(
          "a contract change describes what changes (DOMAIN D5.2)",
          assertThrows(IllegalArgumentException.class, () -> ContractChange.scope(" "))
              .getMessage());
      assertEquals(
          Optional.of(Money.parse("CNY 0.01")),
          ContractChange.amount(Money.parse("CNY 0.01"), "a token value").newValue());
      assertEquals(
          "a contract value is positive, not CNY 0.00 (DOMAIN D5.3)",
          assertThrows(
                  IllegalArgumentException.class, () -> ContractChange.amount(cny(0), "nothing"))
              .getMessage());
      assertEquals(
          "an amount change, and only an amount change, states the new value, not a SCOPE change"
              + " (DOMAIN D5.2)",
          assertThrows(
                  IllegalArgumentException.class,
                  () ->
                      new ContractChange(
                          ChangeKind.SCOPE,
                          "add site 7",
                          Optional.of(cny(100)),
                          Optional.empty(),
                          List.of()))
              .getMessage());
      assertEquals(
          "an amount change, and only an amount change, states the new value, not a AMOUNT change"
              + " (DOMAIN D5.2)",
          assertThrows(
                  IllegalArgumentException.class,
                  () ->
                      new ContractChange(
                          ChangeKind.AMOUNT, "more", Optional.empty(), Optional.empty(), List.of()))
              .getMessage());
    }

    @Test
    @DisplayName("a scope change touches no milestone; a milestone is listed once")
    void milestoneChecks() {
      assertEquals(
          "a SCOPE change neither replaces nor adds payment milestones (DOMAIN D5.2)",
          assertThrows(
                  IllegalArgumentException.class,
                  () ->
                      new ContractChange(
                          ChangeKind.SCOPE,
                          "add site 7",
                          Optional.empty(),
                          Optional.of(List.of(ContractFixtures.advance())),
                          List.of()))
              .getMessage());
      assertEquals(
          "payment milestone M-ADV is listed twice",
          assertThrows(
                  IllegalArgumentException.class,
                  () ->
                      ContractChange.dates(
                          List.of(ContractFixtures.advance(), ContractFixtures.advance()),
                          "move both"))
              .getMessage());
      assertEquals(
          List.of(ContractFixtures.advance()),
          ContractChange.dates(List.of(ContractFixtures.advance()), "move it")
              .newMilestones()
              .orElseThrow());
    }
  }

  @Nested
  @DisplayName("a draft lists each clause and milestone once (DOMAIN D5.4)")
  class Drafts {

    @Test
    @DisplayName("a clause listed twice is refused, naming the clause")
    void clauseTwice() {
      IllegalArgumentException twice =
          assertThrows(
              IllegalArgumentException.class,
              () -> draft(List.of(paymentTerms(30), paymentTerms(60), measurableAcceptance())));
      assertEquals("clause PAY-1 is listed twice", twice.getMessage());
    }

    @Test
    @DisplayName("a payment milestone listed twice is refused, naming the milestone")
    void milestoneTwice() {
      IllegalArgumentException twice =
          assertThrows(
              IllegalArgumentException.class,
              () ->
                  Contract.draft(
                      ContractFixtures.CONTRACT,
                      ContractFixtures.OPPORTUNITY,
                      ContractFixtures.CUSTOMER,
                      ContractFixtures.VALUE,
                      ContractFixtures.cleanClauses(),
                      List.of(
                          ContractFixtures.advance(),
                          ContractFixtures.advance(),
                          ContractFixtures.onDelivery()),
                      ContractFixtures.day(55)));
      assertEquals("payment milestone M-ADV is listed twice", twice.getMessage());
    }
  }
}
