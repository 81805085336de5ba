package org.leadtocash.domain.voice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leadtocash.domain.common.OrganisationLevel.HEADQUARTERS;
import static org.leadtocash.domain.common.OrganisationLevel.REGION;
import static org.leadtocash.domain.common.OrganisationLevel.REPRESENTATIVE_OFFICE;
import static org.leadtocash.domain.voice.VoiceFixtures.HANDLER;
import static org.leadtocash.domain.voice.VoiceFixtures.ISSUE;
import static org.leadtocash.domain.voice.VoiceFixtures.OTHER_HANDLER;
import static org.leadtocash.domain.voice.VoiceFixtures.day;
import static org.leadtocash.domain.voice.VoiceFixtures.description;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.LongStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.leadtocash.domain.common.DomainEvent;
import org.leadtocash.domain.common.RejectedHistoryException;
import org.leadtocash.domain.common.RuleId;
import org.leadtocash.domain.common.Transition;
import org.leadtocash.domain.testing.EventVersions;

/**
 * A customer issue's stored history is input like any command: replay is as strict as the commands
 * (DOMAIN D8.2), and a snapshot continues with the events after it.
 */
class CustomerIssueReplayTest {

  private static final IssueEvaluation SATISFIED =
      IssueEvaluation.of(IssueSatisfaction.SATISFIED, "fixed quickly");

  /**
   * A serious issue: accepted (v1); handled (v2); escalated to the region (v3); marked major (v4);
   * escalated to headquarters (v5); closed (v6); evaluated by the customer (v7).
   */
  private static final Transition<CustomerIssue, IssueEvent> STORY =
      CustomerIssue.accept(ISSUE, description(IssueSeverity.SERIOUS), day(0))
          .then(i -> i.startHandling(HANDLER, day(1)))
          .then(i -> i.escalate(REGION, "the office has no engineers", day(2)))
          .then(i -> i.markMajor("the CTO wrote to our CEO", day(3)))
          .then(i -> i.escalate(HEADQUARTERS, "a product decision", day(4)))
          .then(i -> i.close("engineers flown in; schedule agreed", day(7)))
          .then(i -> i.evaluate(SATISFIED, day(9)));

  private static final List<IssueEvent> EVENTS = STORY.events();

  /** The events at the given versions (1 is the acceptance), in the order given. */
  private static List<IssueEvent> events(int... versions) {
    List<IssueEvent> events = new ArrayList<>();
    for (int version : versions) {
      events.add(EVENTS.get(version - 1));
    }
    return events;
  }

  /**
   * Asserts that a replay is rejected at an event, for a rule, with a message naming the issue, the
   * event's type and what is wrong.
   */
  private static void assertRejected(
      Executable replay, RuleId rule, int position, DomainEvent offending, String... what) {
    RejectedHistoryException e = assertThrows(RejectedHistoryException.class, replay);
    assertEquals(rule, e.rule(), e::getMessage);
    assertEquals(position, e.position(), e::getMessage);
    assertSame(offending, e.event(), e::getMessage);
    assertEquals("replay", e.command());
    assertTrue(e.getMessage().contains("CustomerIssue IS-1"), e::getMessage);
    assertTrue(e.getMessage().contains(offending.type().name()), e::getMessage);
    assertTrue(e.getMessage().contains("[" + rule + "]"), e::getMessage);
    for (String fragment : what) {
      assertTrue(e.getMessage().contains(fragment), e::getMessage);
    }
  }

  @Nested
  @DisplayName("a genuine history (D8.2)")
  class Genuine {

    @Test
    @DisplayName("replays to the issue the commands produced, with consecutive versions")
    void replays() {
      CustomerIssue replayed = CustomerIssue.replay(EVENTS);
      assertEquals(STORY.state(), replayed);
      assertEquals(7, replayed.version());
      assertEquals(IssueStatus.EVALUATED, replayed.status());
      assertEquals(Optional.of(day(3)), replayed.majorSince());
      assertEquals(
          LongStream.rangeClosed(1, 7).boxed().toList(),
          EVENTS.stream().map(IssueEvent::version).toList());
    }

    @Test
    @DisplayName("a critical issue is major from its acceptance, and replays so")
    void critical() {
      Transition<CustomerIssue, IssueEvent> story =
          CustomerIssue.accept(ISSUE, description(IssueSeverity.CRITICAL), day(0))
              .then(i -> i.startHandling(HANDLER, day(1)));
      CustomerIssue replayed = CustomerIssue.replay(story.events());
      assertEquals(story.state(), replayed);
      assertEquals(Optional.of(day(0)), replayed.majorSince());
    }
  }

  @Nested
  @DisplayName("a broken stream is rejected (D8.2)")
  class BrokenStream {

    @Test
    @DisplayName("an empty history is no issue: IllegalArgumentException")
    void empty() {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> CustomerIssue.replay(List.of()));
      assertTrue(e.getMessage().contains("IssueAccepted"), e::getMessage);
    }

    @Test
    @DisplayName("a history starts with the acceptance: one that starts with handling is rejected")
    void notStartingWithTheAcceptance() {
      assertRejected(
          () -> CustomerIssue.replay(events(2, 3, 4, 5, 6, 7)),
          RuleId.D8_2,
          1,
          EVENTS.get(1),
          "starts with IssueAccepted");
    }

    @Test
    @DisplayName("an issue is accepted once")
    void acceptedTwice() {
      IssueAccepted again = new IssueAccepted(ISSUE, 2, description(IssueSeverity.NORMAL), day(1));
      assertRejected(
          () -> CustomerIssue.replay(List.of(EVENTS.get(0), again)),
          RuleId.D8_2,
          2,
          again,
          "created only once");
    }

    @Test
    @DisplayName("another issue's closure is rejected, naming both issues")
    void anotherIssue() {
      IssueClosed elsewhere = new IssueClosed(IssueId.of("IS-2"), 3, "refunded", day(2));
      assertRejected(
          () -> CustomerIssue.replay(List.of(EVENTS.get(0), EVENTS.get(1), elsewhere)),
          RuleId.D8_2,
          3,
          elsewhere,
          "IS-2",
          "another aggregate");
    }

    @Test
    @DisplayName("a gap: handling followed by version 5 is rejected")
    void gap() {
      assertRejected(
          () -> CustomerIssue.replay(events(1, 2, 5, 6, 7)),
          RuleId.D8_2,
          3,
          EVENTS.get(4),
          "skips from version 2 to 5");
    }

    @Test
    @DisplayName("a duplicate: the closure stored twice is rejected at its second copy")
    void duplicate() {
      assertRejected(
          () -> CustomerIssue.replay(events(1, 2, 3, 4, 5, 6, 6, 7)),
          RuleId.D8_2,
          7,
          EVENTS.get(5),
          "version 6 is already in the stream");
    }

    @Test
    @DisplayName("out of order: the evaluation before the closure is rejected")
    void outOfOrder() {
      assertRejected(
          () -> CustomerIssue.replay(events(1, 2, 3, 4, 5, 7, 6)),
          RuleId.D8_2,
          6,
          EVENTS.get(6),
          "the next is 6");
    }

    @Test
    @DisplayName("back in time: a closure dated before the escalation it follows is rejected")
    void backInTime() {
      IssueClosed backdated = new IssueClosed(ISSUE, 6, "engineers flown in", day(3));
      List<IssueEvent> history = events(1, 2, 3, 4, 5);
      history.add(backdated);
      assertRejected(
          () -> CustomerIssue.replay(history),
          RuleId.D8_2,
          6,
          backdated,
          "back in time",
          day(4).toString());
    }
  }

  @Nested
  @DisplayName("an event the issue does not accept is rejected (D8.2)")
  class NotAccepted {

    @Test
    @DisplayName("a closure after the customer's evaluation: an evaluated issue is done")
    void closedAfterEvaluation() {
      IssueClosed again = new IssueClosed(ISSUE, 8, "closed once more", day(10));
      List<IssueEvent> history = events(1, 2, 3, 4, 5, 6, 7);
      history.add(again);
      assertRejected(
          () -> CustomerIssue.replay(history), RuleId.D8_2, 8, again, "EVALUATED", "is done");
    }

    @Test
    @DisplayName("a closure of an issue nobody handled")
    void closedBeforeHandling() {
      IssueClosed closed = new IssueClosed(ISSUE, 2, "resolved by itself", day(1));
      assertRejected(
          () -> CustomerIssue.replay(List.of(EVENTS.get(0), closed)),
          RuleId.D8_2,
          2,
          closed,
          "ACCEPTED",
          "once it has been handled");
    }

    @Test
    @DisplayName("handling started twice")
    void handlingTwice() {
      HandlingStarted again = new HandlingStarted(ISSUE, 3, OTHER_HANDLER, day(2));
      assertRejected(
          () -> CustomerIssue.replay(List.of(EVENTS.get(0), EVENTS.get(1), again)),
          RuleId.D8_2,
          3,
          again,
          "HANDLING",
          "handling starts once");
    }

    @Test
    @DisplayName("an escalation to the region of an issue headquarters already handles")
    void escalationDownwards() {
      IssueEscalated down =
          new IssueEscalated(
              ISSUE,
              6,
              new Escalation(REPRESENTATIVE_OFFICE, REGION, "back to the region", day(5)));
      List<IssueEvent> history = events(1, 2, 3, 4, 5);
      history.add(down);
      assertRejected(
          () -> CustomerIssue.replay(history), RuleId.D8_2, 6, down, "an escalation goes up");
    }

    @Test
    @DisplayName("a critical issue is major from its acceptance: marking it major again is refused")
    void criticalMarkedMajorAgain() {
      IssueAccepted critical =
          new IssueAccepted(ISSUE, 1, description(IssueSeverity.CRITICAL), day(0));
      IssueMarkedMajor marked = new IssueMarkedMajor(ISSUE, 2, "the CTO complained", day(1));
      assertRejected(
          () -> CustomerIssue.replay(List.of(critical, marked)),
          RuleId.D8_2,
          2,
          marked,
          "already a major complaint");
    }
  }

  @Nested
  @DisplayName("a forged or tampered event is rejected: it is not what the command produces (D8.2)")
  class Tampered {

    @Test
    @DisplayName(
        "an escalation to headquarters that claims to come from the office, not the region")
    void escalationFromTheWrongLevel() {
      IssueEscalated tampered =
          new IssueEscalated(
              ISSUE,
              5,
              new Escalation(REPRESENTATIVE_OFFICE, HEADQUARTERS, "a product decision", day(4)));
      List<IssueEvent> history = events(1, 2, 3, 4);
      history.add(tampered);
      assertRejected(
          () -> CustomerIssue.replay(history),
          RuleId.D8_2,
          5,
          tampered,
          "not what the state produces",
          "region → headquarters");
    }
  }

  @Nested
  @DisplayName("a snapshot and the events after it (D8.2)")
  class Snapshots {

    @Test
    @DisplayName("rebuild the issue the whole history replays to, from any version")
    void continueFromAnyVersion() {
      CustomerIssue whole = CustomerIssue.replay(EVENTS);
      for (int version = 1; version <= EVENTS.size(); version++) {
        CustomerIssue snapshot = CustomerIssue.replay(EVENTS.subList(0, version));
        assertEquals(version, snapshot.version());
        assertEquals(
            whole,
            CustomerIssue.replay(snapshot, EVENTS.subList(version, EVENTS.size())),
            "from version " + version);
      }
    }

    @Test
    @DisplayName("a tail that does not start right after the snapshot is rejected")
    void tailWithAGap() {
      CustomerIssue snapshot = CustomerIssue.replay(events(1, 2, 3));
      assertRejected(
          () -> CustomerIssue.replay(snapshot, events(5, 6, 7)),
          RuleId.D8_2,
          1,
          EVENTS.get(4),
          "skips from version 3 to 5");
      assertRejected(
          () -> CustomerIssue.replay(snapshot, events(2, 3, 4, 5, 6, 7)),
          RuleId.D8_2,
          1,
          EVENTS.get(1),
          "version 2 is already in the stream");
    }

    @Test
    @DisplayName("another issue's tail is rejected")
    void tailOfAnotherIssue() {
      CustomerIssue snapshot = CustomerIssue.replay(events(1, 2, 3));
      IssueMarkedMajor elsewhere = new IssueMarkedMajor(IssueId.of("IS-9"), 4, "press", day(3));
      assertRejected(
          () -> CustomerIssue.replay(snapshot, List.of(elsewhere)),
          RuleId.D8_2,
          1,
          elsewhere,
          "IS-9");
    }

    @Test
    @DisplayName("a tail is as strict as a whole history: anything after the evaluation is refused")
    void tailAsStrict() {
      CustomerIssue snapshot = CustomerIssue.replay(EVENTS);
      IssueMarkedMajor late = new IssueMarkedMajor(ISSUE, 8, "after all", day(12));
      assertRejected(
          () -> CustomerIssue.replay(snapshot, List.of(late)), RuleId.D8_2, 1, late, "is done");
    }
  }

  @Test
  @DisplayName(
      "DESIGN §2, DOMAIN D8.2: every issue event carries the version it produced; a stored event"
          + " at version 0 is refused as it is read")
  void eventAtVersionZero() {
    EventVersions.assertEveryTypeRefusesVersionZero(IssueEvent.class, EVENTS);
  }
}
