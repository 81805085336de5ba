package org.leadtocash.domain.lead;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leadtocash.domain.lead.LeadFixtures.CREATOR;
import static org.leadtocash.domain.lead.LeadFixtures.LEAD;
import static org.leadtocash.domain.lead.LeadFixtures.MANAGER;
import static org.leadtocash.domain.lead.LeadFixtures.OWNER;
import static org.leadtocash.domain.lead.LeadFixtures.answers;
import static org.leadtocash.domain.lead.LeadFixtures.budgetTableProfile;
import static org.leadtocash.domain.lead.LeadFixtures.day;
import static org.leadtocash.domain.lead.LeadFixtures.earlyProfile;
import static org.leadtocash.domain.lead.LeadFixtures.strongAnswers;
import static org.leadtocash.domain.testing.DomainTesters.cny;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.leadtocash.domain.common.EmployeeId;
import org.leadtocash.domain.common.OpportunityId;
import org.leadtocash.domain.common.Transition;

/**
 * A stored lead snapshot is input like a command (DOMAIN D2): {@link Lead#restore()} rebuilds every
 * state the commands reach, equal to the original and continued by {@link Lead#replay(Lead, List)},
 * and refuses a tampered snapshot with an {@link IllegalArgumentException} naming the attribute and
 * the rule it breaks.
 */
class LeadRestoreTest {

  private static final OpportunityId OPPORTUNITY = OpportunityId.of("OP-7");
  private static final String WAITING = "waiting for the budget cycle";
  private static final String NOTE = "the CTO wants a second workshop";

  /**
   * A lead's whole life, with a bit of everything a snapshot holds: created (v1, day 0), submitted
   * (v2) and validated (v3); suspended (v4) and resumed (v5); nurtured (v6, day 5) along the path,
   * where the KDM first does not acknowledge the vision (v7–v12) and then does (v13–v14); given a
   * budget (v16) before the hand-over (v17, day 13); converted (v18, day 14).
   */
  private static Transition<Lead, LeadEvent> story() {
    Transition<Lead, LeadEvent> nurtured =
        Lead.create(LEAD, earlyProfile(), CREATOR, day(0))
            .then(l -> l.submit(MANAGER, day(1)))
            .then(l -> l.validate(strongAnswers(), MANAGER, day(2)))
            .then(l -> l.suspend(WAITING, day(3)))
            .then(l -> l.resume(day(4)))
            .then(l -> l.nurture(OWNER, day(5)))
            .then(step(NurturingStep.IDENTIFY_PAIN_CHAIN, 6))
            .then(step(NurturingStep.AROUSE_KDM_INTEREST, 6))
            .then(step(NurturingStep.GUIDE_KDM_TO_PAIN, 6))
            .then(step(NurturingStep.DECIDE_COMPETITIVE_STRATEGY, 6))
            .then(step(NurturingStep.SHAPE_KDM_VISION, 7))
            .then(l -> l.recordKdmResponse(false, NOTE, OWNER, day(8)))
            .then(step(NurturingStep.SHAPE_KDM_VISION, 9))
            .then(l -> l.recordKdmResponse(true, "the CTO agrees", OWNER, day(10)))
            .then(step(NurturingStep.GUIDE_BUDGET_AND_FINANCING, 11))
            .then(l -> l.recordBudget(cny(5_000_000), day(12)))
            .then(step(NurturingStep.HAND_OVER, 13));
    return nurtured.state().convert(OPPORTUNITY, OWNER, day(14)).after(nurtured).lead();
  }

  private static Function<Lead, Transition<Lead, LeadEvent>> step(NurturingStep step, int day) {
    return l -> l.recordNurturingStep(step, "done: " + step, OWNER, day(day));
  }

  /** The state the story reaches after its first {@code version} events. */
  private static Lead storyAt(int version) {
    return Lead.replay(story().events().subList(0, version));
  }

  /** A lead closed right after its creation, before any submission (v2, day 1). */
  private static Lead closedUnsubmitted() {
    return Lead.create(LEAD, budgetTableProfile(), CREATOR, day(0))
        .then(l -> l.close("the need is not real", day(1)))
        .state();
  }

  /** Restores a lead by setting each of its attributes, as a codec reading a snapshot does. */
  private static Lead restored(Lead stored) {
    return Lead.restore()
        .id(stored.id())
        .version(stored.version())
        .profile(stored.profile())
        .creator(stored.creator())
        .createdAt(stored.createdAt())
        .status(stored.status())
        .leadManager(stored.leadManager())
        .budget(stored.budget())
        .validation(stored.validation())
        .nurturingOwner(stored.nurturingOwner())
        .nurturingHistory(stored.nurturingHistory())
        .statusReason(stored.statusReason())
        .opportunity(stored.opportunity())
        .lastEventAt(stored.lastEventAt())
        .build();
  }

  /** A snapshot of a state with some attributes tampered with. */
  private static Lead.Restore tampered(Lead stored, Function<Lead.Restore, Lead.Restore> tamper) {
    return tamper.apply(Lead.restore().from(stored));
  }

  /**
   * Asserts that building a snapshot is refused with an IllegalArgumentException that names the
   * lead, the attribute and the rule, mentions what is wrong and prints no reason or note.
   */
  private static void assertRefused(
      Lead.Restore snapshot, String attribute, String rule, String... mentions) {
    IllegalArgumentException refused =
        assertThrows(IllegalArgumentException.class, snapshot::build);
    String message = refused.getMessage();
    assertTrue(message.startsWith("lead LD-1: "), message);
    assertTrue(
        message.contains(attribute), "expected the attribute «" + attribute + "» in: " + message);
    assertTrue(message.endsWith("(DOMAIN " + rule + ")"), message);
    for (String mention : mentions) {
      assertTrue(message.contains(mention), "expected «" + mention + "» in: " + message);
    }
    assertFalse(message.contains(WAITING), message);
    assertFalse(message.contains(NOTE), message);
    assertFalse(message.contains(earlyProfile().need()), message);
  }

  /** The story's nurturing history with one record replaced. */
  private static List<NurturingRecord> historyWith(int index, NurturingRecord record) {
    List<NurturingRecord> history = new ArrayList<>(storyAt(17).nurturingHistory());
    history.set(index, record);
    return history;
  }

  @Nested
  @DisplayName("D2 a restored snapshot is the lead it was, and continues with replay")
  class RoundTrip {

    @Test
    @DisplayName(
        "every state of the story, restored attribute by attribute, equals the original and"
            + " replays the rest of the story to the same converted lead")
    void everyState() {
      Transition<Lead, LeadEvent> story = story();
      List<LeadEvent> events = story.events();
      assertEquals(18, events.size());
      assertEquals(LeadStatus.CONVERTED, story.state().status());
      for (int version = 1; version <= events.size(); version++) {
        Lead stored = storyAt(version);
        Lead restored = restored(stored);
        assertEquals(stored, restored, "version " + version);
        assertEquals(
            story.state(),
            Lead.replay(restored, events.subList(version, events.size())),
            "version " + version);
      }
    }

    @Test
    @DisplayName("D2.4 a lead closed before its submission, without a lead manager, is restored")
    void closedBeforeSubmission() {
      Lead closed = closedUnsubmitted();
      assertEquals(LeadStatus.CLOSED, closed.status());
      assertEquals(Optional.empty(), closed.leadManager());
      assertEquals(closed, restored(closed));
    }

    @Test
    @DisplayName("the builder's from() copies a snapshot whole")
    void copy() {
      Lead stored = storyAt(12);
      assertEquals(stored, Lead.restore().from(stored).build());
    }
  }

  @Nested
  @DisplayName("D2.4 a snapshot's version and time are checked as the commands check them")
  class VersionAndTime {

    @Test
    @DisplayName("lastEventAt before createdAt is refused: time only moves forward")
    void lastEventBeforeCreation() {
      assertRefused(
          tampered(storyAt(3), r -> r.lastEventAt(day(-1))), "lastEventAt", "D2.4", "createdAt");
    }

    @Test
    @DisplayName("a version that does not count the recorded facts is refused")
    void versionCountsTheFacts() {
      assertRefused(
          tampered(storyAt(18), r -> r.version(15)), "version is 15", "D2.4", "fewer than the 16");
    }

    @Test
    @DisplayName("at version 1 the creation is the latest event")
    void versionOne() {
      assertRefused(
          tampered(storyAt(1), r -> r.lastEventAt(day(1))),
          "lastEventAt",
          "D2.4",
          "version 1",
          "createdAt");
    }

    @Test
    @DisplayName("a nurturing step recorded after the latest event is refused")
    void stepAfterLastEvent() {
      assertRefused(
          tampered(storyAt(8), r -> r.lastEventAt(day(5))),
          "nurturingHistory",
          "D2.4",
          "record 1",
          "time only moves forward");
    }

    @Test
    @DisplayName("nurturing steps out of time order are refused")
    void stepsInTimeOrder() {
      NurturingRecord early =
          new NurturingRecord(NurturingStep.GUIDE_KDM_TO_PAIN, true, "early", OWNER, day(5));
      assertRefused(
          tampered(storyAt(17), r -> r.nurturingHistory(historyWith(2, early))),
          "nurturingHistory",
          "D2.4",
          "record 3");
    }
  }

  @Nested
  @DisplayName("D2.4 D2.5 a snapshot's status and facts are checked as the commands check them")
  class TheLifecycle {

    @Test
    @DisplayName("a SUBMITTED lead without its lead manager is refused")
    void submittedWithoutManager() {
      assertRefused(
          tampered(storyAt(2), r -> r.leadManager(Optional.empty())),
          "leadManager is absent",
          "D2.4",
          "SUBMITTED");
    }

    @Test
    @DisplayName("a CREATED lead with a lead manager is refused")
    void createdWithManager() {
      assertRefused(
          tampered(storyAt(1), r -> r.leadManager(MANAGER).version(2)),
          "leadManager is present",
          "D2.4",
          "CREATED");
    }

    @Test
    @DisplayName("a validation without a lead manager is refused")
    void validationWithoutManager() {
      Lead closed = closedUnsubmitted();
      assertRefused(
          tampered(
              closed,
              r -> r.validation(LeadValidation.standard().evaluate(strongAnswers())).version(3)),
          "validation is present without a leadManager",
          "D2.4");
    }

    @Test
    @DisplayName("a validation with an unanswered criterion is refused")
    void validationComplete() {
      ValidationReport partial =
          LeadValidation.standard()
              .evaluate(
                  ValidationAnswers.builder()
                      .met(ValidationCriterion.NEED_FITS_STRATEGY, "in our strategy")
                      .build());
      assertRefused(
          tampered(storyAt(3), r -> r.validation(partial)),
          "validation",
          "D2.5",
          "unanswered",
          "RISKS_ACCEPTABLE");
    }

    @Test
    @DisplayName("a SUBMITTED lead with a validation is refused")
    void submittedWithValidation() {
      assertRefused(
          tampered(storyAt(3), r -> r.status(LeadStatus.SUBMITTED)),
          "validation is present with status SUBMITTED",
          "D2.5");
    }

    @Test
    @DisplayName("a VALIDATED lead without a validation is refused")
    void validatedWithoutValidation() {
      assertRefused(
          tampered(storyAt(2), r -> r.status(LeadStatus.VALIDATED).version(3)),
          "validation is absent with status VALIDATED",
          "D2.5");
    }

    @Test
    @DisplayName("a nurturing owner without a validation is refused")
    void ownerWithoutValidation() {
      assertRefused(
          tampered(storyAt(2), r -> r.nurturingOwner(OWNER).version(3)),
          "nurturingOwner is present without a validation",
          "D2.5");
    }

    @Test
    @DisplayName("a NURTURING lead without its nurturing owner is refused")
    void nurturingWithoutOwner() {
      assertRefused(
          tampered(storyAt(3), r -> r.status(LeadStatus.NURTURING).version(4)),
          "nurturingOwner is absent with status NURTURING",
          "D2.4");
    }

    @Test
    @DisplayName("a NURTURING lead whose validation failed Q1 is refused")
    void nurturingWithFailedValidation() {
      ValidationReport failed = LeadValidation.standard().evaluate(answers(false, 2, 8));
      assertRefused(
          tampered(storyAt(6), r -> r.validation(failed)),
          "validation has not passed with status NURTURING",
          "D2.5");
    }

    @Test
    @DisplayName("a status reason on a lead that is neither suspended nor closed is refused")
    void reasonOnlyWhenSuspendedOrClosed() {
      assertRefused(
          tampered(storyAt(5), r -> r.statusReason(WAITING)),
          "statusReason is present",
          "D2.5",
          "VALIDATED");
    }

    @Test
    @DisplayName("a SUSPENDED lead without its reason is refused")
    void suspendedStatesWhy() {
      assertRefused(
          tampered(storyAt(4), r -> r.statusReason(Optional.empty())),
          "statusReason is absent",
          "D2.5",
          "SUSPENDED");
    }

    @Test
    @DisplayName("a blank status reason is refused")
    void reasonNotBlank() {
      assertRefused(
          tampered(storyAt(4), r -> r.statusReason(" ")), "statusReason is blank", "D2.5");
    }
  }

  @Nested
  @DisplayName("D2.7 a snapshot's conversion is checked as the commands check it")
  class TheConversion {

    @Test
    @DisplayName("an opportunity on a lead not converted is refused")
    void opportunityOnlyWhenConverted() {
      assertRefused(
          tampered(storyAt(17), r -> r.opportunity(OPPORTUNITY).version(18)),
          "opportunity is present",
          "D2.7",
          "NURTURING");
    }

    @Test
    @DisplayName("a CONVERTED lead without its opportunity is refused")
    void convertedLinksTheOpportunity() {
      assertRefused(
          tampered(storyAt(18), r -> r.opportunity(Optional.empty())),
          "opportunity is absent",
          "D2.7",
          "CONVERTED");
    }

    @Test
    @DisplayName("a CONVERTED lead without a budget is refused")
    void convertedHasABudget() {
      assertRefused(
          tampered(storyAt(18), r -> r.budget(Optional.empty())),
          "budget is absent with status CONVERTED",
          "D2.7");
    }

    @Test
    @DisplayName("a CONVERTED lead whose validation failed Q1 is refused")
    void convertedPassedTheKcp() {
      ValidationReport failed = LeadValidation.standard().evaluate(answers(false, 2, 8));
      assertRefused(
          tampered(storyAt(18), r -> r.validation(failed)),
          "validation has not passed with status CONVERTED",
          "D2.7");
    }
  }

  @Nested
  @DisplayName("D2.7 a snapshot's budget is checked as the commands check it")
  class TheBudget {

    @Test
    @DisplayName("a budget that is not positive is refused")
    void budgetPositive() {
      assertRefused(
          tampered(storyAt(16), r -> r.budget(cny(-5))), "budget", "D2.7", "positive", "-5");
    }

    @Test
    @DisplayName("a lead without the budget its profile carries is refused: never removed")
    void budgetNeverRemoved() {
      assertRefused(
          tampered(closedUnsubmitted(), r -> r.budget(Optional.empty())),
          "budget is absent though the profile carries one",
          "D2.7");
    }
  }

  @Nested
  @DisplayName("D2.6 a snapshot's nurturing history is checked as the commands check it")
  class TheNurturingPath {

    @Test
    @DisplayName("nurturing steps without a nurturing owner are refused")
    void stepsNeedAnOwner() {
      NurturingRecord first =
          new NurturingRecord(NurturingStep.IDENTIFY_PAIN_CHAIN, true, "pain", OWNER, day(3));
      assertRefused(
          tampered(storyAt(3), r -> r.addNurturingHistory(first).version(4)),
          "nurturingHistory records steps without a nurturingOwner",
          "D2.6");
    }

    @Test
    @DisplayName("a path that does not start with its first step is refused")
    void startsAtTheFirstStep() {
      NurturingRecord second =
          new NurturingRecord(NurturingStep.AROUSE_KDM_INTEREST, true, "interest", OWNER, day(6));
      assertRefused(
          tampered(storyAt(6), r -> r.addNurturingHistory(second).version(7)),
          "nurturingHistory",
          "D2.6",
          "record 1 is step AROUSE_KDM_INTEREST, not IDENTIFY_PAIN_CHAIN");
    }

    @Test
    @DisplayName("a skipped step is refused: the path is walked in order")
    void walkedInOrder() {
      NurturingRecord skipped =
          new NurturingRecord(
              NurturingStep.DECIDE_COMPETITIVE_STRATEGY, true, "strategy", OWNER, day(6));
      assertRefused(
          tampered(storyAt(17), r -> r.nurturingHistory(historyWith(2, skipped))),
          "nurturingHistory",
          "D2.6",
          "record 3 is step DECIDE_COMPETITIVE_STRATEGY, not GUIDE_KDM_TO_PAIN");
    }

    @Test
    @DisplayName("a KDM who did not acknowledge sends the path back to shaping the vision")
    void failedAcknowledgementGoesBack() {
      NurturingRecord onwards =
          new NurturingRecord(
              NurturingStep.GUIDE_BUDGET_AND_FINANCING, true, "financing", OWNER, day(9));
      assertRefused(
          tampered(storyAt(17), r -> r.nurturingHistory(historyWith(6, onwards))),
          "nurturingHistory",
          "D2.6",
          "record 7 is step GUIDE_BUDGET_AND_FINANCING, not SHAPE_KDM_VISION");
    }

    @Test
    @DisplayName("a step after the hand-over is refused")
    void nothingAfterHandOver() {
      NurturingRecord more =
          new NurturingRecord(
              NurturingStep.IDENTIFY_PAIN_CHAIN, true, "again", EmployeeId.of("E-ZHAO"), day(13));
      assertRefused(
          tampered(storyAt(17), r -> r.addNurturingHistory(more).version(18)),
          "nurturingHistory",
          "D2.6",
          "record 11",
          "nothing (handed over)");
    }
  }
}
