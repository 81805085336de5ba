package org.leadtocash.domain.relationship;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.leadtocash.domain.relationship.RelationshipLevelsFixtures.CHEN;
import static org.leadtocash.domain.relationship.RelationshipLevelsFixtures.CTO;
import static org.leadtocash.domain.relationship.RelationshipLevelsFixtures.CUSTOMER;
import static org.leadtocash.domain.relationship.RelationshipLevelsFixtures.LI;
import static org.leadtocash.domain.relationship.RelationshipLevelsFixtures.RELATIONSHIP;
import static org.leadtocash.domain.relationship.RelationshipLevelsFixtures.WANG;
import static org.leadtocash.domain.relationship.RelationshipLevelsFixtures.ZHAO;
import static org.leadtocash.domain.relationship.RelationshipLevelsFixtures.day;
import static org.leadtocash.domain.testing.CommandActions.command;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.ActionChainArbitrary;
import net.jqwik.api.statistics.Statistics;
import org.leadtocash.domain.common.EmployeeId;
import org.leadtocash.domain.testing.CommandLog;

/**
 * Random sequences of assessments and transfers of a key relationship (DOMAIN D7.4, D7.5, D4.7):
 * the level history follows the level-change events exactly, consecutive entries differ, the
 * current level is the policy's level of the last assessment, and the events replay to an equal
 * relationship.
 */
class KeyRelationshipProperties {

  private static final KeyRelationshipPolicy POLICY = KeyRelationshipPolicy.standard();

  @Property(tries = 300)
  void historyFollowsTheAssessments(
      @ForAll("relationships")
          ActionChain<CommandLog<KeyRelationship, KeyRelationshipEvent>> chain) {
    CommandLog<KeyRelationship, KeyRelationshipEvent> log =
        chain
            .withInvariant("DOMAIN D7.4-D7.5 hold", KeyRelationshipProperties::holdsEveryRule)
            .run();
    int changes = log.state().levelHistory().size();
    Statistics.label("level changes").collect(changes < 5 ? "0-4" : changes < 10 ? "5-9" : "10+");
    Statistics.label("refused").collect(log.refused() > 0);
  }

  @Property(tries = 200)
  void replayingTheEventsGivesAnEqualRelationship(
      @ForAll("relationships")
          ActionChain<CommandLog<KeyRelationship, KeyRelationshipEvent>> chain) {
    CommandLog<KeyRelationship, KeyRelationshipEvent> log = chain.run();
    assertEquals(log.state(), KeyRelationship.replay(log.events()));
  }

  static void holdsEveryRule(CommandLog<KeyRelationship, KeyRelationshipEvent> log) {
    KeyRelationship relationship = log.state();
    List<KeyRelationshipEvent> events = log.events();
    assertEquals(events.size(), relationship.version(), "the version counts the events");

    List<LevelSince> expected = new ArrayList<>();
    Optional<KeyRelationshipAssessed> lastAssessed = Optional.empty();
    EmployeeId owner = ((KeyRelationshipOpened) events.get(0)).owner();
    for (KeyRelationshipEvent event : events) {
      if (event instanceof KeyRelationshipLevelChanged changed) {
        expected.add(new LevelSince(changed.to(), changed.occurredAt()));
      } else if (event instanceof KeyRelationshipAssessed assessed) {
        lastAssessed = Optional.of(assessed);
      } else if (event instanceof KeyRelationshipTransferred transferred) {
        owner = transferred.to();
      }
    }
    List<LevelSince> history = relationship.levelHistory();
    assertEquals(expected, history, "D7.4: the history is the sequence of level changes");
    for (int i = 1; i < history.size(); i++) {
      assertNotEquals(
          history.get(i - 1).level(), history.get(i).level(), "D7.4: consecutive entries differ");
    }
    assertEquals(
        lastAssessed.map(a -> POLICY.level(a.assessment())),
        relationship.level(),
        "D7.5: the level is the policy's level of the last assessment");
    assertEquals(
        lastAssessed.map(a -> POLICY.isTiedToOneEmployee(a.assessment())).orElse(false),
        relationship.isTiedToOneEmployee(),
        "D7.5: the risk flag is the policy's, of the last assessment");
    assertEquals(lastAssessed.map(KeyRelationshipAssessed::assessment), relationship.assessment());
    assertEquals(owner, relationship.owner(), "D4.7: the holder is the last transfer's");
    for (LevelSince entry : history) {
      Instant justBefore = entry.since().minusMillis(1);
      assertEquals(
          history.stream()
              .filter(e -> !e.since().isAfter(entry.since()))
              .reduce((a, b) -> b)
              .map(LevelSince::level),
          relationship.levelAsOf(entry.since()),
          "D7.4: the level as of a change is the latest reached by then");
      assertEquals(
          history.stream()
              .filter(e -> e.since().isBefore(entry.since()))
              .reduce((a, b) -> b)
              .map(LevelSince::level),
          relationship.levelAsOf(justBefore),
          "D7.4: the level just before a change is the earlier one");
    }
  }

  @Provide
  ActionChainArbitrary<CommandLog<KeyRelationship, KeyRelationshipEvent>> relationships() {
    return ActionChain.<CommandLog<KeyRelationship, KeyRelationshipEvent>>startWith(
            () -> CommandLog.start(KeyRelationship.open(RELATIONSHIP, CUSTOMER, CTO, WANG, day(0))))
        .withAction(
            6,
            command(
                "assess",
                Combinators.combine(assessments(), Arbitraries.of(true, false)).as(Tuple::of),
                (r, p) -> r.assess(p.get1(), POLICY, next(r, p.get2()))))
        .withAction(
            2,
            command(
                "transfer",
                Arbitraries.of(WANG, LI, CHEN, ZHAO),
                (r, to) -> r.transfer(to, next(r, false))))
        .withMaxTransformations(30);
  }

  /** The instant of the next command: the last event's, or a few hours after it. */
  private static Instant next(KeyRelationship relationship, boolean later) {
    return later
        ? relationship.lastEventAt().plus(Duration.ofHours(1 + relationship.version() % 7))
        : relationship.lastEventAt();
  }

  /** Assessments with any scores; project support alone makes levels repeat often enough. */
  static Arbitrary<KeyRelationshipAssessment> assessments() {
    Arbitrary<Integer> score = Arbitraries.integers().between(1, 5);
    return score
        .list()
        .ofSize(KeyRelationshipDimension.values().length)
        .map(
            s ->
                RelationshipLevelsFixtures.scores(
                    s.stream().mapToInt(Integer::intValue).toArray()));
  }
}
