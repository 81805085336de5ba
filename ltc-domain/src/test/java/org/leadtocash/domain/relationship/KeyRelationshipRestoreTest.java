package org.leadtocash.domain.relationship;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leadtocash.domain.relationship.KeyRelationshipLevel.ACCEPTED;
import static org.leadtocash.domain.relationship.KeyRelationshipLevel.CONTACTED;
import static org.leadtocash.domain.relationship.RelationshipLevelsFixtures.CTO;
import static org.leadtocash.domain.relationship.RelationshipLevelsFixtures.CUSTOMER;
import static org.leadtocash.domain.relationship.RelationshipLevelsFixtures.LI;
import static org.leadtocash.domain.relationship.RelationshipLevelsFixtures.RELATIONSHIP;
import static org.leadtocash.domain.relationship.RelationshipLevelsFixtures.WANG;
import static org.leadtocash.domain.relationship.RelationshipLevelsFixtures.day;
import static org.leadtocash.domain.relationship.RelationshipLevelsFixtures.scores;

import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.leadtocash.domain.common.Transition;

/**
 * A stored key-relationship snapshot is input like a command (DOMAIN D7.4, D7.5): {@link
 * KeyRelationship#restore()} rebuilds every state the commands reach, equal to the original and
 * continued by {@link KeyRelationship#replay(KeyRelationship, List)}, and refuses a tampered
 * snapshot with an {@link IllegalArgumentException} naming the attribute and the rule it breaks,
 * never the person (D7.8).
 */
class KeyRelationshipRestoreTest {

  /**
   * Wang's relationship with the CTO: opened (v1, day 0); assessed as contacted (v2, v3, day 10);
   * assessed as supportive and exclusive (v4, v5, day 40); transferred to Li on rotation (v6, day
   * 50); assessed again at the same level (v7, day 60).
   */
  private static Transition<KeyRelationship, KeyRelationshipEvent> story() {
    return KeyRelationship.open(RELATIONSHIP, CUSTOMER, CTO, WANG, day(0))
        .then(r -> r.assess(scores(3, 2, 2, 2, 2, 3), day(10)))
        .then(r -> r.assess(scores(2, 4, 4, 4, 5, 5), day(40)))
        .then(r -> r.transfer(LI, day(50)))
        .then(r -> r.assess(scores(4, 4, 4, 4, 5, 5), day(60)));
  }

  /**
   * The versions at which a command of the story ends: an assessment that changes the level records
   * two events, and a state is never between them.
   */
  private static final int[] COMMAND_ENDS = {1, 3, 5, 6, 7};

  /** The state the story reaches after its first {@code version} events. */
  private static KeyRelationship storyAt(int version) {
    return KeyRelationship.replay(story().events().subList(0, version));
  }

  /** Restores a relationship by setting each of its attributes, as a codec reading one does. */
  static KeyRelationship restored(KeyRelationship stored) {
    return KeyRelationship.restore()
        .id(stored.id())
        .version(stored.version())
        .customer(stored.customer())
        .person(stored.person())
        .owner(stored.owner())
        .openedAt(stored.openedAt())
        .lastEventAt(stored.lastEventAt())
        .level(stored.level())
        .levelHistory(stored.levelHistory())
        .assessment(stored.assessment())
        .isTiedToOneEmployee(stored.isTiedToOneEmployee())
        .build();
  }

  private static KeyRelationship.Restore tampered(
      KeyRelationship stored, UnaryOperator<KeyRelationship.Restore> tamper) {
    return tamper.apply(KeyRelationship.restore().from(stored));
  }

  /**
   * Asserts that building a snapshot is refused with an IllegalArgumentException that names the
   * relationship, the attribute and the rule, mentions what is wrong, and never the person.
   */
  private static void assertRefused(
      KeyRelationship.Restore snapshot, String attribute, String rule, String... mentions) {
    IllegalArgumentException refused =
        assertThrows(IllegalArgumentException.class, snapshot::build);
    String message = refused.getMessage();
    assertTrue(message.startsWith("key relationship KR-1: "), message);
    assertTrue(
        message.contains(attribute), "expected the attribute «" + attribute + "» in: " + message);
    assertTrue(message.endsWith("(DOMAIN " + rule + ")"), message);
    for (String mention : mentions) {
      assertTrue(message.contains(mention), "expected «" + mention + "» in: " + message);
    }
    assertFalse(message.contains(CTO.toString()), message);
  }

  @Nested
  @DisplayName("D7.4 a restored snapshot is the relationship it was, and continues with replay")
  class RoundTrip {

    @Test
    @DisplayName(
        "every state of the story, restored attribute by attribute, equals the original and"
            + " replays the rest of the story to the same relationship")
    void everyState() {
      Transition<KeyRelationship, KeyRelationshipEvent> story = story();
      List<KeyRelationshipEvent> events = story.events();
      assertEquals(7, events.size());
      for (int version : COMMAND_ENDS) {
        KeyRelationship stored = storyAt(version);
        KeyRelationship restored = restored(stored);
        assertEquals(stored, restored, "version " + version);
        assertEquals(
            story.state(),
            KeyRelationship.replay(restored, events.subList(version, events.size())),
            "version " + version);
      }
    }
  }

  @Nested
  @DisplayName("D7.4 the level is the last of its history, which runs forward and changes")
  class TheLevel {

    @Test
    @DisplayName("a level that is not the last of the level history is refused")
    void levelIsLast() {
      assertRefused(tampered(storyAt(7), r -> r.level(CONTACTED)), "level", "D7.4", "CONTACTED");
    }

    @Test
    @DisplayName("a level history repeating a level is refused")
    void consecutiveDiffer() {
      assertRefused(
          tampered(
              storyAt(3), r -> r.addLevelHistory(new LevelSince(CONTACTED, day(20))).version(5)),
          "levelHistory",
          "D7.4",
          "entries 1 and 2 are both CONTACTED");
    }

    @Test
    @DisplayName("a level history out of time order is refused")
    void timeOrder() {
      assertRefused(
          tampered(
              storyAt(3),
              r -> r.addLevelHistory(new LevelSince(ACCEPTED, day(5))).level(ACCEPTED).version(5)),
          "levelHistory",
          "D7.4",
          "entry 2 since " + day(5) + " is before entry 1 since " + day(10),
          "time order");
    }

    @Test
    @DisplayName("a level without an assessment is refused")
    void levelNeedsAssessment() {
      assertRefused(
          tampered(storyAt(3), r -> r.assessment(Optional.empty())),
          "assessment",
          "D7.4",
          "assessment is absent but level is present");
      assertRefused(
          tampered(storyAt(3), r -> r.level(Optional.empty()).levelHistory(List.of())),
          "assessment",
          "D7.4",
          "assessment is present but level is absent");
    }

    @Test
    @DisplayName("an unassessed relationship tied to one employee is refused")
    void tiedNeedsAssessment() {
      assertRefused(
          tampered(storyAt(1), r -> r.isTiedToOneEmployee(true)), "isTiedToOneEmployee", "D7.5");
    }
  }

  @Nested
  @DisplayName("D7.4 time only moves forward, and the version counts the facts")
  class TimeAndVersion {

    @Test
    @DisplayName("a lastEventAt before the opening is refused")
    void lastBeforeOpening() {
      assertRefused(
          tampered(storyAt(1), r -> r.lastEventAt(day(-1))), "lastEventAt", "D7.4", "openedAt");
      KeyRelationship moved = storyAt(1).transfer(LI, day(5)).state();
      assertRefused(
          tampered(moved, r -> r.lastEventAt(day(-1))),
          "lastEventAt",
          "D7.4",
          "is before openedAt");
    }

    @Test
    @DisplayName("a level reached before the opening is refused")
    void levelBeforeOpening() {
      assertRefused(
          tampered(storyAt(3), r -> r.openedAt(day(11))), "levelHistory", "D7.4", "openedAt");
    }

    @Test
    @DisplayName("a level reached after the latest event is refused")
    void levelAfterLast() {
      assertRefused(
          tampered(storyAt(3), r -> r.lastEventAt(day(9))), "levelHistory", "D7.4", "lastEventAt");
    }

    @Test
    @DisplayName("a version below the events the state records is refused")
    void version() {
      assertRefused(tampered(storyAt(5), r -> r.version(4)), "version", "D7.4", "4", "5");
    }

    @Test
    @DisplayName("at version 1 the opening is the latest event")
    void versionOne() {
      assertRefused(
          tampered(storyAt(1), r -> r.lastEventAt(day(3))), "lastEventAt", "D7.4", "version 1");
    }
  }
}
