package org.leadtocash.domain.relationship;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import org.leadtocash.testkit.AggregateContract;
import org.leadtocash.testkit.AggregateModel;
import org.leadtocash.testkit.CommandLog;
import org.leadtocash.testkit.Settings;
import org.leadtocash.testkit.relationship.KeyRelationships;

/**
 * Random sequences of assessments and transfers of a key relationship (DOMAIN D7.4, D7.5, D4.7),
 * some at the instant of the latest event and some dated before it: the level history follows the
 * level-change events exactly, consecutive entries differ, the current level is the policy's level
 * of the last assessment, a backdated command is refused, and the events replay to an equal
 * relationship — the kit's {@link AggregateContract} over its key-relationship model, whose
 * invariants are {@link KeyRelationships#checkRules} — and generated histories change level often.
 *
 * <p>A snapshot taken after any command and the events after it rebuild the same relationship
 * (DOMAIN D7.4); and a snapshot restored from every attribute of a generated relationship equals it
 * and continues with the events after it (DOMAIN D7.4).
 */
class KeyRelationshipProperties
    implements AggregateContract<KeyRelationship, KeyRelationshipEvent> {

  @Override
  public AggregateModel<KeyRelationship, KeyRelationshipEvent> model() {
    return KeyRelationships.model(Settings.standard());
  }

  @Property(tries = 200)
  void generatedRelationshipsChangeLevelAndOwner(
      @ForAll CommandLog<KeyRelationship, KeyRelationshipEvent> history) {
    KeyRelationships.checkRules(history);
    KeyRelationship relationship = history.state();
    int changes = relationship.levelHistory().size();
    Statistics.label("level changes").collect(changes < 2 ? "0-1" : changes < 5 ? "2-4" : "5+");
    Statistics.label("level changes").coverage(c -> c.check("5+").count(n -> n > 0));
    Statistics.label("transferred")
        .collect(history.events().stream().anyMatch(e -> e instanceof KeyRelationshipTransferred));
    Statistics.label("transferred").coverage(c -> c.check(true).count(n -> n > 0));
  }

  @Property(tries = 200)
  void aSnapshotAfterAnyCommandAndTheEventsAfterItReplayToTheKeyRelationship(
      @ForAll CommandLog<KeyRelationship, KeyRelationshipEvent> history,
      @ForAll @IntRange(min = 0, max = 10_000) int at) {
    List<KeyRelationshipEvent> events = history.events();
    List<List<KeyRelationshipEvent>> batches = history.batches();
    int cut = 0;
    for (List<KeyRelationshipEvent> batch : batches.subList(0, 1 + at % batches.size())) {
      cut += batch.size();
    }
    KeyRelationship snapshot = KeyRelationship.replay(events.subList(0, cut));
    assertEquals(cut, snapshot.version());
    assertEquals(
        history.state(), KeyRelationship.replay(snapshot, events.subList(cut, events.size())));
  }

  @Property(tries = 200)
  void restoringEveryAttributeGivesAnEqualKeyRelationship(
      @ForAll CommandLog<KeyRelationship, KeyRelationshipEvent> history) {
    KeyRelationship stored = history.state();
    KeyRelationship restored = restoredFromEveryAttribute(stored);
    assertEquals(stored, restored);
    assertEquals(stored.hashCode(), restored.hashCode());
    assertEquals(stored, KeyRelationship.replay(restored, List.of()));
  }

  @Property(tries = 200)
  void aRestoredSnapshotContinuesWithTheEventsAfterIt(
      @ForAll CommandLog<KeyRelationship, KeyRelationshipEvent> history,
      @ForAll @IntRange(min = 0, max = 10_000) int at) {
    List<KeyRelationshipEvent> events = history.events();
    List<List<KeyRelationshipEvent>> batches = history.batches();
    int cut = 0;
    for (List<KeyRelationshipEvent> batch : batches.subList(0, 1 + at % batches.size())) {
      cut += batch.size();
    }
    KeyRelationship snapshot = KeyRelationship.replay(events.subList(0, cut));
    KeyRelationship restored = restoredFromEveryAttribute(snapshot);
    assertEquals(snapshot, restored);
    assertEquals(
        history.state(), KeyRelationship.replay(restored, events.subList(cut, events.size())));
  }

  /** Restores a state by setting each of its attributes, as a codec reading a snapshot does. */
  private static KeyRelationship restoredFromEveryAttribute(KeyRelationship stored) {
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
}
