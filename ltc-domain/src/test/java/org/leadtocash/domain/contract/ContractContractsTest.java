package org.leadtocash.domain.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.leadtocash.domain.contract.ContractFixtures.ADVANCE;
import static org.leadtocash.domain.contract.ContractFixtures.CONTRACT;
import static org.leadtocash.domain.contract.ContractFixtures.CUSTOMER;
import static org.leadtocash.domain.contract.ContractFixtures.DELIVERY;
import static org.leadtocash.domain.contract.ContractFixtures.DELIVERY_MANAGER;
import static org.leadtocash.domain.contract.ContractFixtures.LEGAL;
import static org.leadtocash.domain.contract.ContractFixtures.OPPORTUNITY;
import static org.leadtocash.domain.contract.ContractFixtures.PAY;
import static org.leadtocash.domain.contract.ContractFixtures.PEN;
import static org.leadtocash.domain.contract.ContractFixtures.PROJECT;
import static org.leadtocash.domain.contract.ContractFixtures.SALES_VP;
import static org.leadtocash.domain.contract.ContractFixtures.advance;
import static org.leadtocash.domain.contract.ContractFixtures.atc;
import static org.leadtocash.domain.contract.ContractFixtures.atcDecision;
import static org.leadtocash.domain.contract.ContractFixtures.date;
import static org.leadtocash.domain.contract.ContractFixtures.day;
import static org.leadtocash.domain.contract.ContractFixtures.drafted;
import static org.leadtocash.domain.contract.ContractFixtures.executing;
import static org.leadtocash.domain.contract.ContractFixtures.invoiceWhole;
import static org.leadtocash.domain.contract.ContractFixtures.milestones;
import static org.leadtocash.domain.contract.ContractFixtures.onDelivery;
import static org.leadtocash.domain.contract.ContractFixtures.paymentTerms;
import static org.leadtocash.domain.contract.ContractFixtures.penalty;
import static org.leadtocash.domain.contract.ContractFixtures.signed;
import static org.leadtocash.domain.contract.ContractFixtures.warranty;
import static org.leadtocash.domain.testing.DomainTesters.CNY;
import static org.leadtocash.domain.testing.DomainTesters.cny;

import com.google.common.collect.Lists;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.util.List;
import java.util.Optional;
import org.joda.money.CurrencyUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.leadtocash.domain.common.ContractId;
import org.leadtocash.domain.common.RejectedHistoryException;
import org.leadtocash.domain.opportunity.GateDecision;
import org.leadtocash.domain.opportunity.GatePassage;
import org.leadtocash.domain.testing.DomainTesters;

/** Null rejection and equality of the contract package's public types. */
class ContractContractsTest {

  private static final InvoiceId INV_1 = InvoiceId.of("INV-1");

  private static Invoice invoice() {
    return Invoice.issued(INV_1, ADVANCE, cny(3_000_000), date(60), date(90));
  }

  private static NullPointerTester tester() {
    return DomainTesters.nullPointerTester()
        .setDefault(ClauseId.class, PAY)
        .setDefault(MilestoneId.class, ADVANCE)
        .setDefault(InvoiceId.class, INV_1)
        .setDefault(DeliveryProjectId.class, PROJECT)
        .setDefault(Clause.class, paymentTerms(30))
        .setDefault(PaymentMilestone.class, advance())
        .setDefault(Payment.class, new Payment(cny(1), date(61)))
        .setDefault(Invoice.class, invoice())
        .setDefault(ContractChange.class, ContractChange.scope("x"))
        .setDefault(
            RecordedChange.class,
            new RecordedChange(ContractChange.scope("x"), SALES_VP, "why", cny(1), day(1)))
        .setDefault(RiskAcceptance.class, new RiskAcceptance(PAY, LEGAL, "why", day(1)))
        .setDefault(RiskFinding.class, RiskFinding.of(PAY, RiskKind.LONG_PAYMENT_TERM, "x"))
        .setDefault(
            FulfilmentPlan.class,
            new FulfilmentPlan(CONTRACT, PROJECT, DELIVERY_MANAGER, milestones()))
        .setDefault(GateDecision.class, atcDecision())
        .setDefault(GatePassage.class, atc())
        .setDefault(ContractRiskPolicy.class, ContractRiskPolicy.standard())
        .setDefault(Contract.class, drafted().state());
  }

  @Test
  @DisplayName("every public method of the contract package rejects null arguments")
  void nulls() {
    NullPointerTester tester = tester();
    for (Class<?> type :
        List.of(
            ClauseId.class,
            MilestoneId.class,
            InvoiceId.class,
            DeliveryProjectId.class,
            Contract.class,
            Clause.class,
            PaymentMilestone.class,
            Payment.class,
            Invoice.class,
            ContractChange.class,
            RecordedChange.class,
            RiskAcceptance.class,
            RiskFinding.class,
            RiskReport.class,
            FulfilmentPlan.class,
            ReceivableLine.class,
            ReceivablesReport.class,
            ExpectedInflow.class,
            CollectionPlan.class,
            ContractRiskPolicy.class,
            PaymentTrigger.class,
            AgeingBucket.class,
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
            PaymentReceived.class)) {
      tester.testAllPublicConstructors(type);
      tester.testAllPublicStaticMethods(type);
    }
    tester.testAllPublicInstanceMethods(drafted().state());
    tester.testAllPublicInstanceMethods(
        executing().then(c -> invoiceWhole(c, "INV-1", ADVANCE, 60)).state());
    tester.testAllPublicInstanceMethods(ContractRiskPolicy.standard());
    tester.testAllPublicInstanceMethods(invoice());
    tester.testAllPublicInstanceMethods(drafted().state().collectionPlan());
    tester.testAllPublicInstanceMethods(PaymentTrigger.ON_DELIVERY);
    tester.testAllPublicInstanceMethods(ContractStatus.SIGNED);
    tester.testAllPublicInstanceMethods(Clause.builder());
  }

  @Test
  @DisplayName("contract values are equal exactly when all their parts are")
  void equality() {
    new EqualsTester()
        .addEqualityGroup(ClauseId.of("A"), new ClauseId("A"))
        .addEqualityGroup(ClauseId.of("B"))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(MilestoneId.of("A"), new MilestoneId("A"))
        .addEqualityGroup(MilestoneId.of("B"))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(InvoiceId.of("A"), new InvoiceId("A"))
        .addEqualityGroup(InvoiceId.of("B"))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(DeliveryProjectId.of("A"), new DeliveryProjectId("A"))
        .addEqualityGroup(DeliveryProjectId.of("B"))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(penalty(5), penalty(5))
        .addEqualityGroup(penalty(6))
        .addEqualityGroup(Clause.of(PEN, ClauseType.PENALTY, "0.1% of the contract value per day"))
        .addEqualityGroup(warranty(), Clause.builder().from(warranty()).build())
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(advance(), advance())
        .addEqualityGroup(onDelivery())
        .addEqualityGroup(
            PaymentMilestone.of(
                ADVANCE, "advance payment", cny(3_000_000), date(61), PaymentTrigger.ON_SIGNATURE))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(invoice(), invoice())
        .addEqualityGroup(invoice().withConfirmation(date(61)))
        .addEqualityGroup(
            invoice().withConfirmation(date(61)).withPayment(new Payment(cny(1), date(62))))
        .addEqualityGroup(Invoice.issued(INV_1, DELIVERY, cny(3_000_000), date(60), date(90)))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(ContractChange.scope("x"), ContractChange.scope("x"))
        .addEqualityGroup(ContractChange.scope("y"))
        .addEqualityGroup(ContractChange.amount(cny(5), "x"))
        .addEqualityGroup(ContractChange.amount(cny(5), milestones(), "x"))
        .addEqualityGroup(ContractChange.dates(milestones(), "x"))
        .addEqualityGroup(ContractChange.paymentTerms(milestones(), "x"))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            new RecordedChange(ContractChange.scope("x"), SALES_VP, "why", cny(1), day(1)),
            new RecordedChange(ContractChange.scope("x"), SALES_VP, "why", cny(1), day(1)))
        .addEqualityGroup(
            new RecordedChange(ContractChange.scope("x"), LEGAL, "why", cny(1), day(1)))
        .testEquals();
    RiskAcceptance acceptance = new RiskAcceptance(PEN, LEGAL, "why", day(1));
    new EqualsTester()
        .addEqualityGroup(acceptance, new RiskAcceptance(PEN, LEGAL, "why", day(1)))
        .addEqualityGroup(new RiskAcceptance(PEN, LEGAL, "why", day(2)))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            RiskFinding.of(PEN, RiskKind.UNCAPPED_PENALTY, "no cap"),
            new RiskFinding(PEN, RiskKind.UNCAPPED_PENALTY, "no cap", Optional.empty()))
        .addEqualityGroup(
            new RiskFinding(PEN, RiskKind.UNCAPPED_PENALTY, "no cap", Optional.of(acceptance)))
        .addEqualityGroup(RiskFinding.of(PEN, RiskKind.PENALTY_ABOVE_CAP, "no cap"))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            new FulfilmentPlan(CONTRACT, PROJECT, DELIVERY_MANAGER, milestones()),
            new FulfilmentPlan(CONTRACT, PROJECT, DELIVERY_MANAGER, Lists.reverse(milestones())))
        .addEqualityGroup(new FulfilmentPlan(CONTRACT, PROJECT, LEGAL, milestones()))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            new ReceivableLine(INV_1, ADVANCE, date(1), true, cny(5), cny(1), 3),
            new ReceivableLine(INV_1, ADVANCE, date(1), true, cny(5), cny(1), 3))
        .addEqualityGroup(new ReceivableLine(INV_1, ADVANCE, date(1), false, cny(5), cny(1), 3))
        .addEqualityGroup(new ReceivableLine(INV_1, ADVANCE, date(1), true, cny(5), cny(2), 3))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            new ReceivablesReport(CONTRACT, date(1), CNY, List.of()),
            new ReceivablesReport(CONTRACT, date(1), CNY, List.of()))
        .addEqualityGroup(new ReceivablesReport(CONTRACT, date(1), CurrencyUnit.USD, List.of()))
        .addEqualityGroup(new ReceivablesReport(ContractId.of("CT-2"), date(1), CNY, List.of()))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(drafted().state().collectionPlan(), drafted().state().collectionPlan())
        .addEqualityGroup(
            executing().then(c -> invoiceWhole(c, "INV-1", ADVANCE, 60)).state().collectionPlan())
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(drafted().state().riskReport(), drafted().state().riskReport())
        .addEqualityGroup(
            new RiskReport(CONTRACT, List.of(RiskFinding.of(PEN, RiskKind.UNCAPPED_PENALTY, "x"))))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(drafted().state(), drafted().state())
        .addEqualityGroup(signed().state())
        .addEqualityGroup(drafted().state().acceptRisk(PEN, LEGAL, "why", day(55)).state())
        .addEqualityGroup(
            Contract.draft(
                    ContractId.of("CT-2"),
                    OPPORTUNITY,
                    CUSTOMER,
                    cny(10_000_000),
                    List.of(paymentTerms(30)),
                    milestones(),
                    day(55))
                .state())
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            new ContractRegistered(CONTRACT, 2, PROJECT, day(1)),
            new ContractRegistered(CONTRACT, 2, PROJECT, day(1)))
        .addEqualityGroup(new ContractRegistered(CONTRACT, 2, PROJECT, day(2)))
        .addEqualityGroup(new ExecutionStarted(CONTRACT, 2, day(1)))
        .testEquals();
  }

  @Test
  @DisplayName("a replay rebuilds the contract from its own history only (D5.1)")
  void replayChecksHistory() {
    List<ContractEvent> events = signed().events();
    assertEquals(signed().state(), Contract.replay(events));
    assertThrows(IllegalArgumentException.class, () -> Contract.replay(List.of()));
    assertThrows(
        RejectedHistoryException.class, () -> Contract.replay(events.subList(1, events.size())));
    assertThrows(
        RejectedHistoryException.class,
        () -> Contract.replay(List.of(events.get(0), events.get(0))));
    assertThrows(
        RejectedHistoryException.class,
        () ->
            Contract.replay(
                List.of(
                    events.get(0),
                    new ContractRegistered(ContractId.of("CT-OTHER"), 2, PROJECT, day(1)))));
    assertThrows(
        RejectedHistoryException.class,
        () ->
            Contract.replay(
                List.of(events.get(0), new InvoiceConfirmed(CONTRACT, 2, INV_1, date(1), day(1)))));
  }
}
