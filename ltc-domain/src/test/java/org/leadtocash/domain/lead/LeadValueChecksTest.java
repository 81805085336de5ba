package org.leadtocash.domain.lead;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leadtocash.domain.lead.LeadFixtures.CUSTOMER;
import static org.leadtocash.domain.lead.LeadFixtures.MANAGER;
import static org.leadtocash.domain.lead.LeadFixtures.OWNER;
import static org.leadtocash.domain.lead.LeadFixtures.day;
import static org.leadtocash.domain.lead.LeadFixtures.earlyProfile;
import static org.leadtocash.domain.lead.LeadFixtures.nurturing;
import static org.leadtocash.domain.lead.LeadFixtures.strongAnswers;
import static org.leadtocash.domain.lead.LeadFixtures.submitted;
import static org.leadtocash.domain.testing.DomainTesters.cny;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.leadtocash.domain.common.OpportunityId;
import org.leadtocash.domain.common.RuleViolationException;
import org.leadtocash.domain.common.Transition;
import org.leadtocash.domain.opportunity.Opportunity;
import org.leadtocash.domain.opportunity.OpportunityEvent;
import org.leadtocash.domain.opportunity.OpportunityProfile;

/**
 * The lead's values and its validation refuse what no lead records, and say exactly what is
 * missing (DOMAIN D2.5, D2.6, D2.7).
 */
class LeadValueChecksTest {

  private static final OpportunityId OPPORTUNITY = OpportunityId.of("OP-7");

  private static String refused(Executable construction) {
    return assertThrows(IllegalArgumentException.class, construction).getMessage();
  }

  @Test
  @DisplayName("DOMAIN D2.5: every answer is recorded with its reason")
  void answerHasAReason() {
    assertEquals(
        "every answer is recorded with its reason (DOMAIN D2.5)",
        refused(() -> new CriterionAnswer(true, " ")));
  }

  @Test
  @DisplayName("DOMAIN D2.6: a step has a note; only the KDM's acknowledgement may fail")
  void nurturingRecordChecks() {
    assertEquals(
        "each nurturing step is recorded with a note (DOMAIN D2.6)",
        refused(() -> new NurturingRecord(NurturingStep.HAND_OVER, true, " ", OWNER, day(8))));
    assertEquals(
        "only the KDM's acknowledgement can be recorded as not achieved (DOMAIN D2.6)",
        refused(() -> new NurturingRecord(NurturingStep.HAND_OVER, false, "no", OWNER, day(8))));
    assertFalse(
        new NurturingRecord(NurturingStep.KDM_ACKNOWLEDGES, false, "not yet", OWNER, day(6))
            .done());
  }

  @Test
  @DisplayName("DOMAIN D2.6: a lead is handed over only at the last step of its path")
  void handedOverAtTheLastStep() {
    Lead lead = nurturing(earlyProfile());
    assertFalse(lead.isHandedOver(), "no step recorded yet");
    Lead pained =
        lead.recordNurturingStep(NurturingStep.IDENTIFY_PAIN_CHAIN, "pain chain", OWNER, day(4))
            .state();
    assertFalse(pained.isHandedOver(), "the first step only");
    assertTrue(LeadFixtures.walkWholePath(lead).state().isHandedOver());
  }

  @Test
  @DisplayName("DOMAIN D2.5: an incomplete validation names the unanswered criteria, and only them")
  void incompleteValidationNamesTheUnanswered() {
    ValidationAnswers partial =
        ValidationAnswers.builder()
            .met(ValidationCriterion.NEED_FITS_STRATEGY, "fits")
            .notMet(ValidationCriterion.COACH_READY, "no coach yet")
            .build();
    RuleViolationException refusal =
        assertThrows(
            RuleViolationException.class,
            () -> submitted(earlyProfile()).validate(partial, MANAGER, day(2)));
    String message = refusal.getMessage();
    assertTrue(message.contains("RISKS_ACCEPTABLE"), message);
    assertFalse(message.contains("COACH_READY"), "answered, though not met: " + message);
    assertTrue(message.contains("[DOMAIN D2.5]"), message);
    Lead validated = submitted(earlyProfile()).validate(strongAnswers(), MANAGER, day(2)).state();
    String restored =
        refused(
            () ->
                Lead.restore()
                    .from(validated)
                    .validation(LeadValidation.standard().evaluate(partial))
                    .build());
    assertTrue(restored.contains("RISKS_ACCEPTABLE"), restored);
    assertFalse(restored.contains("COACH_READY"), "answered, though not met: " + restored);
  }

  @Test
  @DisplayName("DOMAIN D2.7: a conversion's opportunity comes from the converted lead")
  void conversionBelongsTogether() {
    Transition<Lead, LeadEvent> ready =
        nurturing(earlyProfile())
            .recordBudget(cny(5_000_000), day(4))
            .then(LeadFixtures::walkWholePath);
    LeadConversion conversion = ready.state().convert(OPPORTUNITY, OWNER, day(10));
    Transition<Opportunity, OpportunityEvent> unrelated =
        Opportunity.open(
            OPPORTUNITY,
            OpportunityProfile.builder()
                .customer(CUSTOMER)
                .name("5G core expansion")
                .owner(OWNER)
                .amount(cny(5_000_000))
                .build(),
            day(10));
    assertEquals(
        "opportunity OP-7 does not come from lead LD-1",
        refused(() -> new LeadConversion(conversion.lead(), unrelated)));
  }

  @Test
  @DisplayName(
      "DOMAIN D2.4: a nurtured lead the KCP sends back to VALIDATED counts that event")
  void backToValidatedCounts() {
    Lead back =
        nurturing(earlyProfile())
            .validate(LeadFixtures.answers(false, 0, 0), MANAGER, day(4))
            .state();
    assertEquals(LeadStatus.VALIDATED, back.status());
    assertEquals(5, back.version());
    String message = refused(() -> Lead.restore().from(back).version(4).build());
    assertTrue(message.contains("version is 4, fewer than the 5"), message);
  }
}
