package org.leadtocash.domain.opportunity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leadtocash.domain.opportunity.OpportunityFixtures.CUSTOMER;
import static org.leadtocash.domain.opportunity.OpportunityFixtures.DELIVERY;
import static org.leadtocash.domain.opportunity.OpportunityFixtures.OPPORTUNITY;
import static org.leadtocash.domain.opportunity.OpportunityFixtures.approval;
import static org.leadtocash.domain.opportunity.OpportunityFixtures.completeTriangle;
import static org.leadtocash.domain.opportunity.OpportunityFixtures.date;
import static org.leadtocash.domain.opportunity.OpportunityFixtures.day;
import static org.leadtocash.domain.opportunity.OpportunityFixtures.decision;
import static org.leadtocash.domain.opportunity.OpportunityFixtures.profile;
import static org.leadtocash.domain.testing.DomainAssertions.assertRefused;
import static org.leadtocash.domain.testing.DomainTesters.cny;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.leadtocash.domain.common.CustomerId;
import org.leadtocash.domain.common.OrganisationLevel;
import org.leadtocash.domain.common.Probability;
import org.leadtocash.domain.common.RuleId;
import org.leadtocash.domain.common.RuleViolationException;
import org.leadtocash.domain.customer.Customer;
import org.leadtocash.domain.customer.CustomerGrade;
import org.leadtocash.domain.customer.GradeAttestation;
import org.leadtocash.domain.testing.Grades;

/**
 * An opportunity weighs only the grade its customer attests (DOMAIN D6.2, D3.2): the story of a
 * sales manager whose 8 M opportunity is with North Mobile, a grade-S customer, so that ATI needs a
 * region's authority under the standard policy. He tries to record a grade B by hand, so that his
 * office head may approve; then to record the grade B another customer attests; then opens a second
 * opportunity with a profile that claims grade B. Only North Mobile's own attestation is taken, and
 * the gate authority follows its true grade.
 */
class GradeEvidenceTest {

  private static final CustomerId SOUTH = CustomerId.of("CU-SOUTH-TELECOM");

  /** North Mobile, truly graded S. */
  private static GradeAttestation northIsS() {
    return Grades.attested(CUSTOMER, CustomerGrade.S);
  }

  /** Verified and staffed, ready for ATI, with no grade recorded yet. */
  private static Opportunity ungraded() {
    return Opportunity.open(OPPORTUNITY, profile(), day(0))
        .then(o -> o.assignTriangle(completeTriangle(), day(2)))
        .then(o -> o.forecast(cny(8_000_000), date(120), Probability.ofPercent(30), day(5)))
        .then(o -> o.recordDeliveryParticipation(DELIVERY, day(6)))
        .state();
  }

  @Test
  @DisplayName(
      "a hand-written grade cannot be recorded: no public method of Opportunity takes a bare"
          + " CustomerGrade, recordCustomerGrade and open take a GradeAttestation (DOMAIN D6.2)")
  void aHandWrittenGradeIsRecordedNowhere() {
    for (Method method : Opportunity.class.getMethods()) {
      assertFalse(
          Arrays.asList(method.getParameterTypes()).contains(CustomerGrade.class),
          () -> "Opportunity." + method.getName() + " accepts a bare CustomerGrade");
    }
    List<Method> records =
        Arrays.stream(Opportunity.class.getMethods())
            .filter(m -> m.getName().equals("recordCustomerGrade"))
            .toList();
    assertEquals(1, records.size(), "recordCustomerGrade(attestation, at)");
    assertEquals(GradeAttestation.class, records.get(0).getParameterTypes()[0]);
    assertTrue(
        Arrays.stream(Opportunity.class.getMethods())
            .anyMatch(
                m ->
                    m.getName().equals("open")
                        && Arrays.asList(m.getParameterTypes()).contains(GradeAttestation.class)),
        "open(id, profile, attestation, at)");
  }

  @Test
  @DisplayName(
      "nothing outside the customer builds a GradeAttestation: no public constructor, static"
          + " factory, builder or copy (DOMAIN D6.2)")
  void onlyTheCustomerIssuesTheAttestation() {
    assertTrue(Modifier.isFinal(GradeAttestation.class.getModifiers()), "no subclass forges one");
    assertEquals(0, GradeAttestation.class.getConstructors().length, "no public constructor");
    for (Method method : GradeAttestation.class.getMethods()) {
      assertFalse(
          Modifier.isStatic(method.getModifiers()),
          () -> "a public static method issues attestations: " + method);
    }
    assertEquals(0, GradeAttestation.class.getClasses().length, "no public nested builder");
  }

  @Test
  @DisplayName(
      "a customer attests its grade only once graded, with its id, version, grade and the grading's"
          + " date (DOMAIN D6.2)")
  void theCustomerAttestsItsCurrentGrade() {
    Customer north = Grades.graded(CUSTOMER, CustomerGrade.S);
    GradeAttestation s = north.gradeAttestation().orElseThrow();
    assertEquals(CUSTOMER, s.customer());
    assertEquals(CustomerGrade.S, s.grade());
    assertEquals(north.version(), s.customerVersion());
    assertEquals(north.grading().orElseThrow().effectiveOn(), s.effectiveOn());
    assertEquals(north.lastEventAt(), s.asOf());
    Customer registered =
        Customer.replay(
            Customer.register(CUSTOMER, "North Mobile", north.segment(), day(0)).events());
    assertEquals(Optional.empty(), registered.gradeAttestation(), "not graded, nothing to attest");
  }

  @Test
  @DisplayName(
      "the grade another customer attests is refused, naming D6.2: a grade-B attestation of South"
          + " Telecom cannot lower North Mobile's authority")
  void anotherCustomersGradeRefused() {
    GradeAttestation southIsB = Grades.attested(SOUTH, CustomerGrade.B);
    RuleViolationException e =
        assertRefused(
            RuleViolationException.class,
            "D6.2",
            ungraded(),
            o -> o.recordCustomerGrade(southIsB, day(7)));
    assertTrue(e.getMessage().contains("attested by customer CU-SOUTH-TELECOM"), e::getMessage);
    assertTrue(e.getMessage().contains(CUSTOMER.toString()), e::getMessage);
    assertThrowsOnOpen(
        () -> Opportunity.open(OPPORTUNITY, profile(), southIsB, day(0)), "CU-SOUTH-TELECOM");
  }

  @Test
  @DisplayName(
      "a profile that claims a grade of its own is refused at opening, naming D6.2, with or"
          + " without an attestation")
  void aProfileClaimingAGradeIsRefused() {
    OpportunityProfile claimsB =
        OpportunityProfile.builder().from(profile()).customerGrade(CustomerGrade.B).build();
    assertThrowsOnOpen(() -> Opportunity.open(OPPORTUNITY, claimsB, day(0)), "profile's grade B");
    assertThrowsOnOpen(
        () -> Opportunity.open(OPPORTUNITY, claimsB, northIsS(), day(0)), "profile's grade B");
  }

  private static void assertThrowsOnOpen(Supplier<?> open, String named) {
    RuleViolationException e =
        assertThrows(
            RuleViolationException.class,
            () -> {
              var unused = open.get();
            });
    assertEquals(RuleId.D6_2, e.rule(), e::getMessage);
    assertTrue(e.getMessage().contains("[DOMAIN D6.2]"), e::getMessage);
    assertTrue(e.getMessage().contains(named), e::getMessage);
  }

  @Test
  @DisplayName(
      "the customer's own attestation is taken, and the gate authority follows the true grade: an"
          + " 8 M ATI for a grade-S customer needs a region, not the office head (DOMAIN D3.2)")
  void theTrueGradeSetsTheAuthority() {
    Opportunity graded = ungraded().recordCustomerGrade(northIsS(), day(7)).state();
    assertEquals(Optional.of(CustomerGrade.S), graded.customerGrade());
    assertEquals(OrganisationLevel.REGION, graded.readiness(Gate.ATI).requiredAuthority());
    RuleViolationException byOffice =
        assertRefused(
            RuleViolationException.class,
            "D3.2",
            graded,
            o -> o.decide(approval(Gate.ATI, 9), day(9)));
    assertTrue(byOffice.getMessage().contains("grade-S customer"), byOffice::getMessage);
    assertTrue(
        graded
            .decide(decision(Gate.ATI, Verdict.APPROVED, OrganisationLevel.REGION, 9), day(9))
            .state()
            .passed(Gate.ATI));

    Opportunity openedAsS = Opportunity.open(OPPORTUNITY, profile(), northIsS(), day(0)).state();
    assertEquals(Optional.of(CustomerGrade.S), openedAsS.customerGrade());
    assertEquals(Optional.of(CustomerGrade.S), openedAsS.profile().customerGrade());
    assertEquals(
        openedAsS,
        Opportunity.replay(Opportunity.open(OPPORTUNITY, profile(), northIsS(), day(0)).events()),
        "the stored opening replays with the attested grade");
  }

  @Test
  @DisplayName(
      "a customer graded B attests B: the office head approves the same 8 M ATI (DOMAIN D3.2)")
  void aGradeBCustomerNeedsAnOffice() {
    Opportunity graded =
        ungraded().recordCustomerGrade(Grades.attested(CUSTOMER, CustomerGrade.B), day(7)).state();
    assertEquals(
        OrganisationLevel.REPRESENTATIVE_OFFICE, graded.readiness(Gate.ATI).requiredAuthority());
    assertTrue(graded.decide(approval(Gate.ATI, 9), day(9)).state().passed(Gate.ATI));
  }
}
