package org.leadtocash.domain.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leadtocash.domain.contract.ContractFixtures.ACC;
import static org.leadtocash.domain.contract.ContractFixtures.ADVANCE;
import static org.leadtocash.domain.contract.ContractFixtures.CONTRACT;
import static org.leadtocash.domain.contract.ContractFixtures.CUSTOMER;
import static org.leadtocash.domain.contract.ContractFixtures.DELIVERY;
import static org.leadtocash.domain.contract.ContractFixtures.DELIVERY_MANAGER;
import static org.leadtocash.domain.contract.ContractFixtures.FINAL;
import static org.leadtocash.domain.contract.ContractFixtures.LEGAL;
import static org.leadtocash.domain.contract.ContractFixtures.LIA;
import static org.leadtocash.domain.contract.ContractFixtures.OPPORTUNITY;
import static org.leadtocash.domain.contract.ContractFixtures.OTHER_OPPORTUNITY;
import static org.leadtocash.domain.contract.ContractFixtures.PAY;
import static org.leadtocash.domain.contract.ContractFixtures.PEN;
import static org.leadtocash.domain.contract.ContractFixtures.PROJECT;
import static org.leadtocash.domain.contract.ContractFixtures.SALES_VP;
import static org.leadtocash.domain.contract.ContractFixtures.VALUE;
import static org.leadtocash.domain.contract.ContractFixtures.WAR;
import static org.leadtocash.domain.contract.ContractFixtures.acceptanceCriteria;
import static org.leadtocash.domain.contract.ContractFixtures.accepted;
import static org.leadtocash.domain.contract.ContractFixtures.advance;
import static org.leadtocash.domain.contract.ContractFixtures.atc;
import static org.leadtocash.domain.contract.ContractFixtures.cleanClauses;
import static org.leadtocash.domain.contract.ContractFixtures.date;
import static org.leadtocash.domain.contract.ContractFixtures.day;
import static org.leadtocash.domain.contract.ContractFixtures.draft;
import static org.leadtocash.domain.contract.ContractFixtures.drafted;
import static org.leadtocash.domain.contract.ContractFixtures.executing;
import static org.leadtocash.domain.contract.ContractFixtures.handedOver;
import static org.leadtocash.domain.contract.ContractFixtures.invoiceAndCollect;
import static org.leadtocash.domain.contract.ContractFixtures.invoiceWhole;
import static org.leadtocash.domain.contract.ContractFixtures.measurableAcceptance;
import static org.leadtocash.domain.contract.ContractFixtures.milestones;
import static org.leadtocash.domain.contract.ContractFixtures.onAcceptance;
import static org.leadtocash.domain.contract.ContractFixtures.onDelivery;
import static org.leadtocash.domain.contract.ContractFixtures.passage;
import static org.leadtocash.domain.contract.ContractFixtures.paymentTerms;
import static org.leadtocash.domain.contract.ContractFixtures.penalty;
import static org.leadtocash.domain.contract.ContractFixtures.registered;
import static org.leadtocash.domain.contract.ContractFixtures.signed;
import static org.leadtocash.domain.contract.ContractFixtures.uncappedPenalty;
import static org.leadtocash.domain.contract.ContractFixtures.warranty;
import static org.leadtocash.domain.testing.DomainAssertions.assertRefused;
import static org.leadtocash.domain.testing.DomainTesters.CNY;
import static org.leadtocash.domain.testing.DomainTesters.cny;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.joda.money.Money;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.leadtocash.domain.common.IllegalTransitionException;
import org.leadtocash.domain.common.RuleId;
import org.leadtocash.domain.common.RuleViolationException;
import org.leadtocash.domain.common.Transition;
import org.leadtocash.domain.opportunity.Gate;
import org.leadtocash.domain.opportunity.GatePassage;
import org.leadtocash.domain.opportunity.Verdict;

class ContractTest {

  private static final InvoiceId INV_1 = InvoiceId.of("INV-1");
  private static final InvoiceId INV_2 = InvoiceId.of("INV-2");
  private static final InvoiceId INV_3 = InvoiceId.of("INV-3");

  @Nested
  @DisplayName(
      "D5.1 lifecycle: drafted → signed → registered → handed over → executing → accepted"
          + " → closed")
  class Lifecycle {

    @Test
    @DisplayName("a contract runs its whole lifecycle to cash and is closed once settled")
    void wholeLifecycle() {
      Transition<Contract, ContractEvent> story = drafted();
      assertEquals(ContractStatus.DRAFTED, story.state().status());
      assertEquals(OPPORTUNITY, story.state().opportunity());
      assertEquals(CUSTOMER, story.state().customer());

      story = story.then(c -> c.sign(atc(), day(56)));
      assertEquals(ContractStatus.SIGNED, story.state().status());
      assertEquals(Optional.of(atc().decision()), story.state().atc());

      story = story.then(c -> c.register(PROJECT, day(57)));
      assertEquals(ContractStatus.REGISTERED, story.state().status());
      assertEquals(Optional.of(PROJECT), story.state().deliveryProject());
      assertEquals(Optional.empty(), story.state().fulfilmentPlan(), "not yet handed over");

      story = story.then(c -> invoiceAndCollect(c, "INV-1", ADVANCE, 60));
      story = story.then(c -> c.handOver(DELIVERY_MANAGER, day(81)));
      assertEquals(ContractStatus.HANDED_OVER, story.state().status());
      FulfilmentPlan plan = story.state().fulfilmentPlan().orElseThrow();
      assertEquals(PROJECT, plan.deliveryProject());
      assertEquals(DELIVERY_MANAGER, plan.deliveryManager());
      assertEquals(milestones(), plan.milestones());

      story = story.then(c -> c.startExecution(day(82)));
      assertEquals(ContractStatus.EXECUTING, story.state().status());
      story = story.then(c -> invoiceAndCollect(c, "INV-2", DELIVERY, 150));

      story = story.then(c -> c.accept(date(200), day(200)));
      assertEquals(ContractStatus.ACCEPTED, story.state().status());
      assertEquals(Optional.of(date(200)), story.state().acceptedOn());
      story = story.then(c -> invoiceAndCollect(c, "INV-3", FINAL, 201));

      Contract settled = story.state();
      assertEquals(VALUE, settled.invoiced());
      assertEquals(VALUE, settled.collected());
      assertTrue(settled.outstanding().isZero());
      assertTrue(settled.collectionPlan().inflows().isEmpty());

      story = story.then(c -> c.close(day(240)));
      Contract closed = story.state();
      assertEquals(ContractStatus.CLOSED, closed.status());
      assertEquals(story.events().size(), closed.version(), "one version per event");
      assertTrue(story.events().get(story.events().size() - 1) instanceof ContractClosed);
      assertEquals(closed, Contract.replay(story.events()), "the events rebuild the contract");
    }

    @Test
    @DisplayName("the tour: one milestone partly paid, one overdue, read at a date")
    void tour() {
      Contract contract =
          executing()
              .then(c -> invoiceAndCollect(c, "INV-1", ADVANCE, 60))
              .then(c -> invoiceWhole(c, "INV-2", DELIVERY, 150))
              .then(c -> c.confirmInvoice(INV_2, date(152), day(152)))
              .then(c -> c.receivePayment(INV_2, cny(1_500_000), date(170), day(170)))
              .state();
      ReceivablesReport report = contract.receivables(date(200));
      assertEquals(cny(2_500_000), report.outstanding());
      assertEquals(cny(2_500_000), report.overdue(), "INV-2 fell due on day 180");
      assertEquals(20, report.lines().get(1).daysOverdue());
    }

    @Test
    @DisplayName("sign with the passage of ATB instead of ATC is refused (D5.1)")
    void signWithoutAtcRefused() {
      GatePassage atb = passage(Gate.ATB, Verdict.APPROVED).orElseThrow();
      RuleViolationException e =
          assertRefused(
              RuleViolationException.class, "D5.1", drafted().state(), c -> c.sign(atb, day(56)));
      assertTrue(e.getMessage().contains("ATB"), e.getMessage());
      assertEquals("sign", e.command());
      assertEquals("DRAFTED", e.state());
    }

    @Test
    @DisplayName(
        "an ATC deferred or rejected gives no passage, so nothing can sign the contract (D5.1)")
    void signBeforeAtcApprovalRefused() {
      for (Verdict verdict : List.of(Verdict.DEFERRED, Verdict.REJECTED)) {
        assertEquals(Optional.empty(), passage(Gate.ATC, verdict), verdict.name());
      }
    }

    @Test
    @DisplayName("an approval with conditions passes the ATC and allows signature (D5.1)")
    void conditionalApprovalSigns() {
      GatePassage atc = passage(Gate.ATC, Verdict.APPROVED_WITH_CONDITIONS).orElseThrow();
      Contract signed = drafted().then(c -> c.sign(atc, day(56))).state();
      assertEquals(ContractStatus.SIGNED, signed.status());
      assertEquals(Optional.of(atc.decision()), signed.atc());
    }

    @Test
    @DisplayName("sign with the passage of ATC of another opportunity is refused (D5.1)")
    void signWithAnotherOpportunitysAtcRefused() {
      RuleViolationException e =
          assertRefused(
              RuleViolationException.class,
              "D5.1",
              drafted().state(),
              c -> c.sign(atc(OTHER_OPPORTUNITY), day(56)));
      assertTrue(e.getMessage().contains("OP-2"), e.getMessage());
      assertTrue(e.getMessage().contains("OP-1"), e.getMessage());
    }

    @Test
    @DisplayName("a contract is signed once (D5.1)")
    void signOnce() {
      assertRefused(
          IllegalTransitionException.class, "D5.1", signed().state(), c -> c.sign(atc(), day(57)));
    }

    @Test
    @DisplayName("each step waits for the one before it (D5.1)")
    void stepsInOrder() {
      assertRefused(
          IllegalTransitionException.class,
          "D5.1",
          drafted().state(),
          c -> c.register(PROJECT, day(57)));
      assertRefused(
          IllegalTransitionException.class,
          "D5.1",
          signed().state(),
          c -> c.handOver(DELIVERY_MANAGER, day(57)));
      assertRefused(
          IllegalTransitionException.class,
          "D5.1",
          registered().state(),
          c -> c.startExecution(day(58)));
      assertRefused(
          IllegalTransitionException.class,
          "D5.1",
          handedOver().state(),
          c -> c.accept(date(60), day(60)));
      assertRefused(
          IllegalTransitionException.class, "D5.1", executing().state(), c -> c.close(day(60)));
      assertRefused(
          IllegalTransitionException.class,
          "D5.1",
          registered().state(),
          c -> c.register(PROJECT, day(58)));
    }

    @Test
    @DisplayName("handover produces the fulfilment plan, milestones in due-date order (D5.1)")
    void fulfilmentPlan() {
      Contract contract =
          Contract.draft(
                  CONTRACT,
                  OPPORTUNITY,
                  CUSTOMER,
                  VALUE,
                  cleanClauses(),
                  List.of(onAcceptance(), advance(), onDelivery()),
                  day(55))
              .then(c -> c.sign(atc(), day(56)))
              .then(c -> c.register(PROJECT, day(57)))
              .then(c -> c.handOver(DELIVERY_MANAGER, day(58)))
              .state();
      FulfilmentPlan plan = contract.fulfilmentPlan().orElseThrow();
      assertEquals(CONTRACT, plan.contract());
      assertEquals(List.of(advance(), onDelivery(), onAcceptance()), plan.milestones());
      List<ContractEvent> events =
          registered().then(c -> c.handOver(DELIVERY_MANAGER, day(58))).events();
      ContractHandedOver event = (ContractHandedOver) events.get(events.size() - 1);
      assertEquals(DELIVERY_MANAGER, event.plan().deliveryManager());
      assertEquals(PROJECT, event.plan().deliveryProject());
    }

    @Test
    @DisplayName("a refused draft names the state NEW (D5.3)")
    void refusedDraftIsNew() {
      RuleViolationException e =
          assertThrows(
              RuleViolationException.class,
              () ->
                  Contract.draft(
                      CONTRACT, OPPORTUNITY, CUSTOMER, cny(0), cleanClauses(), List.of(), day(55)));
      assertEquals("NEW", e.state());
      assertEquals("draft", e.command());
      assertEquals(RuleId.of("D5.3"), e.rule());
      assertTrue(e.getMessage().startsWith("Contract CT-1 (NEW) refused 'draft'"), e.getMessage());
      assertTrue(e.getMessage().contains("[DOMAIN D5.3]"), e.getMessage());
    }

    @Test
    @DisplayName("clauses and milestones have distinct ids")
    void distinctIds() {
      assertThrows(
          IllegalArgumentException.class, () -> draft(List.of(paymentTerms(30), paymentTerms(60))));
      assertThrows(
          IllegalArgumentException.class,
          () ->
              Contract.draft(
                  CONTRACT,
                  OPPORTUNITY,
                  CUSTOMER,
                  VALUE,
                  cleanClauses(),
                  List.of(advance(), advance()),
                  day(55)));
    }

    @Test
    @DisplayName("a closed contract accepts no further command, and says so (D5.1)")
    void closedIsFinal() {
      Contract closed = settledAndAccepted().then(c -> c.close(day(300))).state();
      List<Function<Contract, Transition<Contract, ContractEvent>>> commands =
          List.of(
              c -> c.close(day(301)),
              c ->
                  c.issueInvoice(
                      InvoiceId.of("INV-9"), FINAL, cny(1), date(301), date(330), day(301)),
              c -> c.change(ContractChange.scope("more sites"), SALES_VP, "asked", day(301)),
              c -> c.acceptRisk(PEN, LEGAL, "fine", day(301)),
              c -> c.accept(date(301), day(301)));
      for (Function<Contract, Transition<Contract, ContractEvent>> command : commands) {
        IllegalTransitionException refused =
            assertRefused(IllegalTransitionException.class, "D5.1", closed, command);
        assertTrue(
            refused.getMessage().contains("the contract is closed and accepts no further command"),
            refused.getMessage());
        assertEquals("CLOSED", refused.state());
      }
    }

    @Test
    @DisplayName(
        "time only moves forward: a command dated before the latest event is refused (D5.1)")
    void timeMovesForward() {
      Contract signed = signed().state();
      assertEquals(day(56), signed.lastEventAt());
      RuleViolationException early =
          assertRefused(
              RuleViolationException.class,
              "D5.1",
              signed,
              c -> c.register(DeliveryProjectId.of("DP-1"), day(55)));
      assertTrue(early.getMessage().contains("time only moves forward"), early.getMessage());
      assertEquals(
          day(56),
          signed.register(DeliveryProjectId.of("DP-1"), day(56)).state().lastEventAt(),
          "the same instant as the latest event is not going back in time");
    }
  }

  @Nested
  @DisplayName("D5.2 contract changes")
  class Changes {

    @Test
    @DisplayName("a change needs an approver and a reason, and is recorded with them (D5.2)")
    void changeIsApprovedAndRecorded() {
      RuleViolationException e =
          assertRefused(
              RuleViolationException.class,
              "D5.2",
              executing().state(),
              c -> c.change(ContractChange.scope("two more sites"), SALES_VP, "  ", day(80)));
      assertTrue(e.getMessage().contains("reason"), e.getMessage());
      assertThrows(
          NullPointerException.class,
          () -> executing().state().change(ContractChange.scope("x"), null, "why", day(80)));

      Contract changed =
          executing()
              .then(
                  c ->
                      c.change(
                          ContractChange.scope("two more sites"),
                          SALES_VP,
                          "the customer extends the rollout",
                          day(80)))
              .state();
      RecordedChange recorded = changed.changes().get(0);
      assertEquals(ChangeKind.SCOPE, recorded.change().kind());
      assertEquals(SALES_VP, recorded.approver());
      assertEquals("the customer extends the rollout", recorded.reason());
      assertEquals(day(80), recorded.at());
      assertEquals(VALUE, changed.value(), "a scope change leaves the value");
      assertTrue(recorded.valueDelta().isZero());
    }

    @Test
    @DisplayName("changes are made from signature until closure (D5.2)")
    void changeWindow() {
      assertRefused(
          IllegalTransitionException.class,
          "D5.2",
          drafted().state(),
          c -> c.change(ContractChange.scope("x"), SALES_VP, "why", day(56)));
      assertEquals(
          1,
          signed()
              .then(c -> c.change(ContractChange.scope("x"), SALES_VP, "why", day(57)))
              .state()
              .changes()
              .size());
      assertEquals(
          1,
          accepted()
              .then(c -> c.change(ContractChange.scope("x"), SALES_VP, "why", day(201)))
              .state()
              .changes()
              .size());
    }

    @Test
    @DisplayName("a recorded raise makes invoicing beyond the original value possible (D5.2, D5.3)")
    void raiseAllowsMoreInvoicing() {
      Contract fullyInvoiced = settledAndAccepted().state();
      PaymentMilestone variation =
          PaymentMilestone.of(
              MilestoneId.of("M-VAR"),
              "variation order",
              cny(2_000_000),
              date(280),
              PaymentTrigger.ON_ACCEPTANCE);
      RuleViolationException beyond =
          assertRefused(
              RuleViolationException.class,
              "D5.3",
              fullyInvoiced,
              c ->
                  c.issueInvoice(
                      InvoiceId.of("INV-9"), FINAL, cny(1), date(264), date(294), day(264)));
      assertTrue(beyond.getMessage().contains("M-ACC"), beyond.getMessage());

      List<PaymentMilestone> withVariation =
          List.of(advance(), onDelivery(), onAcceptance(), variation);
      Contract raised =
          settledAndAccepted()
              .then(
                  c ->
                      c.change(
                          ContractChange.amount(
                              cny(12_000_000), withVariation, "variation order VO-1"),
                          SALES_VP,
                          "the customer ordered two more sites",
                          day(270)))
              .state();
      assertEquals(cny(12_000_000), raised.value());
      assertEquals(VALUE, raised.originalValue());
      assertEquals(cny(2_000_000), raised.changes().get(0).valueDelta());
      assertEquals(VALUE, raised.changes().get(0).previousValue());

      Contract invoicedMore =
          raised
              .issueInvoice(
                  InvoiceId.of("INV-9"),
                  variation.id(),
                  cny(2_000_000),
                  date(275),
                  date(305),
                  day(275))
              .state();
      assertEquals(cny(12_000_000), invoicedMore.invoiced());
      assertTrue(invoicedMore.invoiced().isGreaterThan(invoicedMore.originalValue()));
    }

    @Test
    @DisplayName(
        "a raise adds the milestone that carries the new amount, keeping the others (D5.2)")
    void raiseAddsItsMilestone() {
      PaymentMilestone variation =
          PaymentMilestone.of(
              MilestoneId.of("M-VAR"),
              "variation order",
              cny(1_500_000),
              date(280),
              PaymentTrigger.ON_ACCEPTANCE);
      Contract raised =
          settledAndAccepted()
              .then(
                  c ->
                      c.change(
                          ContractChange.raise(cny(11_500_000), variation, "variation order VO-2"),
                          SALES_VP,
                          "one more site",
                          day(270)))
              .then(c -> invoiceAndCollect(c, "INV-9", variation.id(), 275))
              .state();
      assertEquals(
          List.of(advance(), onDelivery(), onAcceptance(), variation), raised.milestones());
      assertEquals(cny(11_500_000), raised.invoiced());
      assertEquals(cny(11_500_000), raised.collected());

      RuleViolationException taken =
          assertRefused(
              RuleViolationException.class,
              "D5.2",
              settledAndAccepted().state(),
              c ->
                  c.change(
                      ContractChange.raise(cny(13_000_000), onAcceptance(), "again"),
                      SALES_VP,
                      "one more site",
                      day(270)));
      assertTrue(taken.getMessage().contains("M-ACC"), taken.getMessage());
      RuleViolationException tooMuch =
          assertRefused(
              RuleViolationException.class,
              "D5.3",
              settledAndAccepted().state(),
              c ->
                  c.change(
                      ContractChange.raise(cny(11_000_000), variation, "VO-3"),
                      SALES_VP,
                      "a milestone larger than the raise",
                      day(270)));
      assertTrue(
          tooMuch.getMessage().contains("more than the contract value"), tooMuch.getMessage());
    }

    @Test
    @DisplayName("a lower value is never below what is already invoiced (D5.3)")
    void lowerNotBelowInvoiced() {
      Contract contract = executing().then(c -> invoiceWhole(c, "INV-1", ADVANCE, 60)).state();
      List<PaymentMilestone> advanceOnly = List.of(advance());
      RuleViolationException e =
          assertRefused(
              RuleViolationException.class,
              "D5.3",
              contract,
              c ->
                  c.change(
                      ContractChange.amount(cny(2_000_000), advanceOnly, "descoped"),
                      SALES_VP,
                      "customer descoped",
                      day(80)));
      assertTrue(e.getMessage().contains("already invoiced"), e.getMessage());

      RuleViolationException keepsMilestones =
          assertRefused(
              RuleViolationException.class,
              "D5.3",
              contract,
              c ->
                  c.change(
                      ContractChange.amount(cny(8_000_000), "descoped"),
                      SALES_VP,
                      "customer descoped",
                      day(80)));
      assertTrue(keepsMilestones.getMessage().contains("milestones total"), e.getMessage());

      Contract lowered =
          contract
              .change(
                  ContractChange.amount(cny(3_000_000), advanceOnly, "descoped to the pilot"),
                  SALES_VP,
                  "the customer descoped to the pilot",
                  day(80))
              .state();
      assertEquals(cny(3_000_000), lowered.value());
      assertEquals(cny(-7_000_000), lowered.changes().get(0).valueDelta());
    }

    @Test
    @DisplayName("a change keeps the contract currency (D5.3)")
    void changeKeepsCurrency() {
      RuleViolationException e =
          assertRefused(
              RuleViolationException.class,
              "D5.3",
              signed().state(),
              c ->
                  c.change(
                      ContractChange.amount(Money.parse("USD 2000000"), "in dollars"),
                      SALES_VP,
                      "why",
                      day(57)));
      assertTrue(e.getMessage().contains("USD"), e.getMessage());
      assertTrue(e.getMessage().contains("CNY"), e.getMessage());
    }

    @Test
    @DisplayName("a dates change replaces the milestones, and the fulfilment plan follows (D5.2)")
    void datesChangeReplacesMilestones() {
      PaymentMilestone later =
          PaymentMilestone.of(
              DELIVERY,
              "payment on delivery",
              cny(4_000_000),
              date(180),
              PaymentTrigger.ON_DELIVERY);
      Contract changed =
          handedOver()
              .then(
                  c ->
                      c.change(
                          ContractChange.dates(
                              List.of(advance(), later, onAcceptance()), "delivery slips 30 days"),
                          SALES_VP,
                          "site access delayed by the customer",
                          day(90)))
              .state();
      assertEquals(date(180), changed.milestone(DELIVERY).orElseThrow().dueOn());
      assertEquals(date(180), changed.fulfilmentPlan().orElseThrow().milestones().get(1).dueOn());
    }

    @Test
    @DisplayName("a change cannot drop or cut an invoiced milestone (D5.3)")
    void changeKeepsInvoicedMilestones() {
      Contract contract = executing().then(c -> invoiceWhole(c, "INV-1", ADVANCE, 60)).state();
      RuleViolationException dropped =
          assertRefused(
              RuleViolationException.class,
              "D5.3",
              contract,
              c ->
                  c.change(
                      ContractChange.paymentTerms(
                          List.of(onDelivery(), onAcceptance()), "no advance"),
                      SALES_VP,
                      "why",
                      day(80)));
      assertTrue(dropped.getMessage().contains("M-ADV"), dropped.getMessage());
      PaymentMilestone smallerAdvance =
          PaymentMilestone.of(
              ADVANCE, "advance payment", cny(1_000_000), date(60), PaymentTrigger.ON_SIGNATURE);
      assertRefused(
          RuleViolationException.class,
          "D5.3",
          contract,
          c ->
              c.change(
                  ContractChange.paymentTerms(
                      List.of(smallerAdvance, onDelivery(), onAcceptance()), "smaller advance"),
                  SALES_VP,
                  "why",
                  day(80)));
    }

    @Test
    @DisplayName("what a change states fits its kind (D5.2)")
    void changeShape() {
      IllegalArgumentException scopeWithValue =
          assertThrows(
              IllegalArgumentException.class,
              () ->
                  new ContractChange(
                      ChangeKind.SCOPE, "x", Optional.of(cny(1)), Optional.empty(), List.of()));
      assertTrue(scopeWithValue.getMessage().contains("DOMAIN D5.2"));
      assertThrows(
          IllegalArgumentException.class,
          () ->
              new ContractChange(
                  ChangeKind.AMOUNT, "x", Optional.empty(), Optional.empty(), List.of()));
      assertThrows(
          IllegalArgumentException.class,
          () ->
              new ContractChange(
                  ChangeKind.SCOPE, "x", Optional.empty(), Optional.of(milestones()), List.of()));
      assertThrows(
          IllegalArgumentException.class,
          () ->
              new ContractChange(
                  ChangeKind.SCOPE, "x", Optional.empty(), Optional.empty(), List.of(advance())));
      assertThrows(IllegalArgumentException.class, () -> ContractChange.scope(" "));
      assertThrows(IllegalArgumentException.class, () -> ContractChange.amount(cny(0), "x"));
      assertThrows(
          IllegalArgumentException.class,
          () -> ContractChange.dates(List.of(advance(), advance()), "twice"));
      assertTrue(ChangeKind.PAYMENT_TERMS.mayReplaceMilestones());
      assertFalse(ChangeKind.SCOPE.mayReplaceMilestones());
    }
  }

  @Nested
  @DisplayName("D5.3 invoicing and collection")
  class InvoicingAndCollection {

    @Test
    @DisplayName("the milestones total at most the value, in its currency, under payment terms")
    void milestonesFitTheContract() {
      RuleViolationException tooMuch =
          assertThrows(
              RuleViolationException.class,
              () ->
                  Contract.draft(
                      CONTRACT,
                      OPPORTUNITY,
                      CUSTOMER,
                      cny(9_000_000),
                      cleanClauses(),
                      milestones(),
                      day(55)));
      assertTrue(tooMuch.getMessage().contains("[DOMAIN D5.3]"), tooMuch.getMessage());
      assertEquals("NEW", tooMuch.state());

      PaymentMilestone dollars =
          PaymentMilestone.of(
              ADVANCE, "advance", Money.parse("USD 100000"), date(60), PaymentTrigger.ON_SIGNATURE);
      RuleViolationException currency =
          assertThrows(
              RuleViolationException.class,
              () ->
                  Contract.draft(
                      CONTRACT,
                      OPPORTUNITY,
                      CUSTOMER,
                      VALUE,
                      cleanClauses(),
                      List.of(dollars),
                      day(55)));
      assertTrue(currency.getMessage().contains("USD"), currency.getMessage());
      assertEquals(RuleId.of("D5.3"), currency.rule());

      RuleViolationException noTerms =
          assertThrows(
              RuleViolationException.class,
              () -> draft(List.of(measurableAcceptance(), warranty())));
      assertTrue(noTerms.getMessage().contains("PAYMENT_TERMS"), noTerms.getMessage());
      assertEquals(RuleId.of("D5.3"), noTerms.rule());

      assertEquals(
          ContractStatus.DRAFTED,
          Contract.draft(
                  CONTRACT, OPPORTUNITY, CUSTOMER, VALUE, List.of(warranty()), List.of(), day(55))
              .state()
              .status(),
          "a contract without milestones needs no payment terms");
    }

    @Test
    @DisplayName("invoices are issued from registration on (D5.3)")
    void invoicingStartsAtRegistration() {
      assertRefused(
          IllegalTransitionException.class,
          "D5.3",
          signed().state(),
          c -> invoiceWhole(c, "INV-1", ADVANCE, 57));
      Contract invoiced = registered().then(c -> invoiceWhole(c, "INV-1", ADVANCE, 57)).state();
      assertEquals(cny(3_000_000), invoiced.invoiced());
      assertEquals(cny(3_000_000), invoiced.outstanding());
      assertFalse(invoiced.invoice(INV_1).orElseThrow().isConfirmed());
    }

    @Test
    @DisplayName("a milestone is invoiced once its trigger has happened (D5.3)")
    void triggers() {
      RuleViolationException delivery =
          assertRefused(
              RuleViolationException.class,
              "D5.3",
              handedOver().state(),
              c -> invoiceWhole(c, "INV-2", DELIVERY, 60));
      assertTrue(delivery.getMessage().contains("ON_DELIVERY"), delivery.getMessage());
      assertRefused(
          RuleViolationException.class,
          "D5.3",
          executing().state(),
          c -> invoiceWhole(c, "INV-3", FINAL, 60));
      assertEquals(
          1,
          executing().then(c -> invoiceWhole(c, "INV-2", DELIVERY, 60)).state().invoices().size());
      assertTrue(PaymentTrigger.ON_ACCEPTANCE.hasHappened(ContractStatus.CLOSED));
      assertFalse(PaymentTrigger.ON_DELIVERY.hasHappened(ContractStatus.HANDED_OVER));
    }

    @Test
    @DisplayName("a milestone is never invoiced more than its amount (D5.3)")
    void milestoneNotOverInvoiced() {
      Contract contract =
          executing()
              .then(
                  c -> c.issueInvoice(INV_1, ADVANCE, cny(2_000_000), date(60), date(90), day(60)))
              .state();
      RuleViolationException e =
          assertRefused(
              RuleViolationException.class,
              "D5.3",
              contract,
              c -> c.issueInvoice(INV_2, ADVANCE, cny(1_000_001), date(61), date(91), day(61)));
      assertTrue(e.getMessage().contains("M-ADV"), e.getMessage());
      assertEquals(
          cny(3_000_000),
          contract
              .issueInvoice(INV_2, ADVANCE, cny(1_000_000), date(61), date(91), day(61))
              .state()
              .invoiced(ADVANCE));
    }

    @Test
    @DisplayName("invoice ids, milestones, amounts and dates are checked (D5.3)")
    void invoiceInputs() {
      Contract contract = executing().then(c -> invoiceWhole(c, "INV-1", ADVANCE, 60)).state();
      assertRefused(
          RuleViolationException.class,
          "D5.3",
          contract,
          c -> c.issueInvoice(INV_1, DELIVERY, cny(1), date(61), date(91), day(61)));
      assertRefused(
          RuleViolationException.class,
          "D5.3",
          contract,
          c ->
              c.issueInvoice(INV_2, MilestoneId.of("M-NONE"), cny(1), date(61), date(91), day(61)));
      assertRefused(
          RuleViolationException.class,
          "D5.3",
          contract,
          c -> c.issueInvoice(INV_2, DELIVERY, cny(0), date(61), date(91), day(61)));
      assertRefused(
          RuleViolationException.class,
          "D5.3",
          contract,
          c -> c.issueInvoice(INV_2, DELIVERY, cny(-5), date(61), date(91), day(61)));
      assertRefused(
          RuleViolationException.class,
          "D5.3",
          contract,
          c -> c.issueInvoice(INV_2, DELIVERY, cny(5), date(61), date(60), day(61)));
    }

    @Test
    @DisplayName("mixed currencies are refused with a clear error (D5.3)")
    void mixedCurrenciesRefused() {
      Contract contract =
          executing()
              .then(c -> invoiceWhole(c, "INV-1", ADVANCE, 60))
              .then(c -> c.confirmInvoice(INV_1, date(61), day(61)))
              .state();
      RuleViolationException invoice =
          assertRefused(
              RuleViolationException.class,
              "D5.3",
              contract,
              c ->
                  c.issueInvoice(
                      INV_2, DELIVERY, Money.parse("USD 1000"), date(61), date(91), day(61)));
      assertTrue(invoice.getMessage().contains("in CNY, not USD"), invoice.getMessage());
      RuleViolationException payment =
          assertRefused(
              RuleViolationException.class,
              "D5.3",
              contract,
              c -> c.receivePayment(INV_1, Money.parse("EUR 1000"), date(70), day(70)));
      assertTrue(payment.getMessage().contains("in CNY, not EUR"), payment.getMessage());
    }

    @Test
    @DisplayName("an unconfirmed invoice cannot be paid (D5.3)")
    void unconfirmedNotPaid() {
      Contract contract = executing().then(c -> invoiceWhole(c, "INV-1", ADVANCE, 60)).state();
      RuleViolationException e =
          assertRefused(
              RuleViolationException.class,
              "D5.3",
              contract,
              c -> c.receivePayment(INV_1, cny(1_000), date(70), day(70)));
      assertTrue(e.getMessage().contains("confirmed"), e.getMessage());
      assertRefused(
          RuleViolationException.class,
          "D5.3",
          contract,
          c -> c.receivePayment(INV_2, cny(1_000), date(70), day(70)));
    }

    @Test
    @DisplayName("an invoice is confirmed once, after it is issued (D5.3)")
    void confirmation() {
      Contract contract = executing().then(c -> invoiceWhole(c, "INV-1", ADVANCE, 60)).state();
      assertRefused(
          RuleViolationException.class,
          "D5.3",
          contract,
          c -> c.confirmInvoice(INV_1, date(59), day(61)));
      assertRefused(
          RuleViolationException.class,
          "D5.3",
          contract,
          c -> c.confirmInvoice(INV_2, date(61), day(61)));
      Contract confirmed = contract.confirmInvoice(INV_1, date(62), day(62)).state();
      assertEquals(Optional.of(date(62)), confirmed.invoice(INV_1).orElseThrow().confirmedOn());
      assertRefused(
          RuleViolationException.class,
          "D5.3",
          confirmed,
          c -> c.confirmInvoice(INV_1, date(63), day(63)));
      assertRefused(
          RuleViolationException.class,
          "D5.3",
          confirmed,
          c -> c.receivePayment(INV_1, cny(1), date(61), day(63)));
    }

    @Test
    @DisplayName("partial payments add up until the invoice is settled (D5.3)")
    void partialPayments() {
      Transition<Contract, ContractEvent> paid =
          executing()
              .then(c -> invoiceWhole(c, "INV-1", ADVANCE, 60))
              .then(c -> c.confirmInvoice(INV_1, date(61), day(61)))
              .then(c -> c.receivePayment(INV_1, cny(1_000_000), date(70), day(70)));
      assertEquals(cny(1_000_000), paid.state().collected());
      assertEquals(cny(2_000_000), paid.state().outstanding());
      assertFalse(paid.state().invoice(INV_1).orElseThrow().isSettled());

      paid = paid.then(c -> c.receivePayment(INV_1, cny(2_000_000), date(80), day(80)));
      Invoice settled = paid.state().invoice(INV_1).orElseThrow();
      assertTrue(settled.isSettled());
      assertEquals(
          List.of(new Payment(cny(1_000_000), date(70)), new Payment(cny(2_000_000), date(80))),
          settled.payments());
      assertEquals(cny(3_000_000), paid.state().collected());
      assertTrue(paid.state().outstanding().isZero());
      assertEquals(cny(1_000_000), settled.paidAsOf(date(75)));
    }

    @Test
    @DisplayName("collected never exceeds invoiced (D5.3)")
    void overCollectionRefused() {
      Contract contract =
          executing()
              .then(c -> invoiceWhole(c, "INV-1", ADVANCE, 60))
              .then(c -> c.confirmInvoice(INV_1, date(61), day(61)))
              .then(c -> c.receivePayment(INV_1, cny(2_500_000), date(70), day(70)))
              .state();
      RuleViolationException e =
          assertRefused(
              RuleViolationException.class,
              "D5.3",
              contract,
              c -> c.receivePayment(INV_1, cny(500_001), date(71), day(71)));
      assertTrue(e.getMessage().contains("collected never exceeds invoiced"), e.getMessage());
      assertRefused(
          RuleViolationException.class,
          "D5.3",
          contract,
          c -> c.receivePayment(INV_1, cny(0), date(71), day(71)));
    }

    @Test
    @DisplayName("receivables at a date: outstanding, days overdue, ageing buckets (D5.3)")
    void receivablesWithAgeing() {
      PaymentMilestone second =
          PaymentMilestone.of(
              MilestoneId.of("M-ADV2"),
              "second advance",
              cny(1_000_000),
              date(100),
              PaymentTrigger.ON_SIGNATURE);
      Contract contract =
          Contract.draft(
                  CONTRACT,
                  OPPORTUNITY,
                  CUSTOMER,
                  cny(11_000_000),
                  cleanClauses(),
                  List.of(advance(), second, onDelivery(), onAcceptance()),
                  day(0))
              .then(c -> c.sign(atc(), day(1)))
              .then(c -> c.register(PROJECT, day(2)))
              .then(c -> c.handOver(DELIVERY_MANAGER, day(3)))
              .then(c -> c.startExecution(day(4)))
              // INV-1: 3 M, due day 40, 1 M paid on day 50: 2 M outstanding, 60 days overdue
              .then(
                  c -> c.issueInvoice(INV_1, ADVANCE, cny(3_000_000), date(10), date(40), day(10)))
              .then(c -> c.confirmInvoice(INV_1, date(12), day(12)))
              .then(c -> c.receivePayment(INV_1, cny(1_000_000), date(50), day(50)))
              // INV-2: 1 M, due day 5 + 90 = 95, unconfirmed: 5 days overdue
              .then(
                  c ->
                      c.issueInvoice(
                          INV_2, second.id(), cny(1_000_000), date(5), date(95), day(51)))
              // INV-3: 2 M, due day 130, nothing paid by day 100: current
              .then(
                  c ->
                      c.issueInvoice(INV_3, DELIVERY, cny(2_000_000), date(70), date(130), day(70)))
              .then(c -> c.confirmInvoice(INV_3, date(71), day(71)))
              // paid after the report's date: not counted
              .then(c -> c.receivePayment(INV_3, cny(500_000), date(120), day(120)))
              .then(
                  c ->
                      c.issueInvoice(
                          InvoiceId.of("INV-4"),
                          DELIVERY,
                          cny(1_000_000),
                          date(110),
                          date(140),
                          day(121)))
              .state();

      ReceivablesReport report = contract.receivables(date(100));
      assertEquals(date(100), report.asOf());
      assertEquals(CNY, report.currency());
      assertEquals(3, report.lines().size(), "INV-4 is issued after the date");
      ReceivableLine first = report.lines().get(0);
      assertEquals(INV_1, first.invoice());
      assertEquals(cny(3_000_000), first.invoiced());
      assertEquals(cny(1_000_000), first.paid());
      assertEquals(cny(2_000_000), first.outstanding());
      assertEquals(60, first.daysOverdue());
      assertEquals(AgeingBucket.DAYS_31_60, first.bucket());
      assertTrue(first.confirmed());
      ReceivableLine unconfirmed = report.lines().get(1);
      assertFalse(unconfirmed.confirmed());
      assertEquals(5, unconfirmed.daysOverdue());
      assertEquals(AgeingBucket.DAYS_1_30, unconfirmed.bucket());
      ReceivableLine current = report.lines().get(2);
      assertEquals(cny(0), current.paid(), "the payment of day 120 is after the date");
      assertEquals(0, current.daysOverdue());
      assertEquals(AgeingBucket.CURRENT, current.bucket());

      assertEquals(cny(6_000_000), report.invoiced());
      assertEquals(cny(1_000_000), report.collected());
      assertEquals(cny(5_000_000), report.outstanding());
      assertEquals(cny(3_000_000), report.overdue());
      assertEquals(List.of(first, unconfirmed), report.overdueLines());
      assertEquals(
          Map.of(
              AgeingBucket.CURRENT, cny(2_000_000),
              AgeingBucket.DAYS_1_30, cny(1_000_000),
              AgeingBucket.DAYS_31_60, cny(2_000_000),
              AgeingBucket.DAYS_61_90, cny(0),
              AgeingBucket.OVER_90, cny(0)),
          report.byBucket());
      assertEquals(List.of(AgeingBucket.values()), List.copyOf(report.byBucket().keySet()));

      ReceivablesReport later = contract.receivables(date(200));
      assertEquals(AgeingBucket.OVER_90, later.lines().get(0).bucket());
      assertEquals(160, later.lines().get(0).daysOverdue());
      assertEquals(cny(500_000), later.lines().get(2).paid());
      assertTrue(contract.receivables(date(1)).lines().isEmpty());
      assertTrue(drafted().state().receivables(date(100)).outstanding().isZero());
    }

    @Test
    @DisplayName("a settled invoice is not overdue (D5.3)")
    void settledNotOverdue() {
      Contract contract = executing().then(c -> invoiceAndCollect(c, "INV-1", ADVANCE, 60)).state();
      ReceivableLine line = contract.receivables(date(365)).lines().get(0);
      assertEquals(0, line.daysOverdue());
      assertTrue(line.outstanding().isZero());
      assertEquals(AgeingBucket.CURRENT, line.bucket());
    }

    @Test
    @DisplayName("the collection plan lists what is still expected, in date order (D5.3)")
    void collectionPlan() {
      Contract contract =
          executing()
              .then(c -> invoiceAndCollect(c, "INV-1", ADVANCE, 60))
              .then(
                  c ->
                      c.issueInvoice(
                          INV_2, DELIVERY, cny(1_000_000), date(120), date(160), day(120)))
              .then(c -> c.confirmInvoice(INV_2, date(121), day(121)))
              .then(c -> c.receivePayment(INV_2, cny(400_000), date(130), day(130)))
              .state();
      CollectionPlan plan = contract.collectionPlan();
      assertEquals(CONTRACT, plan.contract());
      assertEquals(
          List.of(
              new ExpectedInflow(DELIVERY, Optional.empty(), cny(3_000_000), date(150)),
              new ExpectedInflow(DELIVERY, Optional.of(INV_2), cny(600_000), date(160)),
              new ExpectedInflow(FINAL, Optional.empty(), cny(3_000_000), date(240))),
          plan.inflows());
      assertEquals(VALUE.minus(contract.collected()), plan.total());
      assertEquals(cny(3_000_000), plan.expectedBy(date(150)));
      assertTrue(plan.inflows().get(1).isInvoiced());
    }

    @Test
    @DisplayName("close is refused until fully invoiced and every invoice settled (D5.3)")
    void closeRefusedUntilSettled() {
      Transition<Contract, ContractEvent> partly =
          accepted()
              .then(c -> invoiceAndCollect(c, "INV-1", ADVANCE, 201))
              .then(c -> invoiceAndCollect(c, "INV-2", DELIVERY, 222));
      RuleViolationException notInvoiced =
          assertRefused(
              RuleViolationException.class, "D5.3", partly.state(), c -> c.close(day(260)));
      assertTrue(notInvoiced.getMessage().contains("fully invoiced"), notInvoiced.getMessage());

      Contract unsettled =
          partly
              .then(c -> invoiceWhole(c, "INV-3", FINAL, 243))
              .then(c -> c.confirmInvoice(INV_3, date(244), day(244)))
              .then(c -> c.receivePayment(INV_3, cny(2_000_000), date(250), day(250)))
              .state();
      RuleViolationException notSettled =
          assertRefused(RuleViolationException.class, "D5.3", unsettled, c -> c.close(day(260)));
      assertTrue(notSettled.getMessage().contains("INV-3"), notSettled.getMessage());

      Contract closed =
          unsettled
              .receivePayment(INV_3, cny(1_000_000), date(255), day(255))
              .then(c -> c.close(day(260)))
              .state();
      assertEquals(ContractStatus.CLOSED, closed.status());
    }

    @Test
    @DisplayName("days overdue fall into the ageing buckets at their boundaries")
    void ageingBoundaries() {
      assertEquals(AgeingBucket.CURRENT, AgeingBucket.of(0));
      assertEquals(AgeingBucket.DAYS_1_30, AgeingBucket.of(1));
      assertEquals(AgeingBucket.DAYS_1_30, AgeingBucket.of(30));
      assertEquals(AgeingBucket.DAYS_31_60, AgeingBucket.of(31));
      assertEquals(AgeingBucket.DAYS_31_60, AgeingBucket.of(60));
      assertEquals(AgeingBucket.DAYS_61_90, AgeingBucket.of(61));
      assertEquals(AgeingBucket.DAYS_61_90, AgeingBucket.of(90));
      assertEquals(AgeingBucket.OVER_90, AgeingBucket.of(91));
      assertEquals(AgeingBucket.OVER_90, AgeingBucket.of(Long.MAX_VALUE));
      assertThrows(IllegalArgumentException.class, () -> AgeingBucket.of(-1));
      assertEquals(31, AgeingBucket.DAYS_31_60.fromDays());
      assertEquals(60, AgeingBucket.DAYS_31_60.toDays());
    }

    @Test
    @DisplayName("every invoice and milestone keeps its own money rules (D5.3)")
    void valueRules() {
      assertThrows(
          IllegalArgumentException.class,
          () ->
              PaymentMilestone.of(
                  ADVANCE, "advance", cny(0), date(60), PaymentTrigger.ON_SIGNATURE));
      assertThrows(
          IllegalArgumentException.class,
          () -> PaymentMilestone.of(ADVANCE, " ", cny(1), date(60), PaymentTrigger.ON_SIGNATURE));
      assertThrows(
          IllegalArgumentException.class,
          () -> Invoice.issued(INV_1, ADVANCE, cny(1), date(60), date(59)));
      assertThrows(
          IllegalArgumentException.class,
          () ->
              new Invoice(
                  INV_1,
                  ADVANCE,
                  cny(10),
                  date(60),
                  date(90),
                  Optional.empty(),
                  List.of(new Payment(cny(1), date(61)))),
          "paid before confirmed");
      IllegalArgumentException over =
          assertThrows(
              IllegalArgumentException.class,
              () ->
                  new Invoice(
                      INV_1,
                      ADVANCE,
                      cny(10),
                      date(60),
                      date(90),
                      Optional.of(date(60)),
                      List.of(new Payment(cny(11), date(61)))));
      assertTrue(over.getMessage().contains("DOMAIN D5.3"), over.getMessage());
      assertThrows(IllegalArgumentException.class, () -> new Payment(cny(-1), date(1)));
      assertThrows(
          IllegalArgumentException.class,
          () -> new ReceivableLine(INV_1, ADVANCE, date(1), true, cny(5), cny(6), 0));
      assertThrows(
          IllegalArgumentException.class,
          () -> new ReceivableLine(INV_1, ADVANCE, date(1), true, cny(5), cny(5), 3));
      assertThrows(
          IllegalArgumentException.class,
          () ->
              new CollectionPlan(
                  CONTRACT,
                  CNY,
                  List.of(
                      new ExpectedInflow(ADVANCE, Optional.empty(), cny(1), date(2)),
                      new ExpectedInflow(ADVANCE, Optional.empty(), cny(1), date(1)))));
    }
  }

  @Nested
  @DisplayName("D5.4 contract quality: no buried mines")
  class Quality {

    private List<Clause> minefield() {
      return List.of(
          paymentTerms(180),
          acceptanceCriteria("delivery is accepted to the customer's full satisfaction"),
          uncappedPenalty(),
          Clause.of(LIA, ClauseType.UNLIMITED_LIABILITY, "the supplier is liable for all losses"),
          warranty());
    }

    @Test
    @DisplayName("the standard policy flags the known buried mines, clause by clause")
    void standardPolicyFlagsMines() {
      Contract contract =
          Contract.draft(
                  CONTRACT,
                  OPPORTUNITY,
                  CUSTOMER,
                  VALUE,
                  minefield(),
                  List.of(onDelivery(), onAcceptance()),
                  day(55))
              .state();
      RiskReport report = contract.riskReport();
      assertEquals(
          List.of(
              RiskKind.LONG_PAYMENT_TERM,
              RiskKind.NO_ADVANCE_PAYMENT,
              RiskKind.VAGUE_ACCEPTANCE_CRITERIA,
              RiskKind.UNCAPPED_PENALTY,
              RiskKind.UNLIMITED_LIABILITY),
          report.findings().stream().map(RiskFinding::kind).toList());
      assertEquals(
          List.of(PAY, PAY, ACC, PEN, LIA),
          report.findings().stream().map(RiskFinding::clause).toList());
      assertFalse(report.isClear());
      assertFalse(report.flaggedClauses().contains(WAR));
      assertTrue(report.findings().get(0).reason().contains("180 days"));
      assertTrue(report.findings().get(2).reason().contains("satisfaction"));
      assertTrue(report.findings().get(2).toString().contains("(open)"));
    }

    @Test
    @DisplayName("a penalty above the cap, and acceptance payment without criteria, are flagged")
    void capAndMissingCriteria() {
      Contract contract = draft(List.of(paymentTerms(30), penalty(20), warranty())).state();
      RiskReport report = contract.riskReport();
      assertEquals(
          List.of(RiskKind.ACCEPTANCE_CRITERIA_MISSING, RiskKind.PENALTY_ABOVE_CAP),
          report.findings().stream().map(RiskFinding::kind).toList());
      assertTrue(report.findings().get(0).reason().contains("M-ACC"));
      assertTrue(report.findings().get(1).reason().contains("20%"));
      assertTrue(
          contract.riskReport(ContractRiskPolicy.standard(25, 30)).findings().stream()
              .noneMatch(f -> f.kind() == RiskKind.PENALTY_ABOVE_CAP),
          "a host's higher cap accepts it");
      assertEquals(
          List.of(
              RiskKind.LONG_PAYMENT_TERM,
              RiskKind.ACCEPTANCE_CRITERIA_MISSING,
              RiskKind.PENALTY_ABOVE_CAP),
          contract.riskReport(ContractRiskPolicy.standard(10, 20)).findings().stream()
              .map(RiskFinding::kind)
              .toList());
      assertThrows(IllegalArgumentException.class, () -> ContractRiskPolicy.standard(0, 30));
      assertThrows(IllegalArgumentException.class, () -> ContractRiskPolicy.standard(10, -1));
    }

    @Test
    @DisplayName("a clean contract has a clear report")
    void cleanContractIsClear() {
      RiskReport report = drafted().state().riskReport();
      assertTrue(report.isClear());
      assertTrue(report.findings().isEmpty());
    }

    @Test
    @DisplayName("sign is refused while a flagged risk is unaccepted, naming the clauses (D5.4)")
    void risksFlaggedThenAccepted() {
      Contract risky =
          draft(
                  List.of(
                      paymentTerms(30),
                      measurableAcceptance(),
                      uncappedPenalty(),
                      Clause.of(LIA, ClauseType.UNLIMITED_LIABILITY, "unlimited")))
              .state();
      RuleViolationException e =
          assertRefused(RuleViolationException.class, "D5.4", risky, c -> c.sign(atc(), day(56)));
      assertTrue(e.getMessage().contains("PEN-1"), e.getMessage());
      assertTrue(e.getMessage().contains("LIA-1"), e.getMessage());

      Contract onePending =
          risky.acceptRisk(PEN, LEGAL, "customer's standard; delay is unlikely", day(55)).state();
      RuleViolationException still =
          assertRefused(
              RuleViolationException.class, "D5.4", onePending, c -> c.sign(atc(), day(56)));
      assertFalse(still.getMessage().contains("PEN-1"), still.getMessage());
      assertTrue(still.getMessage().contains("LIA-1"), still.getMessage());

      Transition<Contract, ContractEvent> clear =
          onePending.acceptRisk(LIA, LEGAL, "insured by the group policy", day(55));
      RiskReport report = clear.state().riskReport();
      assertTrue(report.isClear());
      RiskAcceptance acceptance = report.findings().get(0).acceptance().orElseThrow();
      assertEquals(LEGAL, acceptance.approver());
      assertEquals("customer's standard; delay is unlikely", acceptance.reason());
      assertEquals(PEN, acceptance.clause());
      assertTrue(report.findings().get(0).toString().contains("accepted by E-LEGAL"));
      assertEquals(2, clear.state().riskAcceptances().size());
      assertTrue(clear.events().get(0) instanceof RiskAccepted);
      assertEquals(day(55), clear.events().get(0).occurredAt());

      assertEquals(ContractStatus.SIGNED, clear.then(c -> c.sign(atc(), day(56))).state().status());
    }

    @Test
    @DisplayName("a risk is accepted once, on a clause of the contract, with a reason (D5.4)")
    void acceptRiskRules() {
      Contract risky =
          draft(List.of(paymentTerms(30), measurableAcceptance(), uncappedPenalty())).state();
      assertRefused(
          RuleViolationException.class,
          "D5.4",
          risky,
          c -> c.acceptRisk(ClauseId.of("NONE"), LEGAL, "why", day(55)));
      assertRefused(
          RuleViolationException.class, "D5.4", risky, c -> c.acceptRisk(PEN, LEGAL, " ", day(55)));
      Contract accepted = risky.acceptRisk(PEN, LEGAL, "why", day(55)).state();
      RuleViolationException twice =
          assertRefused(
              RuleViolationException.class,
              "D5.4",
              accepted,
              c -> c.acceptRisk(PEN, SALES_VP, "again", day(55)));
      assertTrue(twice.getMessage().contains("E-LEGAL"), twice.getMessage());
    }

    @Test
    @DisplayName("risks are accepted before signature (D5.4)")
    void acceptBeforeSignature() {
      assertRefused(
          IllegalTransitionException.class,
          "D5.4",
          signed().state(),
          c -> c.acceptRisk(PEN, LEGAL, "late", day(57)));
    }

    @Test
    @DisplayName("a host's policy decides what is flagged (D5.4)")
    void hostPolicy() {
      ContractRiskPolicy warrantyIsRisky =
          contract ->
              contract.clauses().stream()
                  .filter(c -> c.type() == ClauseType.WARRANTY)
                  .map(c -> RiskFinding.of(c.id(), RiskKind.UNLIMITED_LIABILITY, "warranty"))
                  .toList();
      Contract contract = drafted().state();
      RuleViolationException e =
          assertRefused(
              RuleViolationException.class,
              "D5.4",
              contract,
              c -> c.sign(atc(), warrantyIsRisky, day(56)));
      assertTrue(e.getMessage().contains("WAR-1"), e.getMessage());
      Contract signed =
          contract
              .acceptRisk(WAR, LEGAL, "12 months is our standard", day(55))
              .then(c -> c.sign(atc(), warrantyIsRisky, day(56)))
              .state();
      assertEquals(ContractStatus.SIGNED, signed.status());

      ContractRiskPolicy broken =
          c -> List.of(RiskFinding.of(ClauseId.of("GHOST"), RiskKind.UNCAPPED_PENALTY, "x"));
      assertThrows(IllegalArgumentException.class, () -> contract.riskReport(broken));
    }

    @Test
    @DisplayName("a clause's structured terms fit its type (D5.4)")
    void clauseTerms() {
      IllegalArgumentException cap =
          assertThrows(
              IllegalArgumentException.class,
              () ->
                  Clause.builder()
                      .id(WAR)
                      .type(ClauseType.WARRANTY)
                      .text("x")
                      .capPercent(5)
                      .build());
      assertTrue(cap.getMessage().contains("DOMAIN D5.4"), cap.getMessage());
      assertThrows(
          IllegalArgumentException.class,
          () -> Clause.builder().id(PEN).type(ClauseType.PENALTY).text("x").capPercent(0).build());
      assertThrows(
          IllegalArgumentException.class,
          () ->
              Clause.builder()
                  .id(PEN)
                  .type(ClauseType.PENALTY)
                  .text("x")
                  .paymentTermDays(30)
                  .build());
      assertThrows(
          IllegalArgumentException.class,
          () ->
              Clause.builder()
                  .id(PAY)
                  .type(ClauseType.PAYMENT_TERMS)
                  .text("x")
                  .paymentTermDays(-1)
                  .build());
      assertThrows(IllegalArgumentException.class, () -> Clause.of(PAY, ClauseType.OTHER, " "));
      assertThrows(
          IllegalArgumentException.class,
          () ->
              new RiskFinding(
                  PAY,
                  RiskKind.LONG_PAYMENT_TERM,
                  "x",
                  Optional.of(new RiskAcceptance(PEN, LEGAL, "why", day(1)))));
    }
  }

  /** Accepted, every milestone invoiced and collected: ready to close. */
  private static Transition<Contract, ContractEvent> settledAndAccepted() {
    return accepted()
        .then(c -> invoiceAndCollect(c, "INV-1", ADVANCE, 201))
        .then(c -> invoiceAndCollect(c, "INV-2", DELIVERY, 222))
        .then(c -> invoiceAndCollect(c, "INV-3", FINAL, 243));
  }
}
