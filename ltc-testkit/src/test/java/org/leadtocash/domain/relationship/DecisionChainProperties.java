package org.leadtocash.domain.relationship;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.leadtocash.domain.common.PersonId;
import org.leadtocash.domain.common.RuleId;
import org.leadtocash.domain.common.RuleViolationException;

/**
 * Properties of editing a {@link DecisionChain} (DOMAIN D7.2): random reporting lines and
 * influences between the people of one of the kit's chains, each accepted exactly when a simple
 * reference model of the organisation chart accepts it; a refused edit changes nothing; the
 * reporting lines always form a forest.
 */
class DecisionChainProperties {

  /**
   * One attempted edit between the chain's people, by their places in it (modulo their number): a
   * reporting line, or an influence of some strength.
   */
  record Edit(int from, int to, Optional<InfluenceStrength> influence) {}

  @Provide
  Arbitrary<List<Edit>> edits() {
    Arbitrary<Integer> person = Arbitraries.integers().between(0, 5);
    return Combinators.combine(
            person, person, Arbitraries.of(InfluenceStrength.class).optional(0.3))
        .as(Edit::new)
        .list()
        .ofMaxSize(25);
  }

  @Property(tries = 300)
  void editsAreAcceptedExactlyWhenTheOrganisationChartStaysAForest(
      @ForAll DecisionChain chain, @ForAll("edits") List<Edit> edits) {
    List<PersonId> people = chain.people().stream().map(KeyPerson::id).toList();
    DecisionChain.Builder builder = chain.toBuilder();
    Map<PersonId, PersonId> managers = new HashMap<>();
    for (PersonId person : people) {
      chain.manager(person).ifPresent(manager -> managers.put(person, manager));
    }
    for (Edit edit : edits) {
      PersonId from = people.get(edit.from() % people.size());
      PersonId to = people.get(edit.to() % people.size());
      DecisionChain before = builder.build();
      if (from.equals(to)) {
        assertThrows(IllegalArgumentException.class, () -> apply(builder, edit, from, to));
        assertEquals(before, builder.build(), "a refused edit changes nothing");
        Statistics.label("edit").collect("self");
        continue;
      }
      if (edit.influence().isPresent()) {
        apply(builder, edit, from, to);
        assertEquals(
            edit.influence(),
            Optional.ofNullable(builder.build().influencersOf(to).get(from)),
            "D7.2: the latest influence is kept");
        Statistics.label("edit").collect("influence");
        continue;
      }
      boolean accepted = modelAccepts(managers, from, to);
      Statistics.label("edit").collect(accepted ? "line accepted" : "line refused");
      if (accepted) {
        apply(builder, edit, from, to);
        managers.put(from, to);
        assertEquals(Optional.of(to), builder.build().manager(from));
      } else {
        RuleViolationException e =
            assertThrows(RuleViolationException.class, () -> apply(builder, edit, from, to));
        assertEquals(RuleId.of("D7.2"), e.rule());
        assertEquals(before, builder.build(), "a refused edit changes nothing");
      }
      assertForest(builder.build());
    }
  }

  private static void apply(DecisionChain.Builder builder, Edit edit, PersonId from, PersonId to) {
    if (edit.influence().isPresent()) {
      builder.influences(from, to, edit.influence().orElseThrow());
    } else {
      builder.reportsTo(from, to);
    }
  }

  /** The reference model: one manager each, and no one above themselves. */
  private static boolean modelAccepts(
      Map<PersonId, PersonId> managers, PersonId from, PersonId to) {
    PersonId current = managers.get(from);
    if (current != null && !current.equals(to)) {
      return false;
    }
    for (PersonId above = to; above != null; above = managers.get(above)) {
      if (above.equals(from)) {
        return false;
      }
    }
    return true;
  }

  private static void assertForest(DecisionChain chain) {
    for (KeyPerson person : chain.people()) {
      long managers =
          chain.graph().successors(person.id()).stream()
              .filter(m -> chain.graph().edgeValue(person.id(), m).orElseThrow().reportsTo())
              .count();
      assertTrue(managers <= 1, person.id() + " has one manager at most");
      Optional<PersonId> above = chain.manager(person.id());
      for (int steps = 0; above.isPresent(); steps++) {
        assertTrue(
            steps < chain.people().size(), "no cycle of reporting lines above " + person.id());
        above = chain.manager(above.orElseThrow());
      }
    }
  }
}
