package org.leadtocash.domain.relationship;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leadtocash.domain.relationship.KeyRelationshipDimension.ACCEPTANCE_OF_COMPANY;
import static org.leadtocash.domain.relationship.KeyRelationshipDimension.PROJECT_SUPPORT;
import static org.leadtocash.domain.relationship.KeyRelationshipLevel.ACCEPTED;
import static org.leadtocash.domain.relationship.KeyRelationshipLevel.CONTACTED;
import static org.leadtocash.domain.relationship.KeyRelationshipLevel.FAVOURABLE;
import static org.leadtocash.domain.relationship.KeyRelationshipLevel.OPPOSED;
import static org.leadtocash.domain.relationship.KeyRelationshipLevel.SUPPORTIVE;
import static org.leadtocash.domain.relationship.KeyRelationshipLevel.SUPPORTIVE_EXCLUSIVE;
import static org.leadtocash.domain.relationship.RelationshipLevelsFixtures.CHEN;
import static org.leadtocash.domain.relationship.RelationshipLevelsFixtures.CTO;
import static org.leadtocash.domain.relationship.RelationshipLevelsFixtures.CUSTOMER;
import static org.leadtocash.domain.relationship.RelationshipLevelsFixtures.LI;
import static org.leadtocash.domain.relationship.RelationshipLevelsFixtures.RELATIONSHIP;
import static org.leadtocash.domain.relationship.RelationshipLevelsFixtures.WANG;
import static org.leadtocash.domain.relationship.RelationshipLevelsFixtures.day;
import static org.leadtocash.domain.relationship.RelationshipLevelsFixtures.opened;
import static org.leadtocash.domain.relationship.RelationshipLevelsFixtures.scores;
import static org.leadtocash.domain.testing.DomainAssertions.assertRefused;
import static org.leadtocash.domain.testing.DomainTesters.D0;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.leadtocash.domain.common.RejectedHistoryException;
import org.leadtocash.domain.common.RuleId;
import org.leadtocash.domain.common.RuleViolationException;
import org.leadtocash.domain.common.Transition;

class KeyRelationshipTest {

  @Nested
  @DisplayName("D7.5 the six dimensions of an assessment")
  class Assessment {

    @Test
    @DisplayName("the six dimensions, in the sources' order, each with its definition")
    void sixDimensions() {
      assertEquals(
          List.of(
              "acceptance of the company",
              "participation",
              "information sharing",
              "guidance",
              "project support",
              "competitive attitude"),
          Arrays.stream(KeyRelationshipDimension.values())
              .map(KeyRelationshipDimension::label)
              .toList());
      assertTrue(ACCEPTANCE_OF_COMPANY.definition().contains("not only the individual employee"));
      assertTrue(PROJECT_SUPPORT.definition().contains("touchstone"));
    }

    @Test
    @DisplayName("an assessment scores all six dimensions, and says which are missing (D7.5)")
    void allSixRequired() {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> scores(3, 3, 3, 3, 3));
      assertTrue(e.getMessage().contains("DOMAIN D7.5"), e.getMessage());
      assertTrue(e.getMessage().contains("COMPETITIVE_ATTITUDE"), e.getMessage());
    }

    @ParameterizedTest(name = "a score of {0} is off the 1-5 scale")
    @CsvSource({"0", "6", "-1"})
    @DisplayName("every score is on the 1 to 5 scale (D7.5)")
    void scoresOnTheScale(int score) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> scores(3, 3, score, 3, 3, 3));
      assertTrue(e.getMessage().contains("DOMAIN D7.5"), e.getMessage());
      assertTrue(e.getMessage().contains("INFORMATION_SHARING=" + score), e.getMessage());
    }

    @Test
    @DisplayName("the assessment keeps its scores, assessor and day")
    void keepsItsParts() {
      KeyRelationshipAssessment assessment = scores(1, 2, 3, 4, 5, 4);
      assertEquals(1, assessment.score(ACCEPTANCE_OF_COMPANY));
      assertEquals(5, assessment.score(PROJECT_SUPPORT));
      assertEquals(WANG, assessment.assessor());
      assertEquals(D0, assessment.assessedOn());
    }
  }

  @Nested
  @DisplayName("D7.4-D7.5 the standard policy: project support is the touchstone")
  class StandardPolicy {

    @ParameterizedTest(name = "{0} {1} {2} {3} {4} {5} -> {6}")
    @CsvSource({
      "5, 5, 5, 5, 1, 5, OPPOSED",
      "1, 1, 1, 1, 1, 1, OPPOSED",
      "3, 3, 3, 3, 2, 3, CONTACTED",
      "5, 5, 5, 5, 2, 5, CONTACTED",
      "3, 3, 3, 3, 3, 3, ACCEPTED",
      "4, 4, 3, 2, 3, 3, ACCEPTED",
      "4, 4, 3, 3, 3, 3, FAVOURABLE",
      "3, 3, 3, 3, 4, 2, FAVOURABLE",
      "3, 3, 3, 3, 5, 1, FAVOURABLE",
      "3, 3, 3, 3, 4, 3, SUPPORTIVE",
      "3, 3, 3, 3, 5, 4, SUPPORTIVE",
      "1, 1, 1, 1, 5, 5, SUPPORTIVE_EXCLUSIVE",
      "5, 5, 5, 5, 5, 5, SUPPORTIVE_EXCLUSIVE"
    })
    @DisplayName("the scores map to a level by the documented rule")
    void mapping(
        int acceptance,
        int participation,
        int information,
        int guidance,
        int support,
        int attitude,
        KeyRelationshipLevel expected) {
      assertEquals(
          expected,
          KeyRelationshipPolicy.standard()
              .level(scores(acceptance, participation, information, guidance, support, attitude)));
    }

    @Test
    @DisplayName("a relationship that belongs to one employee is flagged as a risk (D7.5)")
    void tiedToOneEmployee() {
      KeyRelationshipPolicy policy = KeyRelationshipPolicy.standard();
      assertTrue(policy.isTiedToOneEmployee(scores(2, 4, 4, 4, 5, 5)), "supports us, not the firm");
      assertTrue(policy.isTiedToOneEmployee(scores(1, 3, 3, 3, 3, 3)), "accepted, but only us");
      assertFalse(policy.isTiedToOneEmployee(scores(3, 4, 4, 4, 5, 5)), "accepts the company");
      assertFalse(policy.isTiedToOneEmployee(scores(2, 2, 2, 2, 2, 2)), "merely contacted");
      assertFalse(policy.isTiedToOneEmployee(scores(1, 1, 1, 1, 1, 1)), "opposed, not tied");
    }

    @Test
    @DisplayName("a host replaces the policy, and its own rule decides the level")
    void hostPolicy() {
      KeyRelationshipPolicy strict =
          a -> a.score(ACCEPTANCE_OF_COMPANY) >= 4 ? SUPPORTIVE : CONTACTED;
      KeyRelationship assessed = opened().assess(scores(4, 1, 1, 1, 1, 1), strict, day(1)).state();
      assertEquals(Optional.of(SUPPORTIVE), assessed.level());
      assertFalse(assessed.isTiedToOneEmployee(), "the default risk rule uses the host's level");
      KeyRelationship tied =
          opened().assess(scores(2, 5, 5, 5, 5, 5), a -> FAVOURABLE, day(1)).state();
      assertTrue(tied.isTiedToOneEmployee());
    }

    @Test
    @DisplayName("a host policy that gives no level is a programming error")
    void policyWithoutLevel() {
      KeyRelationshipPolicy broken = a -> null;
      assertThrows(
          NullPointerException.class,
          () -> opened().assess(scores(3, 3, 3, 3, 3, 3), broken, day(1)));
    }
  }

  @Nested
  @DisplayName("D7.4 the six levels, in order")
  class Levels {

    @Test
    @DisplayName("each level is followed by the next one up; supportive and exclusive is the top")
    void nextLevel() {
      KeyRelationshipLevel[] levels = KeyRelationshipLevel.values();
      for (int i = 0; i + 1 < levels.length; i++) {
        assertEquals(Optional.of(levels[i + 1]), levels[i].next(), levels[i]::name);
      }
      assertEquals(Optional.of(CONTACTED), OPPOSED.next());
      assertEquals(Optional.empty(), SUPPORTIVE_EXCLUSIVE.next());
    }

    @Test
    @DisplayName(
        "an assessment refused for its dates never asks the host's policy, which may be costly"
            + " or keep its own records (D7.4)")
    void refusedBeforeThePolicy() {
      KeyRelationshipPolicy notAsked =
          a -> {
            throw new AssertionError("the policy is asked for a refused assessment");
          };
      KeyRelationship assessed = opened().assess(scores(3, 3, 3, 3, 3, 3), day(3)).state();
      RuleViolationException late =
          assertThrows(
              RuleViolationException.class,
              () -> assessed.assess(scores(3, 3, 3, 3, 3, 3), notAsked, day(2)));
      assertEquals(RuleId.D7_4, late.rule());
      assertTrue(late.getMessage().contains("history runs forward"), late::getMessage);
      KeyRelationshipAssessment beforeOpening =
          KeyRelationshipAssessment.builder()
              .from(scores(3, 3, 3, 3, 3, 3))
              .assessedOn(D0.minusDays(3))
              .build();
      RuleViolationException early =
          assertThrows(
              RuleViolationException.class,
              () -> assessed.assess(beforeOpening, notAsked, day(4)));
      assertEquals(RuleId.D7_4, early.rule());
      assertTrue(early.getMessage().contains("the relationship was opened"), early::getMessage);
    }
  }

  @Nested
  @DisplayName("D7.4 the history of a person's level")
  class LevelHistory {

    @Test
    @DisplayName("a new relationship has an owner, and no level until assessed")
    void opening() {
      Transition<KeyRelationship, KeyRelationshipEvent> open =
          KeyRelationship.open(RELATIONSHIP, CUSTOMER, CTO, WANG, day(0));
      KeyRelationship relationship = open.state();
      assertEquals(
          List.of(new KeyRelationshipOpened(RELATIONSHIP, 1, CUSTOMER, CTO, WANG, day(0))),
          open.events());
      assertEquals(1, relationship.version());
      assertEquals(WANG, relationship.owner());
      assertEquals(CTO, relationship.person());
      assertEquals(CUSTOMER, relationship.customer());
      assertEquals(day(0), relationship.openedAt());
      assertEquals(Optional.empty(), relationship.level());
      assertEquals(Optional.empty(), relationship.playbook());
      assertEquals(List.of(), relationship.levelHistory());
      assertEquals(Optional.empty(), relationship.assessment());
      assertFalse(relationship.isTiedToOneEmployee());
    }

    @Test
    @DisplayName("the first assessment sets the level; the playbook follows it")
    void firstAssessment() {
      Transition<KeyRelationship, KeyRelationshipEvent> assessed =
          opened().assess(scores(3, 2, 2, 2, 2, 3), day(1));
      assertEquals(
          List.of(
              new KeyRelationshipAssessed(
                  RELATIONSHIP, 2, scores(3, 2, 2, 2, 2, 3), CONTACTED, false, day(1)),
              new KeyRelationshipLevelChanged(
                  RELATIONSHIP, 3, Optional.empty(), CONTACTED, day(1))),
          assessed.events());
      KeyRelationship relationship = assessed.state();
      assertEquals(Optional.of(CONTACTED), relationship.level());
      assertEquals(List.of(new LevelSince(CONTACTED, day(1))), relationship.levelHistory());
      assertEquals(Optional.of(CONTACTED.playbook()), relationship.playbook());
      assertTrue(relationship.playbook().orElseThrow().contains("golden 20 minutes"));
      assertEquals(3, relationship.version());
    }

    @Test
    @DisplayName("an assessment at the same level is recorded, but the history does not move")
    void sameLevel() {
      KeyRelationship contacted = opened().assess(scores(3, 2, 2, 2, 2, 3), day(1)).state();
      Transition<KeyRelationship, KeyRelationshipEvent> again =
          contacted.assess(scores(4, 3, 3, 3, 2, 3), day(30));
      assertEquals(1, again.events().size());
      assertInstanceOf(KeyRelationshipAssessed.class, again.events().get(0));
      assertEquals(contacted.levelHistory(), again.state().levelHistory());
      assertEquals(Optional.of(scores(4, 3, 3, 3, 2, 3)), again.state().assessment());
      assertEquals(day(30), again.state().lastEventAt());
    }

    @Test
    @DisplayName("contacted, accepted, supportive, then a setback: each change kept with its time")
    void historyAndLevelAsOf() {
      KeyRelationship relationship =
          opened()
              .assess(scores(3, 2, 2, 2, 2, 3), day(10))
              .then(r -> r.assess(scores(3, 3, 3, 3, 3, 3), day(40)))
              .then(r -> r.assess(scores(4, 4, 4, 4, 4, 4), day(90)))
              .then(r -> r.assess(scores(4, 4, 4, 4, 4, 4), day(100)))
              .then(r -> r.assess(scores(4, 3, 3, 3, 3, 2), day(120)))
              .state();
      assertEquals(
          List.of(
              new LevelSince(CONTACTED, day(10)),
              new LevelSince(ACCEPTED, day(40)),
              new LevelSince(SUPPORTIVE, day(90)),
              new LevelSince(ACCEPTED, day(120))),
          relationship.levelHistory());
      assertEquals(Optional.empty(), relationship.levelAsOf(day(9)));
      assertEquals(Optional.of(CONTACTED), relationship.levelAsOf(day(10)));
      assertEquals(Optional.of(CONTACTED), relationship.levelAsOf(day(39)));
      assertEquals(Optional.of(ACCEPTED), relationship.levelAsOf(day(40)));
      assertEquals(Optional.of(SUPPORTIVE), relationship.levelAsOf(day(100)));
      assertEquals(Optional.of(ACCEPTED), relationship.levelAsOf(day(500)));
      assertEquals(Optional.of(ACCEPTED), relationship.level());
    }

    @Test
    @DisplayName("a level change reads as one line, and says whether it moved up")
    void readableChange() {
      List<KeyRelationshipEvent> events =
          opened()
              .assess(scores(3, 2, 2, 2, 2, 3), day(1))
              .then(r -> r.assess(scores(5, 5, 5, 5, 5, 5), day(2)))
              .then(r -> r.assess(scores(1, 1, 1, 1, 1, 1), day(3)))
              .events();
      List<KeyRelationshipLevelChanged> changes =
          events.stream()
              .filter(KeyRelationshipLevelChanged.class::isInstance)
              .map(KeyRelationshipLevelChanged.class::cast)
              .toList();
      assertEquals(
          "KR-1: not assessed → contacted at 2026-01-06T09:00:00Z", changes.get(0).toString());
      assertEquals(
          "KR-1: contacted → supportive and exclusive at 2026-01-07T09:00:00Z",
          changes.get(1).toString());
      assertTrue(changes.get(0).isUpgrade());
      assertTrue(changes.get(1).isUpgrade());
      assertFalse(changes.get(2).isUpgrade());
      assertEquals(OPPOSED, changes.get(2).to());
      assertEquals(
          "supportive and exclusive since 2026-01-07T09:00:00Z",
          new LevelSince(SUPPORTIVE_EXCLUSIVE, day(2)).toString());
    }

    @Test
    @DisplayName("a level change changes the level")
    void changeChanges() {
      assertThrows(
          IllegalArgumentException.class,
          () ->
              new KeyRelationshipLevelChanged(
                  RELATIONSHIP, 2, Optional.of(FAVOURABLE), FAVOURABLE, day(1)));
    }

    @Test
    @DisplayName("commands do not go back in time: a back-dated command is refused (D7.4)")
    void noTimeTravel() {
      KeyRelationship relationship = opened().assess(scores(3, 3, 3, 3, 3, 3), day(10)).state();
      RuleViolationException e =
          assertRefused(
              RuleViolationException.class,
              "D7.4",
              relationship,
              r -> r.assess(scores(5, 5, 5, 5, 5, 5), day(9)));
      assertTrue(e.getMessage().contains("before its last event"), e.getMessage());
      assertRefused(
          RuleViolationException.class, "D7.4", relationship, r -> r.transfer(LI, day(9)));
      assertEquals(
          Optional.of(SUPPORTIVE_EXCLUSIVE),
          relationship.assess(scores(5, 5, 5, 5, 5, 5), day(10)).state().level(),
          "the same instant is fine");
    }
  }

  @Nested
  @DisplayName("D4.7, D7.5 the relationship is the company's: transfer on rotation")
  class Transfer {

    @Test
    @DisplayName("the relationship passes to another holder with its level and history")
    void transfer() {
      KeyRelationship before = opened().assess(scores(4, 4, 4, 4, 4, 4), day(1)).state();
      Transition<KeyRelationship, KeyRelationshipEvent> transferred = before.transfer(LI, day(2));
      assertEquals(
          List.of(new KeyRelationshipTransferred(RELATIONSHIP, 4, WANG, LI, day(2))),
          transferred.events());
      assertEquals(LI, transferred.state().owner());
      assertEquals(before.level(), transferred.state().level());
      assertEquals(before.levelHistory(), transferred.state().levelHistory());
      assertEquals(WANG, before.owner(), "the old state is unchanged");
    }

    @Test
    @DisplayName("a transfer to the current holder is refused (D4.7)")
    void transferToTheHolder() {
      RuleViolationException e =
          assertRefused(
              RuleViolationException.class, "D4.7", opened(), r -> r.transfer(WANG, day(1)));
      assertTrue(e.getMessage().contains("E-WANG already holds it"), e.getMessage());
      assertTrue(e.getMessage().startsWith("KeyRelationship KR-1 (NOT_ASSESSED)"), e.getMessage());
    }

    @Test
    @DisplayName("a transfer event changes the holder")
    void transferChanges() {
      assertThrows(
          IllegalArgumentException.class,
          () -> new KeyRelationshipTransferred(RELATIONSHIP, 2, CHEN, CHEN, day(1)));
    }
  }

  @Nested
  @DisplayName("replay")
  class Replay {

    @Test
    @DisplayName("replaying the events gives an equal relationship")
    void replay() {
      Transition<KeyRelationship, KeyRelationshipEvent> story =
          KeyRelationship.open(RELATIONSHIP, CUSTOMER, CTO, WANG, day(0))
              .then(r -> r.assess(scores(3, 2, 2, 2, 2, 3), day(10)))
              .then(r -> r.assess(scores(2, 4, 4, 4, 5, 5), day(40)))
              .then(r -> r.transfer(LI, day(50)))
              .then(r -> r.assess(scores(4, 4, 4, 4, 5, 5), day(60)));
      KeyRelationship replayed = KeyRelationship.replay(story.events());
      assertEquals(story.state(), replayed);
      assertEquals(story.events().size(), replayed.version());
      assertFalse(replayed.isTiedToOneEmployee());
    }

    @Test
    @DisplayName("replay refuses a history that is not one relationship's, in order (D7.4)")
    void badHistories() {
      KeyRelationshipOpened opening =
          new KeyRelationshipOpened(RELATIONSHIP, 1, CUSTOMER, CTO, WANG, day(0));
      KeyRelationshipLevelChanged toAccepted =
          new KeyRelationshipLevelChanged(RELATIONSHIP, 2, Optional.empty(), ACCEPTED, day(1));
      assertThrows(IllegalArgumentException.class, () -> KeyRelationship.replay(List.of()));
      List<List<KeyRelationshipEvent>> bad =
          List.of(
              List.of(toAccepted),
              List.of(opening, opening),
              List.of(
                  opening,
                  new KeyRelationshipLevelChanged(
                      KeyRelationshipId.of("KR-2"), 2, Optional.empty(), ACCEPTED, day(1))),
              List.of(
                  opening,
                  new KeyRelationshipLevelChanged(
                      RELATIONSHIP, 2, Optional.of(CONTACTED), ACCEPTED, day(1))),
              List.of(opening, toAccepted, toAccepted),
              List.of(
                  new KeyRelationshipOpened(RELATIONSHIP, 1, CUSTOMER, CTO, WANG, day(2)),
                  toAccepted),
              List.of(opening, new KeyRelationshipTransferred(RELATIONSHIP, 2, LI, CHEN, day(1))));
      for (List<KeyRelationshipEvent> history : bad) {
        assertThrows(
            RejectedHistoryException.class,
            () -> KeyRelationship.replay(history),
            () -> "refused: " + history);
      }
    }
  }
}
