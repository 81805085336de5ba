package org.leadtocash.testkit.relationship;

import static org.leadtocash.testkit.Generators.later;
import static org.leadtocash.testkit.Generators.partsOf;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.leadtocash.domain.common.EmployeeId;
import org.leadtocash.domain.common.PersonId;
import org.leadtocash.domain.common.RuleId;
import org.leadtocash.domain.common.Transition;
import org.leadtocash.domain.relationship.KeyRelationship;
import org.leadtocash.domain.relationship.KeyRelationshipAssessed;
import org.leadtocash.domain.relationship.KeyRelationshipAssessment;
import org.leadtocash.domain.relationship.KeyRelationshipDimension;
import org.leadtocash.domain.relationship.KeyRelationshipEvent;
import org.leadtocash.domain.relationship.KeyRelationshipId;
import org.leadtocash.domain.relationship.KeyRelationshipLevelChanged;
import org.leadtocash.domain.relationship.KeyRelationshipOpened;
import org.leadtocash.domain.relationship.KeyRelationshipPolicy;
import org.leadtocash.domain.relationship.KeyRelationshipTransferred;
import org.leadtocash.domain.relationship.LevelSince;
import org.leadtocash.testkit.AggregateModel;
import org.leadtocash.testkit.ArbitraryCatalogue;
import org.leadtocash.testkit.Check;
import org.leadtocash.testkit.Command;
import org.leadtocash.testkit.CommandLog;
import org.leadtocash.testkit.Generators;
import org.leadtocash.testkit.Settings;
import org.leadtocash.testkit.common.CommonValues;

/**
 * Key relationships (DOMAIN D7.4, D7.5, D4.7) in every reachable state: opened with a key person,
 * assessed on the six dimensions again and again, their level history following the assessments,
 * transferred to another owner on rotation.
 */
public final class KeyRelationships {

  private static final KeyRelationshipPolicy POLICY = KeyRelationshipPolicy.standard();
  private static final List<EmployeeId> OWNERS =
      List.of(
          EmployeeId.of("E-WANG"),
          EmployeeId.of("E-LI"),
          EmployeeId.of("E-CHEN"),
          EmployeeId.of("E-ZHAO"));

  private KeyRelationships() {}

  /**
   * Adds the arbitraries of the key relationship's values and events to a catalogue.
   *
   * @param catalogue the catalogue being built; not null
   */
  public static void addTo(ArbitraryCatalogue.Builder catalogue) {
    catalogue
        .add(KeyRelationshipId.class, s -> CommonValues.ids("KR-", KeyRelationshipId::of))
        .add(KeyRelationshipAssessment.class, KeyRelationships::assessments)
        .add(LevelSince.class, s -> partsOf(relationships(s), KeyRelationship::levelHistory));
    catalogue.addAggregate(
        KeyRelationship.class,
        KeyRelationshipEvent.class,
        KeyRelationships::model,
        List.of(
            KeyRelationshipOpened.class,
            KeyRelationshipAssessed.class,
            KeyRelationshipLevelChanged.class,
            KeyRelationshipTransferred.class));
  }

  /**
   * Returns the key relationship's model: assessments and transfers some hours after the latest
   * event (or at the same instant), and in its chains also assessments and transfers dated before
   * it, which every relationship refuses (D7.4).
   *
   * @param settings what to generate within; not null
   * @return the model, never null
   */
  public static AggregateModel<KeyRelationship, KeyRelationshipEvent> model(Settings settings) {
    Arbitrary<Command<KeyRelationship, KeyRelationshipEvent>> steps = steps(settings);
    return AggregateModel.builder(KeyRelationship.class)
        .timeOrder(RuleId.D7_4)
        .starts(
            creations(settings),
            steps,
            Arbitraries.frequencyOf(Tuple.of(6, steps), Tuple.of(1, backdated(settings))))
        .replay(KeyRelationship::replay, KeyRelationship::replay)
        .invariants(KeyRelationships::checkRules)
        .sizes(15, 30)
        .build();
  }

  /**
   * Returns key relationships in every reachable state.
   *
   * @param settings what to generate within; not null
   * @return the relationships, never null
   */
  public static Arbitrary<KeyRelationship> relationships(Settings settings) {
    return model(settings).aggregates();
  }

  /**
   * Returns assessments (DOMAIN D7.5) of the six dimensions, each scored from lowest to highest, by
   * an assessor on a date of the window.
   *
   * @param settings what to generate within; not null
   * @return the assessments, never null
   */
  public static Arbitrary<KeyRelationshipAssessment> assessments(Settings settings) {
    return Combinators.combine(
            Arbitraries.integers()
                .between(KeyRelationshipAssessment.MIN_SCORE, KeyRelationshipAssessment.MAX_SCORE)
                .list()
                .ofSize(KeyRelationshipDimension.values().length),
            Arbitraries.of(OWNERS),
            CommonValues.dates(settings))
        .as(
            (scores, assessor, on) -> {
              KeyRelationshipAssessment.Builder b =
                  KeyRelationshipAssessment.builder().assessor(assessor).assessedOn(on);
              KeyRelationshipDimension[] dimensions = KeyRelationshipDimension.values();
              for (int i = 0; i < dimensions.length; i++) {
                b.putScore(dimensions[i], scores.get(i));
              }
              return b.build();
            });
  }

  private static Arbitrary<Transition<KeyRelationship, KeyRelationshipEvent>> creations(
      Settings settings) {
    return Combinators.combine(
            CommonValues.ids("KR-", KeyRelationshipId::of),
            CommonValues.customers(settings),
            CommonValues.ids("P-", PersonId::of),
            Arbitraries.of(OWNERS),
            Arbitraries.integers().between(0, settings.days() / 2))
        .as(
            (id, customer, person, owner, day) ->
                KeyRelationship.open(id, customer, person, owner, settings.day(day)));
  }

  /** Assessments, mostly some hours after the latest event, and transfers to any owner. */
  private static Arbitrary<Command<KeyRelationship, KeyRelationshipEvent>> steps(
      Settings settings) {
    Arbitrary<Integer> hours = Arbitraries.integers().between(0, 72);
    return Arbitraries.frequencyOf(
        Tuple.of(
            6,
            Combinators.combine(assessments(settings), hours)
                .as(
                    (a, h) ->
                        Command.<KeyRelationship, KeyRelationshipEvent>of(
                            "assess " + a.scores().values() + " +" + h + "h",
                            r -> {
                              Instant at = later(settings, r.lastEventAt(), h);
                              return r.assess(on(a, settings.dateOf(at)), POLICY, at);
                            }))),
        Tuple.of(
            2,
            Combinators.combine(Arbitraries.of(OWNERS), hours)
                .as(
                    (to, h) ->
                        Command.<KeyRelationship, KeyRelationshipEvent>of(
                            "transfer to " + to + " +" + h + "h",
                            r -> r.transfer(to, later(settings, r.lastEventAt(), h))))));
  }

  /** The assessment made on the day it is recorded: neither before the opening nor after (D7.4). */
  private static KeyRelationshipAssessment on(KeyRelationshipAssessment assessment, LocalDate day) {
    return KeyRelationshipAssessment.builder().from(assessment).assessedOn(day).build();
  }

  /** Assessments and transfers dated before the latest event: refused (D7.4). */
  private static Arbitrary<Command<KeyRelationship, KeyRelationshipEvent>> backdated(
      Settings settings) {
    return Arbitraries.oneOf(
        assessments(settings)
            .flatMap(
                a ->
                    Generators.<KeyRelationship, KeyRelationshipEvent>backdated(
                        "assess " + a.scores().values(),
                        KeyRelationship::lastEventAt,
                        (r, at) -> r.assess(a, POLICY, at))),
        Arbitraries.of(OWNERS)
            .flatMap(
                to ->
                    Generators.<KeyRelationship, KeyRelationshipEvent>backdated(
                        "transfer to " + to,
                        KeyRelationship::lastEventAt,
                        (r, at) -> r.transfer(to, at))));
  }

  /**
   * Checks the rules of DOMAIN D7.4, D7.5 and D4.7 on a key relationship and its history.
   *
   * @param log the relationship with its events; not null
   * @throws org.opentest4j.AssertionFailedError if a rule is broken
   */
  public static void checkRules(CommandLog<KeyRelationship, KeyRelationshipEvent> log) {
    KeyRelationship relationship = log.state();
    List<KeyRelationshipEvent> events = log.events();
    Check.equal((long) events.size(), relationship.version(), "the version counts the events");
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
    Check.equal(expected, history, "D7.4: the history is the sequence of level changes");
    for (int i = 1; i < history.size(); i++) {
      Check.that(
          !history.get(i - 1).level().equals(history.get(i).level()),
          "D7.4: consecutive entries differ");
    }
    Check.equal(
        lastAssessed.map(a -> POLICY.level(a.assessment())),
        relationship.level(),
        "D7.5: the level is the policy's level of the last assessment");
    Check.equal(
        lastAssessed.map(a -> POLICY.isTiedToOneEmployee(a.assessment())).orElse(false),
        relationship.isTiedToOneEmployee(),
        "D7.5: the risk flag is the policy's, of the last assessment");
    Check.equal(
        lastAssessed.map(KeyRelationshipAssessed::assessment),
        relationship.assessment(),
        "D7.5: the assessment is the last one");
    Check.equal(owner, relationship.owner(), "D4.7: the holder is the last transfer's");
    Check.equal(
        events.get(events.size() - 1).occurredAt(),
        relationship.lastEventAt(),
        "D7.4: the last event's instant is kept");
    for (LevelSince entry : history) {
      Check.equal(
          history.stream()
              .filter(e -> !e.since().isAfter(entry.since()))
              .reduce((a, b) -> b)
              .map(LevelSince::level),
          relationship.levelAsOf(entry.since()),
          "D7.4: the level as of a change is the latest reached by then");
      Instant justBefore = entry.since().minusMillis(1);
      Check.equal(
          history.stream()
              .filter(e -> e.since().isBefore(entry.since()))
              .reduce((a, b) -> b)
              .map(LevelSince::level),
          relationship.levelAsOf(justBefore),
          "D7.4: the level just before a change is the earlier one");
    }
  }
}
