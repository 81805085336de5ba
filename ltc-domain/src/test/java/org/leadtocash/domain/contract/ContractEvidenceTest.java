package org.leadtocash.domain.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leadtocash.domain.contract.ContractFixtures.CUSTOMER;
import static org.leadtocash.domain.contract.ContractFixtures.OPPORTUNITY;
import static org.leadtocash.domain.contract.ContractFixtures.OTHER_OPPORTUNITY;
import static org.leadtocash.domain.contract.ContractFixtures.day;
import static org.leadtocash.domain.contract.ContractFixtures.drafted;
import static org.leadtocash.domain.testing.DomainAssertions.assertRefused;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.leadtocash.domain.common.CustomerId;
import org.leadtocash.domain.common.EmployeeId;
import org.leadtocash.domain.common.OrganisationLevel;
import org.leadtocash.domain.common.RuleViolationException;
import org.leadtocash.domain.common.Transition;
import org.leadtocash.domain.opportunity.DecisionAuthority;
import org.leadtocash.domain.opportunity.Gate;
import org.leadtocash.domain.opportunity.GateDecision;
import org.leadtocash.domain.opportunity.GatePassage;
import org.leadtocash.domain.opportunity.Opportunity;
import org.leadtocash.domain.opportunity.OpportunityEvent;
import org.leadtocash.domain.opportunity.Ruling;
import org.leadtocash.domain.opportunity.Verdict;
import org.leadtocash.domain.testing.DomainTesters;
import org.leadtocash.domain.testing.Opportunities;

/**
 * A contract is signed only with evidence that its own opportunity passed ATC, which only that
 * opportunity issues (DOMAIN D5.1, D3.2): the story of a sales manager who tries to sign the North
 * Mobile contract of OP-1 before the opportunity has passed ATC, then with the ATC of another
 * opportunity, then with the right evidence.
 */
class ContractEvidenceTest {

  /**
   * An approved ATC decision, built by hand for OP-1, which never passed ATC: the decision a host
   * could restore from nothing through the codec's entry point.
   */
  private static GateDecision forgedAtc() {
    return GateDecision.restore(
        OPPORTUNITY,
        Ruling.builder()
            .gate(Gate.ATC)
            .authority(
                DecisionAuthority.of(EmployeeId.of("E-FORGER"), OrganisationLevel.HEADQUARTERS))
            .decidedOn(LocalDate.of(2026, 3, 1))
            .verdict(Verdict.APPROVED)
            .rationale("approved, trust me")
            .build(),
        Optional.empty());
  }

  @Test
  @DisplayName(
      "a hand-built approved ATC decision cannot sign a contract: no public method of Contract"
          + " takes a decision, the signature takes a GatePassage (DOMAIN D5.1)")
  void aHandBuiltDecisionSignsNothing() {
    GateDecision forged = forgedAtc();
    assertTrue(forged.passes(), "the forgery looks like an approval");
    for (Method method : Contract.class.getMethods()) {
      assertFalse(
          Arrays.asList(method.getParameterTypes()).contains(GateDecision.class),
          () -> "Contract." + method.getName() + " accepts a bare GateDecision");
    }
    List<Method> signatures =
        Arrays.stream(Contract.class.getMethods()).filter(m -> m.getName().equals("sign")).toList();
    assertEquals(2, signatures.size(), "sign(passage, at) and sign(passage, policy, at)");
    for (Method sign : signatures) {
      assertEquals(GatePassage.class, sign.getParameterTypes()[0], sign.toString());
    }
  }

  @Test
  @DisplayName(
      "nothing outside the opportunity builds a GatePassage: no public constructor, static"
          + " factory, builder or copy (DOMAIN D3.2, D5.1)")
  void onlyTheOpportunityIssuesThePassage() {
    assertTrue(
        Modifier.isFinal(GatePassage.class.getModifiers()), "no subclass pretends to be one");
    assertEquals(0, GatePassage.class.getConstructors().length, "no public constructor");
    for (Method method : GatePassage.class.getMethods()) {
      assertFalse(
          Modifier.isStatic(method.getModifiers()),
          () -> "a public static method issues passages: " + method);
    }
    assertEquals(0, GatePassage.class.getClasses().length, "no public nested builder");
  }

  @Test
  @DisplayName(
      "an opportunity that never passed ATC issues no passage of it, however its decisions read"
          + " (DOMAIN D3.2)")
  void noPassageBeforeAtc() {
    Opportunity atbOnly = Opportunities.decided(OPPORTUNITY, CUSTOMER, Gate.ATB, Verdict.APPROVED);
    assertEquals(Optional.empty(), atbOnly.contractApproval());
    assertEquals(Optional.empty(), atbOnly.passage(Gate.ATC));
    assertTrue(atbOnly.passage(Gate.ATB).isPresent(), "ATB it did pass");
    for (Verdict verdict : List.of(Verdict.DEFERRED, Verdict.REJECTED)) {
      Opportunity refused = Opportunities.decided(OPPORTUNITY, CUSTOMER, Gate.ATC, verdict);
      assertEquals(Gate.ATC, refused.latestDecision(Gate.ATC).orElseThrow().gate());
      assertEquals(Optional.empty(), refused.contractApproval(), verdict.name());
    }
  }

  @Test
  @DisplayName("the passage of ATC of another opportunity is refused, naming D5.1")
  void anotherOpportunitysPassageRefused() {
    GatePassage theirs = Opportunities.atc(OTHER_OPPORTUNITY, CUSTOMER);
    RuleViolationException e =
        assertRefused(
            RuleViolationException.class, "D5.1", drafted().state(), c -> c.sign(theirs, day(56)));
    assertTrue(e.getMessage().contains("issued by opportunity OP-2"), e.getMessage());
    assertTrue(e.getMessage().contains("this contract's OP-1"), e.getMessage());
  }

  @Test
  @DisplayName(
      "the passage of ATC of the contract's opportunity for another customer is refused, naming"
          + " D5.1")
  void anotherCustomersPassageRefused() {
    GatePassage otherCustomer = Opportunities.atc(OPPORTUNITY, CustomerId.of("CU-SOUTH-TELECOM"));
    RuleViolationException e =
        assertRefused(
            RuleViolationException.class,
            "D5.1",
            drafted().state(),
            c -> c.sign(otherCustomer, day(56)));
    assertTrue(e.getMessage().contains("CU-SOUTH-TELECOM"), e.getMessage());
    assertTrue(e.getMessage().contains(CUSTOMER.toString()), e.getMessage());
  }

  @Test
  @DisplayName(
      "the passage of ATC its own opportunity issued signs the contract, which records the"
          + " passing decision (DOMAIN D5.1)")
  void ownPassageSigns() {
    Transition<Opportunity, OpportunityEvent> story =
        Opportunities.throughAtc(
            OPPORTUNITY, CUSTOMER, DomainTesters.cny(10_000_000), DomainTesters.T0);
    Opportunity approved = story.state();
    GatePassage atc = approved.contractApproval().orElseThrow();
    assertEquals(OPPORTUNITY, atc.opportunity());
    assertEquals(CUSTOMER, atc.customer());
    assertEquals(Gate.ATC, atc.gate());
    assertEquals(approved.version(), atc.opportunityVersion());
    assertEquals(approved.lastEventAt(), atc.asOf());
    assertEquals(approved.latestDecision(Gate.ATC).orElseThrow(), atc.decision());

    Transition<Contract, ContractEvent> signed = drafted().state().sign(atc, day(56));
    assertEquals(ContractStatus.SIGNED, signed.state().status());
    assertEquals(Optional.of(atc.decision()), signed.state().atc());
    assertEquals(
        List.of(new ContractSigned(ContractFixtures.CONTRACT, 2, atc.decision(), day(56))),
        signed.events());
  }

  @Test
  @DisplayName(
      "the passage stays evidence after the award: a later version of the same opportunity issues"
          + " it again, with that version (DOMAIN D3.2, D3.5)")
  void laterVersionsIssueThePassageToo() {
    Opportunity approved =
        Opportunities.throughAtc(
                OPPORTUNITY, CUSTOMER, DomainTesters.cny(10_000_000), DomainTesters.T0)
            .state();
    Opportunity won = approved.win(day(60)).state();
    GatePassage before = approved.contractApproval().orElseThrow();
    GatePassage after = won.contractApproval().orElseThrow();
    assertEquals(approved.version() + 1, after.opportunityVersion());
    assertEquals(day(60), after.asOf());
    assertEquals(before.decision(), after.decision());
    assertFalse(before.equals(after), "two versions, two pieces of evidence");
    assertEquals(
        ContractStatus.SIGNED, drafted().then(c -> c.sign(after, day(61))).state().status());
  }
}
