package org.leadtocash.domain.relationship;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leadtocash.domain.relationship.KeyRelationshipLevel.ACCEPTED;
import static org.leadtocash.domain.relationship.KeyRelationshipLevel.CONTACTED;
import static org.leadtocash.domain.relationship.KeyRelationshipLevel.SUPPORTIVE;
import static org.leadtocash.domain.relationship.KeyRelationshipLevel.SUPPORTIVE_EXCLUSIVE;
import static org.leadtocash.domain.relationship.RelationshipLevelsFixtures.CHEN;
import static org.leadtocash.domain.relationship.RelationshipLevelsFixtures.CTO;
import static org.leadtocash.domain.relationship.RelationshipLevelsFixtures.CUSTOMER;
import static org.leadtocash.domain.relationship.RelationshipLevelsFixtures.LI;
import static org.leadtocash.domain.relationship.RelationshipLevelsFixtures.RELATIONSHIP;
import static org.leadtocash.domain.relationship.RelationshipLevelsFixtures.WANG;
import static org.leadtocash.domain.relationship.RelationshipLevelsFixtures.day;
import static org.leadtocash.domain.relationship.RelationshipLevelsFixtures.scores;

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

/**
 * A key relationship's stored history is input like any command: replay is as strict as the
 * commands (DOMAIN D7.4, D7.5, D4.7), and a snapshot continues with the events after it.
 */
class KeyRelationshipReplayTest {

  /**
   * Wang's relationship with the CTO: opened (v1); assessed as contacted (v2, v3); assessed as
   * supportive and exclusive (v4, v5); transferred to Li on rotation (v6); assessed again at the
   * same level (v7).
   */
  private static final Transition<KeyRelationship, KeyRelationshipEvent> STORY =
      KeyRelationship.open(RELATIONSHIP, CUSTOMER, CTO, WANG, day(0))
          .then(r -> r.assess(scores(3, 2, 2, 2, 2, 3), day(10)))
          .then(r -> r.assess(scores(2, 4, 4, 4, 5, 5), day(40)))
          .then(r -> r.transfer(LI, day(50)))
          .then(r -> r.assess(scores(4, 4, 4, 4, 5, 5), day(60)));

  private static final List<KeyRelationshipEvent> EVENTS = STORY.events();

  /** The events at the given versions (1 is the opening), in the order given. */
  private static List<KeyRelationshipEvent> events(int... versions) {
    List<KeyRelationshipEvent> events = new ArrayList<>();
    for (int version : versions) {
      events.add(EVENTS.get(version - 1));
    }
    return events;
  }

  /**
   * Asserts that a replay is rejected at an event, for a rule, with a message naming the
   * relationship, the event's type and what is wrong.
   */
  private static void assertRejected(
      Executable replay, RuleId rule, int position, DomainEvent offending, String... what) {
    RejectedHistoryException e = assertThrows(RejectedHistoryException.class, replay);
    assertEquals(rule, e.rule(), e::getMessage);
    assertEquals(position, e.position(), e::getMessage);
    assertSame(offending, e.event(), e::getMessage);
    assertEquals("replay", e.command());
    assertTrue(e.getMessage().contains("KeyRelationship KR-1"), e::getMessage);
    assertTrue(e.getMessage().contains(offending.type().name()), e::getMessage);
    assertTrue(e.getMessage().contains("[" + rule + "]"), e::getMessage);
    for (String fragment : what) {
      assertTrue(e.getMessage().contains(fragment), e::getMessage);
    }
  }

  @Nested
  @DisplayName("a genuine history (D7.4)")
  class Genuine {

    @Test
    @DisplayName("replays to the relationship the commands produced, level history included")
    void replays() {
      KeyRelationship replayed = KeyRelationship.replay(EVENTS);
      assertEquals(STORY.state(), replayed);
      assertEquals(7, replayed.version());
      assertEquals(Optional.of(SUPPORTIVE_EXCLUSIVE), replayed.level());
      assertEquals(LI, replayed.owner());
      assertEquals(
          List.of(
              new LevelSince(CONTACTED, day(10)), new LevelSince(SUPPORTIVE_EXCLUSIVE, day(40))),
          replayed.levelHistory());
    }

    @Test
    @DisplayName(
        "every event carries the next version: an assessment that changes the level"
            + " records the assessment and then the change, one version each")
    void consecutiveVersions() {
      assertEquals(
          LongStream.rangeClosed(1, 7).boxed().toList(),
          EVENTS.stream().map(KeyRelationshipEvent::version).toList());
      assertEquals(
          List.of(
              KeyRelationshipOpened.class,
              KeyRelationshipAssessed.class,
              KeyRelationshipLevelChanged.class,
              KeyRelationshipAssessed.class,
              KeyRelationshipLevelChanged.class,
              KeyRelationshipTransferred.class,
              KeyRelationshipAssessed.class),
          EVENTS.stream().map(Object::getClass).toList());
    }

    @Test
    @DisplayName(
        "an assessment is replayed with the level the host's policy gave then, not today's")
    void storedOutcome() {
      KeyRelationshipPolicy generous = assessment -> SUPPORTIVE;
      Transition<KeyRelationship, KeyRelationshipEvent> story =
          KeyRelationship.open(RELATIONSHIP, CUSTOMER, CTO, WANG, day(0))
              .then(r -> r.assess(scores(1, 1, 1, 1, 1, 1), generous, day(1)));
      KeyRelationship replayed = KeyRelationship.replay(story.events());
      assertEquals(story.state(), replayed);
      assertEquals(Optional.of(SUPPORTIVE), replayed.level());
    }
  }

  @Nested
  @DisplayName("a broken stream is rejected (D7.4)")
  class BrokenStream {

    @Test
    @DisplayName("an empty history is no relationship: IllegalArgumentException")
    void empty() {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> KeyRelationship.replay(List.of()));
      assertTrue(e.getMessage().contains("KeyRelationshipOpened"), e::getMessage);
    }

    @Test
    @DisplayName(
        "a history starts with the opening: one that starts with an assessment is rejected")
    void notStartingWithTheOpening() {
      List<KeyRelationshipEvent> history = events(2, 3, 4, 5, 6, 7);
      assertRejected(
          () -> KeyRelationship.replay(history),
          RuleId.D7_4,
          1,
          EVENTS.get(1),
          "starts with KeyRelationshipOpened");
    }

    @Test
    @DisplayName("the opening is version 1")
    void openingAtVersionOne() {
      KeyRelationshipOpened late =
          new KeyRelationshipOpened(RELATIONSHIP, 3, CUSTOMER, CTO, WANG, day(0));
      assertRejected(
          () -> KeyRelationship.replay(List.of(late)), RuleId.D7_4, 1, late, "version 1, not 3");
    }

    @Test
    @DisplayName("a relationship is opened once")
    void openedTwice() {
      KeyRelationshipOpened again =
          new KeyRelationshipOpened(RELATIONSHIP, 2, CUSTOMER, CTO, CHEN, day(1));
      assertRejected(
          () -> KeyRelationship.replay(List.of(EVENTS.get(0), again)),
          RuleId.D7_4,
          2,
          again,
          "created only once");
    }

    @Test
    @DisplayName("another relationship's transfer is rejected, naming both relationships")
    void anotherRelationship() {
      KeyRelationshipTransferred elsewhere =
          new KeyRelationshipTransferred(KeyRelationshipId.of("KR-2"), 2, WANG, LI, day(1));
      assertRejected(
          () -> KeyRelationship.replay(List.of(EVENTS.get(0), elsewhere)),
          RuleId.D7_4,
          2,
          elsewhere,
          "KR-2",
          "another aggregate");
    }

    @Test
    @DisplayName("a gap: the opening followed by version 4 is rejected")
    void gap() {
      assertRejected(
          () -> KeyRelationship.replay(events(1, 4, 5, 6, 7)),
          RuleId.D7_4,
          2,
          EVENTS.get(3),
          "skips from version 1 to 4");
    }

    @Test
    @DisplayName("a duplicate: the transfer stored twice is rejected at its second copy")
    void duplicate() {
      assertRejected(
          () -> KeyRelationship.replay(events(1, 2, 3, 4, 5, 6, 6, 7)),
          RuleId.D7_4,
          7,
          EVENTS.get(5),
          "version 6 is already in the stream");
    }

    @Test
    @DisplayName("out of order: the transfer before the assessment it followed is rejected")
    void outOfOrder() {
      assertRejected(
          () -> KeyRelationship.replay(events(1, 2, 3, 6, 4, 5, 7)),
          RuleId.D7_4,
          4,
          EVENTS.get(5),
          "the next is 4");
    }

    @Test
    @DisplayName("back in time: a transfer dated before the assessment it follows is rejected")
    void backInTime() {
      KeyRelationshipTransferred backdated =
          new KeyRelationshipTransferred(RELATIONSHIP, 6, WANG, LI, day(30));
      List<KeyRelationshipEvent> history = events(1, 2, 3, 4, 5);
      history.add(backdated);
      assertRejected(
          () -> KeyRelationship.replay(history),
          RuleId.D7_4,
          6,
          backdated,
          "back in time",
          day(40).toString());
    }
  }

  @Nested
  @DisplayName("an event the relationship does not accept is rejected (D7.4, D4.7)")
  class NotAccepted {

    @Test
    @DisplayName("a level change with no assessment before it: levels change only by assessment")
    void levelChangeWithoutAssessment() {
      KeyRelationshipLevelChanged toAccepted =
          new KeyRelationshipLevelChanged(RELATIONSHIP, 2, Optional.empty(), ACCEPTED, day(1));
      assertRejected(
          () -> KeyRelationship.replay(List.of(EVENTS.get(0), toAccepted)),
          RuleId.D7_4,
          2,
          toAccepted,
          "NOT_ASSESSED",
          "only with the assessment");
    }

    @Test
    @DisplayName("a level change after the assessment's own change is rejected")
    void levelChangeAfterTheAssessment() {
      KeyRelationshipLevelChanged toSupportive =
          new KeyRelationshipLevelChanged(
              RELATIONSHIP, 6, Optional.of(SUPPORTIVE_EXCLUSIVE), SUPPORTIVE, day(45));
      List<KeyRelationshipEvent> history = events(1, 2, 3, 4, 5);
      history.add(toSupportive);
      assertRejected(
          () -> KeyRelationship.replay(history),
          RuleId.D7_4,
          6,
          toSupportive,
          "SUPPORTIVE_EXCLUSIVE");
    }

    @Test
    @DisplayName("a transfer to the employee who already holds it is no transfer (D4.7)")
    void transferToTheHolder() {
      KeyRelationshipTransferred toWang =
          new KeyRelationshipTransferred(RELATIONSHIP, 2, LI, WANG, day(3));
      assertRejected(
          () -> KeyRelationship.replay(List.of(EVENTS.get(0), toWang)),
          RuleId.D4_7,
          2,
          toWang,
          "E-WANG already holds it");
    }
  }

  @Nested
  @DisplayName("a forged or tampered event is rejected: it is not what the command produces (D7.4)")
  class Tampered {

    @Test
    @DisplayName("a transfer from someone who never held the relationship")
    void transferFromSomeoneElse() {
      KeyRelationshipTransferred forged =
          new KeyRelationshipTransferred(RELATIONSHIP, 2, CHEN, LI, day(3));
      assertRejected(
          () -> KeyRelationship.replay(List.of(EVENTS.get(0), forged)),
          RuleId.D7_4,
          2,
          forged,
          "not what the state produces",
          "E-WANG");
    }

    @Test
    @DisplayName("a level change to another level than the assessment reached")
    void levelTamperedWith() {
      KeyRelationshipLevelChanged tampered =
          new KeyRelationshipLevelChanged(RELATIONSHIP, 3, Optional.empty(), SUPPORTIVE, day(10));
      assertRejected(
          () -> KeyRelationship.replay(List.of(EVENTS.get(0), EVENTS.get(1), tampered)),
          RuleId.D7_4,
          3,
          tampered,
          "not what the state produces",
          "contacted");
    }

    @Test
    @DisplayName("an assessment whose level change was dropped: the next event is not the change")
    void levelChangeDropped() {
      KeyRelationshipTransferred transfer =
          new KeyRelationshipTransferred(RELATIONSHIP, 3, WANG, LI, day(50));
      assertRejected(
          () -> KeyRelationship.replay(List.of(EVENTS.get(0), EVENTS.get(1), transfer)),
          RuleId.D7_4,
          3,
          transfer,
          "not what the state produces",
          KeyRelationshipLevelChanged.TYPE.name());
    }

    @Test
    @DisplayName("a history that ends between an assessment and the level change it produces")
    void endsInsideTheAssessment() {
      assertRejected(
          () -> KeyRelationship.replay(events(1, 2)),
          RuleId.D7_4,
          2,
          EVENTS.get(1),
          "ends inside a command");
    }
  }

  @Nested
  @DisplayName("a snapshot and the events after it (D7.4)")
  class Snapshots {

    @Test
    @DisplayName("rebuild the relationship the whole history replays to, from any version")
    void continueFromAnyVersion() {
      KeyRelationship whole = KeyRelationship.replay(EVENTS);
      for (int version : new int[] {1, 3, 5, 6, 7}) {
        KeyRelationship snapshot = KeyRelationship.replay(EVENTS.subList(0, version));
        assertEquals(version, snapshot.version());
        assertEquals(
            whole,
            KeyRelationship.replay(snapshot, EVENTS.subList(version, EVENTS.size())),
            "from version " + version);
      }
    }

    @Test
    @DisplayName("a tail that does not start right after the snapshot is rejected")
    void tailWithAGap() {
      KeyRelationship snapshot = KeyRelationship.replay(events(1, 2, 3));
      assertRejected(
          () -> KeyRelationship.replay(snapshot, events(5, 6, 7)),
          RuleId.D7_4,
          1,
          EVENTS.get(4),
          "skips from version 3 to 5");
      assertRejected(
          () -> KeyRelationship.replay(snapshot, events(3, 4, 5, 6, 7)),
          RuleId.D7_4,
          1,
          EVENTS.get(2),
          "version 3 is already in the stream");
    }

    @Test
    @DisplayName("another relationship's tail is rejected")
    void tailOfAnotherRelationship() {
      KeyRelationship snapshot = KeyRelationship.replay(events(1, 2, 3));
      KeyRelationshipTransferred elsewhere =
          new KeyRelationshipTransferred(KeyRelationshipId.of("KR-9"), 4, WANG, LI, day(20));
      assertRejected(
          () -> KeyRelationship.replay(snapshot, List.of(elsewhere)),
          RuleId.D7_4,
          1,
          elsewhere,
          "KR-9");
    }

    @Test
    @DisplayName("a tail is as strict as a whole history: a transfer to the holder is rejected")
    void tailAsStrict() {
      KeyRelationship snapshot = KeyRelationship.replay(events(1, 2, 3, 4, 5, 6));
      KeyRelationshipTransferred toLi =
          new KeyRelationshipTransferred(RELATIONSHIP, 7, WANG, LI, day(70));
      assertRejected(
          () -> KeyRelationship.replay(snapshot, List.of(toLi)), RuleId.D4_7, 1, toLi, "E-LI");
    }
  }
}
