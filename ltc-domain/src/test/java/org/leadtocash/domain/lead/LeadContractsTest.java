package org.leadtocash.domain.lead;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.leadtocash.domain.lead.LeadFixtures.CREATOR;
import static org.leadtocash.domain.lead.LeadFixtures.LEAD;
import static org.leadtocash.domain.lead.LeadFixtures.answers;
import static org.leadtocash.domain.lead.LeadFixtures.budgetTableProfile;
import static org.leadtocash.domain.lead.LeadFixtures.created;
import static org.leadtocash.domain.lead.LeadFixtures.day;
import static org.leadtocash.domain.lead.LeadFixtures.earlyProfile;
import static org.leadtocash.domain.lead.LeadFixtures.nurturing;
import static org.leadtocash.domain.lead.LeadFixtures.validated;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.leadtocash.domain.common.LeadId;
import org.leadtocash.domain.common.Transition;
import org.leadtocash.domain.testing.DomainTesters;

/** Null rejection and equality of the lead package's public types. */
class LeadContractsTest {

  private static NullPointerTester tester() {
    return DomainTesters.nullPointerTester()
        .setDefault(LeadProfile.class, earlyProfile())
        .setDefault(ValidationAnswers.class, answers(true, 2, 8))
        .setDefault(ValidationReport.class, LeadValidation.standard().evaluate(answers(true, 2, 8)))
        .setDefault(CriterionAnswer.class, CriterionAnswer.met("x"))
        .setDefault(LeadReviewPolicy.class, LeadReviewPolicy.standard())
        .setDefault(
            NurturingRecord.class,
            new NurturingRecord(NurturingStep.IDENTIFY_PAIN_CHAIN, true, "x", CREATOR, day(1)))
        .setDefault(Transition.class, Lead.create(LEAD, earlyProfile(), CREATOR, day(0)))
        .setDefault(Lead.class, created(earlyProfile()));
  }

  @Test
  @DisplayName("every public method of the lead package rejects null arguments")
  void nulls() {
    NullPointerTester tester = tester();
    for (Class<?> type :
        List.of(
            Lead.class,
            LeadProfile.class,
            ValidationAnswers.class,
            ValidationReport.class,
            CriterionAnswer.class,
            CriterionResult.class,
            NurturingRecord.class,
            LeadValidation.class,
            LeadReview.class,
            LeadConversion.class,
            LeadCreated.class,
            LeadSubmitted.class,
            LeadValidated.class,
            BudgetRecorded.class,
            LeadSuspended.class,
            LeadResumed.class,
            NurturingStarted.class,
            NurturingStepRecorded.class,
            LeadClosed.class,
            LeadConverted.class)) {
      tester.testAllPublicConstructors(type);
      tester.testAllPublicStaticMethods(type);
    }
    tester.testAllPublicInstanceMethods(nurturing(earlyProfile()));
    tester.testAllPublicInstanceMethods(validated(budgetTableProfile(), answers(true, 2, 8)));
    tester.testAllPublicInstanceMethods(LeadValidation.standard());
    tester.testAllPublicInstanceMethods(LeadReviewPolicy.standard());
    tester.testAllPublicInstanceMethods(answers(true, 1, 1));
    tester.testAllPublicInstanceMethods(LeadValidation.standard().evaluate(answers(true, 1, 1)));
    tester.testAllPublicInstanceMethods(ValidationAnswers.builder());
  }

  @Test
  @DisplayName("lead values are equal exactly when all their parts are")
  void equality() {
    new EqualsTester()
        .addEqualityGroup(earlyProfile(), LeadProfile.builder().from(earlyProfile()).build())
        .addEqualityGroup(budgetTableProfile())
        .addEqualityGroup(LeadProfile.builder().from(earlyProfile()).title("Another title").build())
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(answers(true, 2, 8), answers(true, 2, 8))
        .addEqualityGroup(answers(true, 2, 7))
        .addEqualityGroup(ValidationAnswers.builder().build())
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(CriterionAnswer.met("a"), new CriterionAnswer(true, "a"))
        .addEqualityGroup(CriterionAnswer.notMet("a"))
        .addEqualityGroup(CriterionAnswer.met("b"))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            LeadValidation.standard().evaluate(answers(true, 2, 8)),
            LeadValidation.standard().evaluate(answers(true, 2, 8)))
        .addEqualityGroup(LeadValidation.standard().evaluate(answers(false, 2, 8)))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(created(earlyProfile()), created(earlyProfile()))
        .addEqualityGroup(created(budgetTableProfile()))
        .addEqualityGroup(Lead.create(LeadId.of("LD-2"), earlyProfile(), CREATOR, day(0)).state())
        .addEqualityGroup(created(earlyProfile()).submit(CREATOR, day(1)).state())
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            new CriterionResult(ValidationCriterion.COACH_READY, Optional.empty()),
            new CriterionResult(ValidationCriterion.COACH_READY, Optional.empty()))
        .addEqualityGroup(
            new CriterionResult(
                ValidationCriterion.COACH_READY, Optional.of(CriterionAnswer.met("x"))))
        .testEquals();
  }

  @Test
  @DisplayName("the commands name the parameter they refuse as null (DESIGN §2)")
  void nullsAreNamed() {
    Lead lead = created(earlyProfile());
    assertNamed("reason", () -> lead.suspend(null, day(1)));
    assertNamed("at", () -> lead.suspend("x", null));
    assertNamed("reason", () -> lead.close(null, day(1)));
    assertNamed("at", () -> lead.close("x", null));
    assertNamed("budget", () -> lead.recordBudget(null, day(1)));
    assertNamed("at", () -> lead.recordBudget(DomainTesters.cny(1), null));
    assertNamed("history", () -> Lead.replay(null));
    assertNamed("snapshot", () -> Lead.replay(null, List.of()));
    assertNamed("eventsAfter", () -> Lead.replay(lead, null));
  }

  private static void assertNamed(String parameter, java.util.function.Supplier<?> command) {
    assertEquals(parameter, assertThrows(NullPointerException.class, command::get).getMessage());
  }
}
