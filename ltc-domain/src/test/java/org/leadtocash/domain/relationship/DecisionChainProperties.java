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
import org.leadtocash.domain.common.CustomerId;
import org.leadtocash.domain.common.PersonId;
import org.leadtocash.domain.common.RuleId;
import org.leadtocash.domain.common.RuleViolationException;

/**
 * Properties of building a {@link DecisionChain} (DOMAIN D7.2) from random reporting lines and
 * influences: each edit is accepted exactly when a simple reference model of the organisation chart
 * accepts it; a refused edit changes nothing; the reporting lines always form a forest.
 */
class DecisionChainProperties {

  private static final int PEOPLE = 6;

  /** One attempted edit: a reporting line, or an influence of some strength. */
  record Edit(int from, int to, Optional<InfluenceStrength> influence) {}

  @Provide
  Arbitrary<List<Edit>> edits() {
    Arbitrary<Integer> person = Arbitraries.integers().between(0, PEOPLE - 1);
    return Combinators.combine(
            person, person, Arbitraries.of(InfluenceStrength.class).optional(0.3))
        .as(Edit::new)
        .list()
        .ofMaxSize(25);
  }

  private static PersonId id(int index) {
    return PersonId.of("P-" + index);
  }

  @Property(tries = 300)
  void editsAreAcceptedExactlyWhenTheOrganisationChartStaysAForest(
      @ForAll("edits") List<Edit> edits) {
    DecisionChain.Builder builder = DecisionChain.builder(CustomerId.of("CU-1"));
    for (int i = 0; i < PEOPLE; i++) {
      builder.person(
          KeyPerson.builder()
              .id(id(i))
              .name("Person " + i)
              .title("Title " + i)
              .position(PositionKind.MANAGER)
              .addRole(DecisionRole.INFLUENCER)
              .build());
    }
    Map<Integer, Integer> managers = new HashMap<>();
    for (Edit edit : edits) {
      DecisionChain before = builder.build();
      if (edit.from() == edit.to()) {
        assertThrows(IllegalArgumentException.class, () -> apply(builder, edit));
        assertEquals(before, builder.build(), "a refused edit changes nothing");
        Statistics.label("edit").collect("self");
        continue;
      }
      if (edit.influence().isPresent()) {
        apply(builder, edit);
        assertEquals(
            edit.influence(),
            builder.build().influencersOf(id(edit.to())).entrySet().stream()
                .filter(e -> e.getKey().equals(id(edit.from())))
                .map(Map.Entry::getValue)
                .findFirst());
        Statistics.label("edit").collect("influence");
        continue;
      }
      boolean accepted = modelAccepts(managers, edit.from(), edit.to());
      Statistics.label("edit").collect(accepted ? "line accepted" : "line refused");
      if (accepted) {
        apply(builder, edit);
        managers.put(edit.from(), edit.to());
        assertEquals(Optional.of(id(edit.to())), builder.build().manager(id(edit.from())));
      } else {
        RuleViolationException e =
            assertThrows(RuleViolationException.class, () -> apply(builder, edit));
        assertEquals(RuleId.of("D7.2"), e.rule());
        assertEquals(before, builder.build(), "a refused edit changes nothing");
      }
      assertForest(builder.build());
    }
  }

  private static void apply(DecisionChain.Builder builder, Edit edit) {
    if (edit.influence().isPresent()) {
      builder.influences(id(edit.from()), id(edit.to()), edit.influence().orElseThrow());
    } else {
      builder.reportsTo(id(edit.from()), id(edit.to()));
    }
  }

  /** The reference model: one manager each, and no one above themselves. */
  private static boolean modelAccepts(Map<Integer, Integer> managers, int from, int to) {
    Integer current = managers.get(from);
    if (current != null && current != to) {
      return false;
    }
    for (Integer above = to; above != null; above = managers.get(above)) {
      if (above == from) {
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
        assertTrue(steps < PEOPLE, "no cycle of reporting lines above " + person.id());
        above = chain.manager(above.orElseThrow());
      }
    }
  }
}
