package org.leadtocash.domain.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leadtocash.domain.testing.DomainTesters.D0;
import static org.leadtocash.domain.testing.DomainTesters.T0;
import static org.leadtocash.domain.testing.DomainTesters.cny;

import java.lang.reflect.Method;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.joda.money.Money;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.leadtocash.domain.common.ContractId;
import org.leadtocash.domain.common.CustomerId;
import org.leadtocash.domain.common.EmployeeId;
import org.leadtocash.domain.common.OpportunityId;
import org.leadtocash.domain.contract.Clause;
import org.leadtocash.domain.contract.ClauseId;
import org.leadtocash.domain.contract.ClauseType;
import org.leadtocash.domain.contract.Contract;
import org.leadtocash.domain.contract.ContractChange;
import org.leadtocash.domain.contract.DeliveryProjectId;
import org.leadtocash.domain.contract.InvoiceId;
import org.leadtocash.domain.contract.MilestoneId;
import org.leadtocash.domain.contract.PaymentMilestone;
import org.leadtocash.domain.contract.PaymentTrigger;
import org.leadtocash.domain.testing.Opportunities;
import org.leadtocash.domain.testing.RestoreAccess;

/**
 * A host or a codec outside the contract package restores a stored contract snapshot through {@link
 * Contract#restore()}: every attribute's setter is public, called directly or by reflection (as a
 * codec does), and the restored contract equals the stored one (DOMAIN D5, DESIGN §2).
 */
class ContractRestoreAccessTest {

  private static final OpportunityId OPPORTUNITY = OpportunityId.of("OP-7");
  private static final ClauseId PENALTY = ClauseId.of("PEN-7");
  private static final MilestoneId ADVANCE = MilestoneId.of("M-7A");
  private static final MilestoneId RAISE = MilestoneId.of("M-7R");
  private static final InvoiceId INVOICE = InvoiceId.of("INV-7");

  private static Instant day(int n) {
    return T0.plus(Duration.ofDays(n));
  }

  private static LocalDate date(int n) {
    return D0.plusDays(n);
  }

  /**
   * A contract, built through its public commands, in which every attribute holds something: an
   * accepted risk, the ATC and signature, a delivery project and manager, a recorded raise, an
   * invoice confirmed and partly paid, and the customer's acceptance.
   */
  private static Contract everyAttributeSet() {
    Money advance = cny(300);
    return Contract.draft(
            ContractId.of("CT-7"),
            OPPORTUNITY,
            CustomerId.of("CU-7"),
            cny(1_000),
            List.of(
                Clause.of(ClauseId.of("PAY-7"), ClauseType.PAYMENT_TERMS, "30 days"),
                Clause.of(PENALTY, ClauseType.PENALTY, "0.5% per day of delay")),
            List.of(
                PaymentMilestone.of(
                    ADVANCE, "advance", advance, date(30), PaymentTrigger.ON_SIGNATURE)),
            day(1))
        .then(
            c -> c.acceptRisk(PENALTY, EmployeeId.of("E-LEGAL"), "frame agreement caps it", day(2)))
        .then(c -> c.sign(Opportunities.atc(OPPORTUNITY, CustomerId.of("CU-7")), day(3)))
        .then(c -> c.register(DeliveryProjectId.of("DP-7"), day(4)))
        .then(c -> c.issueInvoice(INVOICE, ADVANCE, advance, date(5), date(35), day(5)))
        .then(c -> c.confirmInvoice(INVOICE, date(6), day(6)))
        .then(c -> c.receivePayment(INVOICE, cny(100), date(7), day(7)))
        .then(
            c ->
                c.change(
                    ContractChange.raise(
                        cny(1_200),
                        PaymentMilestone.of(
                            RAISE, "raise", cny(200), date(90), PaymentTrigger.ON_ACCEPTANCE),
                        "one more site"),
                    EmployeeId.of("E-VP"),
                    "the customer adds a site",
                    day(8)))
        .then(c -> c.handOver(EmployeeId.of("E-DM"), day(9)))
        .then(c -> c.startExecution(day(10)))
        .then(c -> c.accept(date(11), day(11)))
        .state();
  }

  @Test
  @DisplayName("D5 a host restores every attribute of a stored contract directly, from any package")
  void direct() {
    Contract stored = everyAttributeSet();
    Contract restored =
        Contract.restore()
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
    assertEquals(stored, restored);
    assertEquals(stored, Contract.restore().from(stored).build());
  }

  @Test
  @DisplayName(
      "D5 a codec restores every attribute by reflection: each setter is a public method of the"
          + " public Restore class")
  void reflective() throws ReflectiveOperationException {
    Contract stored = everyAttributeSet();
    List<Method> attributes = RestoreAccess.attributes(Contract.class);
    assertEquals(18, attributes.size(), attributes::toString);
    Contract.Restore restore = Contract.restore();
    assertEquals(stored, RestoreAccess.restoreByReflection(stored, restore, attributes));
  }

  /**
   * The setters are the generated builder's {@code public final} methods, inherited by {@link
   * Contract.Restore}; javac emits no public bridge for a final method, so reflection finds them
   * declared in the package-private {@code ImmutableContract}'s nested {@code Builder}. That class
   * is public in its class file, so reflection may call its public methods from any package: this
   * test calls every one of them from outside the contract package.
   */
  @Test
  @DisplayName(
      "D5 reflection from another package may call every public method of Restore, setters and"
          + " adders alike")
  void everyMethodReachable() {
    RestoreAccess.everyMethodReachable(Contract.restore(), 18);
  }

  @Test
  @DisplayName(
      "D5.3 a snapshot restored by reflection is checked too: the codec gets the domain's refusal")
  void reflectiveRefusal() throws ReflectiveOperationException {
    Contract stored = everyAttributeSet();
    Contract.Restore restore = Contract.restore().from(stored);
    Contract.Restore.class.getMethod("value", Money.class).invoke(restore, cny(100));
    IllegalArgumentException refusal = RestoreAccess.refusalOnBuild(restore);
    String message = refusal.getMessage();
    assertTrue(message.startsWith("contract CT-7: milestones total"), message);
    assertTrue(message.endsWith("(DOMAIN D5.3)"), message);
  }
}
