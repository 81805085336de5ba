package org.leadtocash.domain.lead;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leadtocash.domain.lead.LeadFixtures.CREATOR;
import static org.leadtocash.domain.lead.LeadFixtures.LEAD;
import static org.leadtocash.domain.lead.LeadFixtures.MANAGER;
import static org.leadtocash.domain.lead.LeadFixtures.OWNER;
import static org.leadtocash.domain.lead.LeadFixtures.STRANGER;
import static org.leadtocash.domain.lead.LeadFixtures.answers;
import static org.leadtocash.domain.lead.LeadFixtures.day;
import static org.leadtocash.domain.lead.LeadFixtures.earlyProfile;
import static org.leadtocash.domain.lead.LeadFixtures.strongAnswers;
import static org.leadtocash.domain.testing.DomainTesters.cny;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.leadtocash.domain.common.Append;
import org.leadtocash.domain.common.DomainEvent;
import org.leadtocash.domain.common.LeadId;
import org.leadtocash.domain.common.OpportunityId;
import org.leadtocash.domain.common.RejectedHistoryException;
import org.leadtocash.domain.common.RuleId;
import org.leadtocash.domain.common.Transition;
import org.leadtocash.domain.opportunity.Opportunity;
import org.leadtocash.domain.opportunity.OpportunityEvent;

/**
 * A lead's stored history is input like any command: replay rebuilds the lead only through the
 * checks of its commands (DOMAIN D2.4–D2.7), and refuses a broken stream or an event the lead does
 * not accept with a {@link RejectedHistoryException} naming the lead, the event and what is wrong.
 */
class LeadReplayTest {

  private static final OpportunityId OPPORTUNITY = OpportunityId.of("OP-7");
  private static final LeadId OTHER_LEAD = LeadId.of("LD-2");

  /** Created, submitted, validated, nurtured along the whole path and given a budget: 13 events. */
  private static Transition<Lead, LeadEvent> nurtured() {
    return Lead.create(LEAD, earlyProfile(), CREATOR, day(0))
        .then(l -> l.submit(MANAGER, day(1)))
        .then(l -> l.validate(strongAnswers(), MANAGER, day(2)))
        .then(l -> l.nurture(OWNER, day(3)))
        .then(LeadFixtures::walkWholePath)
        .then(l -> l.recordBudget(cny(5_000_000), day(9)));
  }

  /** The nurtured lead converted into {@link #OPPORTUNITY} on day 10: 14 events. */
  private static LeadConversion conversion() {
    Transition<Lead, LeadEvent> nurtured = nurtured();
    return nurtured.state().convert(OPPORTUNITY, OWNER, day(10)).after(nurtured);
  }

  private static List<LeadEvent> converted() {
    return conversion().lead().events();
  }

  private static List<LeadEvent> with(List<LeadEvent> history, LeadEvent... more) {
    List<LeadEvent> events = new ArrayList<>(history);
    Collections.addAll(events, more);
    return events;
  }

  /**
   * Asserts that replay refuses a history at the given position for the given rule, with a message
   * naming the lead, the offending event's type and the rule.
   */
  @CanIgnoreReturnValue
  private static RejectedHistoryException assertRejected(
      String rule, int position, List<? extends LeadEvent> history) {
    RejectedHistoryException e =
        assertThrows(RejectedHistoryException.class, () -> Lead.replay(history));
    assertRejection(e, rule, position, history.get(position - 1));
    return e;
  }

  private static void assertRejection(
      RejectedHistoryException e, String rule, int position, LeadEvent offending) {
    assertEquals(RuleId.of(rule), e.rule(), e::getMessage);
    assertEquals(position, e.position(), e::getMessage);
    assertSame(offending, e.event(), e::getMessage);
    assertEquals("replay", e.command());
    assertTrue(e.getMessage().contains("Lead " + LEAD), e::getMessage);
    assertTrue(e.getMessage().contains(offending.type().name()), e::getMessage);
    assertTrue(e.getMessage().contains("[DOMAIN " + rule + "]"), e::getMessage);
  }

  @Nested
  @DisplayName("a genuine history replays to the lead its commands produced")
  class Genuine {

    @Test
    @DisplayName("a converted lead's 14 events replay to the converted lead, version 14 (D2.7)")
    void convertedLeadReplays() {
      LeadConversion conversion = conversion();
      Lead replayed = Lead.replay(conversion.lead().events());
      assertEquals(conversion.lead().state(), replayed);
      assertEquals(14, replayed.version());
      assertEquals(LeadStatus.CONVERTED, replayed.status());
    }

    @Test
    @DisplayName("a KDM who does not acknowledge sends the path back, and replays so (D2.6)")
    void failedAcknowledgementReplays() {
      Transition<Lead, LeadEvent> story =
          Lead.create(LEAD, earlyProfile(), CREATOR, day(0))
              .then(l -> l.submit(MANAGER, day(1)))
              .then(l -> l.validate(strongAnswers(), MANAGER, day(2)))
              .then(l -> l.nurture(OWNER, day(3)))
              .then(
                  l ->
                      l.recordNurturingStep(
                          NurturingStep.IDENTIFY_PAIN_CHAIN, "pain chain", OWNER, day(4)))
              .then(
                  l ->
                      l.recordNurturingStep(
                          NurturingStep.AROUSE_KDM_INTEREST, "interest", OWNER, day(4)))
              .then(
                  l ->
                      l.recordNurturingStep(NurturingStep.GUIDE_KDM_TO_PAIN, "pain", OWNER, day(4)))
              .then(
                  l ->
                      l.recordNurturingStep(
                          NurturingStep.DECIDE_COMPETITIVE_STRATEGY, "strategy", OWNER, day(5)))
              .then(
                  l ->
                      l.recordNurturingStep(
                          NurturingStep.SHAPE_KDM_VISION, "vision", OWNER, day(5)))
              .then(l -> l.recordKdmResponse(false, "the CTO is not convinced", OWNER, day(6)))
              .then(l -> l.suspend("budget freeze", day(7)))
              .then(l -> l.resume(day(8)))
              .then(l -> l.close("the need went away", day(9)));
      assertEquals(story.state(), Lead.replay(story.events()));
    }
  }

  @Nested
  @DisplayName("a broken stream is rejected under the lifecycle rule D2.4")
  class BrokenStream {

    @Test
    @DisplayName("an empty history is no lead at all")
    void empty() {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> Lead.replay(List.of()));
      assertTrue(e.getMessage().contains("LeadCreated"), e.getMessage());
    }

    @Test
    @DisplayName("a history that does not start with LeadCreated is rejected at its first event")
    void notStartingWithCreation() {
      List<LeadEvent> history = converted().subList(1, 4);
      RejectedHistoryException e = assertRejected("D2.4", 1, history);
      assertTrue(e.getMessage().contains("starts with LeadCreated"), e.getMessage());
    }

    @Test
    @DisplayName("a creation at another version than 1 is rejected")
    void creationNotAtVersionOne() {
      assertRejected("D2.4", 1, List.of(new LeadCreated(LEAD, 2, earlyProfile(), CREATOR, day(0))));
    }

    @Test
    @DisplayName("a second LeadCreated is rejected: a lead is created once")
    void createdTwice() {
      List<LeadEvent> history =
          with(
              converted().subList(0, 2), new LeadCreated(LEAD, 3, earlyProfile(), CREATOR, day(2)));
      RejectedHistoryException e = assertRejected("D2.4", 3, history);
      assertTrue(e.getMessage().contains("created only once"), e.getMessage());
    }

    @Test
    @DisplayName("another lead's submission in LD-1's stream is rejected, naming both leads")
    void anotherLeadsEvent() {
      List<LeadEvent> history =
          with(converted().subList(0, 1), new LeadSubmitted(OTHER_LEAD, 2, MANAGER, day(1)));
      RejectedHistoryException e = assertRejected("D2.4", 2, history);
      assertTrue(e.getMessage().contains(OTHER_LEAD.toString()), e.getMessage());
    }

    @Test
    @DisplayName("another lead's step in the middle of a nurtured history is rejected")
    void anotherLeadsEventLater() {
      List<LeadEvent> history = new ArrayList<>(converted());
      NurturingStepRecorded step = (NurturingStepRecorded) history.get(6);
      history.set(6, new NurturingStepRecorded(OTHER_LEAD, 7, step.record()));
      assertRejected("D2.4", 7, history);
    }

    @Test
    @DisplayName("a gap (version 3, the validation, missing) is rejected at the event after it")
    void gap() {
      List<LeadEvent> history = new ArrayList<>(converted());
      history.remove(2);
      RejectedHistoryException e = assertRejected("D2.4", 3, history);
      assertTrue(e.getMessage().contains("a gap"), e.getMessage());
    }

    @Test
    @DisplayName("a duplicated submission is rejected: version 2 is already in the stream")
    void duplicate() {
      List<LeadEvent> history = new ArrayList<>(converted());
      history.add(2, history.get(1));
      RejectedHistoryException e = assertRejected("D2.4", 3, history);
      assertTrue(e.getMessage().contains("already in the stream"), e.getMessage());
    }

    @Test
    @DisplayName("a duplicated last event of a converted lead is rejected at position 15")
    void duplicateAtTheEnd() {
      List<LeadEvent> history = with(converted(), converted().get(13));
      assertRejected("D2.4", 15, history);
    }

    @Test
    @DisplayName("events out of order (nurturing before validation) are rejected")
    void outOfOrder() {
      List<LeadEvent> history = new ArrayList<>(converted());
      Collections.swap(history, 2, 3);
      assertRejected("D2.4", 3, history);
    }

    @Test
    @DisplayName("an event dated before the one it follows is rejected: time only moves forward")
    void backInTime() {
      List<LeadEvent> history =
          with(
              converted().subList(0, 3),
              new BudgetRecorded(LEAD, 4, cny(2_000_000), day(1).minusSeconds(1)));
      RejectedHistoryException e = assertRejected("D2.4", 4, history);
      assertTrue(e.getMessage().contains("back in time"), e.getMessage());
    }
  }

  @Nested
  @DisplayName("an event the lead does not accept is rejected under the rule its command breaks")
  class NotAccepted {

    @Test
    @DisplayName("the issue's probe: a converted lead is not submitted again (D2.7)")
    void submissionAfterConversion() {
      List<LeadEvent> history = with(converted(), new LeadSubmitted(LEAD, 15, MANAGER, day(11)));
      RejectedHistoryException e = assertRejected("D2.7", 15, history);
      assertEquals(LeadStatus.CONVERTED.name(), e.state());
    }

    @Test
    @DisplayName("a closed lead records no budget: nothing follows closure (D2.7)")
    void budgetAfterClosure() {
      List<LeadEvent> history =
          with(
              converted().subList(0, 3),
              new LeadClosed(LEAD, 4, "no real need", day(3)),
              new BudgetRecorded(LEAD, 5, cny(800_000), day(4)));
      RejectedHistoryException e = assertRejected("D2.7", 5, history);
      assertEquals(LeadStatus.CLOSED.name(), e.state());
    }

    @Test
    @DisplayName("a lead is submitted once: a second submission while validated is rejected (D2.4)")
    void submittedTwice() {
      List<LeadEvent> history =
          with(converted().subList(0, 3), new LeadSubmitted(LEAD, 4, STRANGER, day(3)));
      assertRejected("D2.4", 4, history);
    }

    @Test
    @DisplayName("a validation by someone other than the lead manager is rejected (D2.4)")
    void validatedByStranger() {
      LeadValidated genuine = (LeadValidated) converted().get(2);
      List<LeadEvent> history =
          with(
              converted().subList(0, 2),
              new LeadValidated(LEAD, 3, genuine.report(), STRANGER, genuine.occurredAt()));
      assertRejected("D2.4", 3, history);
    }

    @Test
    @DisplayName("a lead whose Q1 failed is not nurtured (D2.5)")
    void nurturedWithoutPassedKcp() {
      ValidationReport failed = LeadValidation.standard().evaluate(answers(false, 2, 8));
      List<LeadEvent> history =
          with(
              converted().subList(0, 2),
              new LeadValidated(LEAD, 3, failed, MANAGER, day(2)),
              new NurturingStarted(LEAD, 4, OWNER, day(3)));
      assertRejected("D2.5", 4, history);
    }

    @Test
    @DisplayName("a nurturing step out of the path's order is rejected (D2.6)")
    void stepOutOfOrder() {
      List<LeadEvent> history =
          with(
              converted().subList(0, 4),
              new NurturingStepRecorded(
                  LEAD,
                  5,
                  new NurturingRecord(
                      NurturingStep.GUIDE_KDM_TO_PAIN, true, "skipped ahead", OWNER, day(4))));
      assertRejected("D2.6", 5, history);
    }

    @Test
    @DisplayName("a lead without a budget is not converted (D2.7)")
    void conversionWithoutBudget() {
      List<LeadEvent> history =
          with(converted().subList(0, 12), new LeadConverted(LEAD, 13, OPPORTUNITY, day(9)));
      RejectedHistoryException e = assertRejected("D2.7", 13, history);
      assertTrue(e.getMessage().contains("budget"), e.getMessage());
    }

    @Test
    @DisplayName("a converted lead is not converted a second time, into another opportunity (D2.7)")
    void convertedTwice() {
      List<LeadEvent> history =
          with(converted(), new LeadConverted(LEAD, 15, OpportunityId.of("OP-8"), day(12)));
      assertRejected("D2.7", 15, history);
    }
  }

  @Nested
  @DisplayName("a forged or tampered event differs from what its command produces (D2.4)")
  class Forged {

    @Test
    @DisplayName("a resumption stored as NURTURING, where the lead resumes as VALIDATED")
    void tamperedResumption() {
      List<LeadEvent> history =
          with(
              converted().subList(0, 3),
              new LeadSuspended(LEAD, 4, "budget freeze", day(3)),
              new LeadResumed(LEAD, 5, LeadStatus.NURTURING, day(4)));
      RejectedHistoryException e = assertRejected("D2.4", 5, history);
      assertTrue(e.getMessage().contains("not what the state produces"), e.getMessage());
      assertTrue(e.getMessage().contains("resumedAs=VALIDATED"), e.getMessage());
    }

    @Test
    @DisplayName("a resumption of a never-validated lead stored as VALIDATED")
    void resumedAsValidatedWithoutValidation() {
      List<LeadEvent> history =
          with(
              converted().subList(0, 2),
              new LeadSuspended(LEAD, 3, "waiting for the customer", day(2)),
              new LeadResumed(LEAD, 4, LeadStatus.VALIDATED, day(3)));
      assertRejected("D2.4", 4, history);
    }

    @Test
    @DisplayName("a resumption stored as CONVERTED cannot convert a lead behind the rules")
    void resumedAsConverted() {
      List<LeadEvent> history =
          with(
              converted().subList(0, 3),
              new LeadSuspended(LEAD, 4, "budget freeze", day(3)),
              new LeadResumed(LEAD, 5, LeadStatus.CONVERTED, day(4)));
      assertRejected("D2.4", 5, history);
    }
  }

  @Nested
  @DisplayName("a snapshot and the events after it rebuild the lead")
  class Snapshots {

    @Test
    @DisplayName("every snapshot plus its tail equals the full replay")
    void snapshotPlusTail() {
      List<LeadEvent> history = converted();
      Lead full = Lead.replay(history);
      for (int k = 1; k <= history.size(); k++) {
        Lead snapshot = Lead.replay(history.subList(0, k));
        assertEquals(k, snapshot.version());
        assertEquals(full, Lead.replay(snapshot, history.subList(k, history.size())), "at " + k);
      }
    }

    @Test
    @DisplayName("a tail that does not start at the snapshot's version plus one is rejected")
    void tailNotContinuing() {
      List<LeadEvent> history = converted();
      Lead snapshot = Lead.replay(history.subList(0, 5));
      List<LeadEvent> skipping = history.subList(6, history.size());
      RejectedHistoryException gap =
          assertThrows(RejectedHistoryException.class, () -> Lead.replay(snapshot, skipping));
      assertRejection(gap, "D2.4", 1, skipping.get(0));
      List<LeadEvent> repeating = history.subList(4, history.size());
      RejectedHistoryException duplicate =
          assertThrows(RejectedHistoryException.class, () -> Lead.replay(snapshot, repeating));
      assertRejection(duplicate, "D2.4", 1, repeating.get(0));
    }

    @Test
    @DisplayName("a tail about another lead is rejected")
    void tailOfAnotherLead() {
      Lead snapshot = Lead.replay(converted().subList(0, 1));
      List<LeadEvent> tail = List.of(new LeadSubmitted(OTHER_LEAD, 2, MANAGER, day(1)));
      RejectedHistoryException e =
          assertThrows(RejectedHistoryException.class, () -> Lead.replay(snapshot, tail));
      assertRejection(e, "D2.4", 1, tail.get(0));
    }

    @Test
    @DisplayName("a tail the snapshot does not accept is rejected: a converted lead stays so")
    void tailNotAccepted() {
      Lead snapshot = conversion().lead().state();
      List<LeadEvent> tail = List.of(new LeadSubmitted(LEAD, 15, MANAGER, day(11)));
      RejectedHistoryException e =
          assertThrows(RejectedHistoryException.class, () -> Lead.replay(snapshot, tail));
      assertRejection(e, "D2.7", 1, tail.get(0));
    }

    @Test
    @DisplayName("an empty tail leaves the snapshot as it is")
    void emptyTail() {
      Lead snapshot = nurtured().state();
      assertEquals(snapshot, Lead.replay(snapshot, List.of()));
    }
  }

  @Nested
  @DisplayName("a conversion is stored as two appends (D2.7)")
  class ConversionAppends {

    @Test
    @DisplayName(
        "the lead's append continues the lead's stream, the opportunity's starts a new one, and"
            + " each replays to its side of the conversion")
    void appendsReplayToTheConversion() {
      Transition<Lead, LeadEvent> nurtured = nurtured();
      Lead before = nurtured.state();
      LeadConversion conversion = before.convert(OPPORTUNITY, OWNER, day(10));
      List<Append> appends = conversion.appends();
      assertEquals(2, appends.size());

      Append lead = appends.get(0);
      assertEquals(LEAD, lead.stream());
      assertEquals(before.version(), lead.expectedVersion());
      assertEquals(before.version() + 1, lead.version());
      assertEquals(conversion.lead().state(), Lead.replay(before, leadEvents(lead)));
      List<LeadEvent> whole = with(nurtured.events(), leadEvents(lead).toArray(LeadEvent[]::new));
      assertEquals(conversion.lead().state(), Lead.replay(whole));

      Append opportunity = appends.get(1);
      assertEquals(OPPORTUNITY, opportunity.stream());
      assertEquals(0, opportunity.expectedVersion());
      assertEquals(
          conversion.opportunity().state(), Opportunity.replay(opportunityEvents(opportunity)));
    }

    @Test
    @DisplayName("with the lead's earlier events in front, the lead's append starts its stream")
    void wholeStoryAppends() {
      LeadConversion conversion = conversion();
      Append lead = conversion.appends().get(0);
      assertEquals(0, lead.expectedVersion());
      assertEquals(conversion.lead().state(), Lead.replay(leadEvents(lead)));
      assertEquals(0, conversion.appends().get(1).expectedVersion());
    }

    private List<LeadEvent> leadEvents(Append append) {
      List<LeadEvent> events = new ArrayList<>();
      for (DomainEvent e : append.events()) {
        events.add((LeadEvent) e);
      }
      return events;
    }

    private List<OpportunityEvent> opportunityEvents(Append append) {
      List<OpportunityEvent> events = new ArrayList<>();
      for (DomainEvent e : append.events()) {
        events.add((OpportunityEvent) e);
      }
      return events;
    }
  }
}
