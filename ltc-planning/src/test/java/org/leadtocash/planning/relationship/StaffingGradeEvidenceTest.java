package org.leadtocash.planning.relationship;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leadtocash.domain.testing.DomainAssertions.assertRefused;
import static org.leadtocash.planning.relationship.NorthMobile.CHEN;
import static org.leadtocash.planning.relationship.NorthMobile.LI;
import static org.leadtocash.planning.relationship.NorthMobile.NORTH_MOBILE;
import static org.leadtocash.planning.relationship.NorthMobile.START;
import static org.leadtocash.planning.relationship.NorthMobile.WANG;
import static org.leadtocash.planning.relationship.NorthMobile.day;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.leadtocash.domain.common.CustomerId;
import org.leadtocash.domain.common.RuleViolationException;
import org.leadtocash.domain.customer.CustomerGrade;
import org.leadtocash.domain.customer.GradeAttestation;
import org.leadtocash.domain.testing.Grades;

/**
 * The grade that sizes a customer's staffing is the customer's own (DOMAIN D6.2, D10.1 step 5): the
 * story of a planner who staffs North Mobile, a grade-S customer new to us, with three people and a
 * senior owner — enough for a grade-B customer (2 + 1 for new relationships = 3 people, an
 * experienced owner), short of grade S (4 + 1 = 5 people, an expert owner). He claims grade B by
 * hand, then with no attestation, then with the grade another customer attests; only North Mobile's
 * own attestation is taken, and the norm follows its true grade.
 */
class StaffingGradeEvidenceTest {

  /** Three people and a senior owner: a grade-B norm, not a grade-S one. */
  private static CustomerStaffing claimedB() {
    return new CustomerStaffing(
        NORTH_MOBILE, CustomerGrade.B, Maturity.NEW, WANG, Ability.SENIOR, List.of(WANG, LI, CHEN));
  }

  private static RelationshipPlan ready() {
    return NorthMobile.withStrategies().state();
  }

  @Test
  @DisplayName(
      "DOMAIN D6.2: startExecution takes the grades its customers attest; no public factory of a"
          + " staffing takes a bare grade")
  void theStaffingNeedsTheEvidence() {
    List<Method> starts =
        Arrays.stream(RelationshipPlan.class.getMethods())
            .filter(m -> m.getName().equals("startExecution"))
            .toList();
    assertEquals(2, starts.size(), "with and without a policy");
    for (Method start : starts) {
      assertTrue(
          Arrays.stream(start.getGenericParameterTypes())
              .anyMatch(StaffingGradeEvidenceTest::isAttestations),
          () -> start + " takes no List<GradeAttestation>");
    }
    for (Method method : CustomerStaffing.class.getMethods()) {
      if (Modifier.isStatic(method.getModifiers())) {
        assertFalse(
            Arrays.asList(method.getParameterTypes()).contains(CustomerGrade.class),
            () -> "a factory of a staffing takes a bare grade: " + method);
      }
    }
  }

  private static boolean isAttestations(Type type) {
    return type instanceof ParameterizedType list
        && list.getRawType() == List.class
        && list.getActualTypeArguments()[0] == GradeAttestation.class;
  }

  @Test
  @DisplayName(
      "DOMAIN D6.2: a hand-claimed grade B for a grade-S customer is refused, naming the rule and"
          + " the grade the customer attests")
  void aClaimedGradeIsRefused() {
    RuleViolationException e =
        assertRefused(
            RuleViolationException.class,
            "D6.2",
            ready(),
            p -> p.startExecution(START, List.of(claimedB()), NorthMobile.grades(), day(60)));
    assertEquals(
        "the staffing of CU-NM is sized by grade B, which its customer does not attest: it attests"
            + " grade S",
        e.reason());
  }

  @Test
  @DisplayName(
      "DOMAIN D6.2: a staffing whose customer gives no attestation, or only another customer's,"
          + " is refused")
  void noOrAnotherCustomersAttestationIsRefused() {
    GradeAttestation southIsB = Grades.attested(CustomerId.of("CU-SOUTH"), CustomerGrade.B);
    for (List<GradeAttestation> grades : List.of(List.<GradeAttestation>of(), List.of(southIsB))) {
      RuleViolationException e =
          assertRefused(
              RuleViolationException.class,
              "D6.2",
              ready(),
              p -> p.startExecution(START, List.of(claimedB()), grades, day(60)));
      assertTrue(e.reason().endsWith("no attestation of it is given"), e::reason);
    }
    GradeAttestation northIsB = Grades.attested(NORTH_MOBILE, CustomerGrade.B);
    RuleViolationException twice =
        assertRefused(
            RuleViolationException.class,
            "D6.2",
            ready(),
            p ->
                p.startExecution(
                    START, List.of(claimedB()), List.of(northIsB, NorthMobile.gradeS()), day(60)));
    assertEquals("customer CU-NM attests one grade, not several", twice.reason());
  }

  @Test
  @DisplayName(
      "DOMAIN D10.1: with North Mobile's own attestation the norm follows its true grade S: three"
          + " people and a senior owner fall short of 5 and an expert; five and an expert start")
  void theTrueGradeSizesTheStaffing() {
    CustomerStaffing thin =
        CustomerStaffing.of(NorthMobile.gradeS(), Maturity.NEW, WANG, Ability.SENIOR, LI, CHEN);
    assertEquals(CustomerGrade.S, thin.grade());
    assertEquals(NORTH_MOBILE, thin.customer());
    RuleViolationException shortfall =
        assertRefused(
            RuleViolationException.class,
            "D10.1",
            ready(),
            p -> p.startExecution(START, List.of(thin), NorthMobile.grades(), day(60)));
    assertTrue(shortfall.reason().contains("has 3 people, fewer than 5"), shortfall::reason);
    RelationshipPlan executing =
        ready()
            .startExecution(START, List.of(NorthMobile.staffing()), NorthMobile.grades(), day(60))
            .state();
    assertEquals(PlanningStep.EXECUTE_AND_MONITOR, executing.step());
    assertEquals(5, executing.staffing().get(0).people().size());
    assertEquals(CustomerGrade.S, executing.staffing().get(0).grade());
  }
}
