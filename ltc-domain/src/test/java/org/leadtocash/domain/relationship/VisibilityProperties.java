package org.leadtocash.domain.relationship;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leadtocash.domain.relationship.RelationshipLevelsFixtures.SECRETS;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import org.leadtocash.domain.common.AccessDeniedException;
import org.leadtocash.domain.common.EmployeeId;
import org.leadtocash.domain.common.PersonId;
import org.leadtocash.domain.common.RuleId;

/**
 * Who may read relationship cards, over random hierarchies, cards and readers (DOMAIN D7.8): a read
 * succeeds exactly when the reader is the card's owner or one of the owner's managers at any depth,
 * {@code readableBy} returns exactly those cards, and no personal profile ever appears in a message
 * or a {@code toString()}.
 */
class VisibilityProperties {

  /**
   * Employees {@code E-0 … E-(n-1)}: {@code managers[i]} is the index of i's manager, or -1 at the
   * top, and may point anywhere (even to i, or to {@code n}, who is not a member) unless the
   * hierarchy is generated as a forest; {@code order} is the order of adding them to the builder.
   */
  record Hierarchy(List<Integer> managers, List<Integer> order) {

    int size() {
      return managers.size();
    }

    static EmployeeId employee(int index) {
      return EmployeeId.of("E-" + index);
    }

    Organisation.Builder builder() {
      Organisation.Builder builder = Organisation.builder();
      for (int i : order) {
        int manager = managers.get(i);
        if (manager < 0) {
          builder.member(employee(i));
        } else {
          builder.member(employee(i), employee(manager));
        }
      }
      return builder;
    }

    /** The reference answer: walks up from {@code employee}; assumes a forest. */
    boolean isAbove(int manager, int employee) {
      int current = employee < size() ? managers.get(employee) : -1;
      while (current >= 0) {
        if (current == manager) {
          return true;
        }
        current = managers.get(current);
      }
      return false;
    }

    /** Whether every manager is a member and walking up always ends. */
    boolean isForest() {
      for (int i = 0; i < size(); i++) {
        Set<Integer> seen = new HashSet<>();
        int current = i;
        while (current >= 0) {
          if (current >= size() || !seen.add(current)) {
            return false;
          }
          current = managers.get(current);
        }
      }
      return true;
    }
  }

  /** A forest, the owners of cards {@code P-0 … P-(k-1)} (index {@code n} is an outsider). */
  record Office(Hierarchy hierarchy, List<Integer> owners) {

    RelationshipCards cards() {
      return RelationshipCards.of(IntStream.range(0, owners.size()).mapToObj(this::card).toList());
    }

    RelationshipCard card(int person) {
      return RelationshipLevelsFixtures.card(
          PersonId.of("P-" + person), Hierarchy.employee(owners.get(person)));
    }
  }

  @Property(tries = 300)
  void aCardIsReadByItsOwnerAndTheManagersAboveThemOnly(@ForAll("offices") Office office) {
    Hierarchy hierarchy = office.hierarchy();
    Organisation organisation = hierarchy.builder().build();
    RelationshipCards cards = office.cards();
    assertNoSecretIn(cards.toString());
    int refused = 0;
    for (int reader = 0; reader <= hierarchy.size(); reader++) {
      EmployeeId who = Hierarchy.employee(reader);
      List<RelationshipCard> permitted = new ArrayList<>();
      for (int person = 0; person < office.owners().size(); person++) {
        int owner = office.owners().get(person);
        RelationshipCard card = office.card(person);
        assertNoSecretIn(card.toString());
        PersonId id = PersonId.of("P-" + person);
        if (reader == owner || hierarchy.isAbove(reader, owner)) {
          permitted.add(card);
          assertEquals(Optional.of(card), cards.read(id, who, organisation));
        } else {
          refused++;
          AccessDeniedException e =
              assertThrows(AccessDeniedException.class, () -> cards.read(id, who, organisation));
          assertEquals(RuleId.of("D7.8"), e.rule());
          assertTrue(e.getMessage().contains("[DOMAIN D7.8]"), e.getMessage());
          assertNoSecretIn(e.getMessage());
          assertNoSecretIn(e.toString());
        }
      }
      assertEquals(permitted, cards.readableBy(who, organisation), "readable by " + who);
    }
    Statistics.label("some reads refused").collect(refused > 0);
  }

  @Property(tries = 300)
  void isManagerOfIsTheTransitiveReportingLine(@ForAll("offices") Office office) {
    Hierarchy hierarchy = office.hierarchy();
    Organisation organisation = hierarchy.builder().build();
    for (int a = 0; a <= hierarchy.size(); a++) {
      Set<EmployeeId> below = new HashSet<>();
      for (int b = 0; b <= hierarchy.size(); b++) {
        boolean above = hierarchy.isAbove(a, b);
        assertEquals(
            above,
            organisation.isManagerOf(Hierarchy.employee(a), Hierarchy.employee(b)),
            () -> organisation.toString());
        if (above) {
          below.add(Hierarchy.employee(b));
        }
      }
      assertEquals(below, organisation.peopleBelow(Hierarchy.employee(a)));
    }
    Hierarchy inOrder =
        new Hierarchy(hierarchy.managers(), IntStream.range(0, hierarchy.size()).boxed().toList());
    assertEquals(inOrder.builder().build(), organisation, "the order of adding does not matter");
  }

  @Property(tries = 300)
  void anOrganisationIsBuiltExactlyWhenItsReportingLinesAreAForest(
      @ForAll("anyLines") Hierarchy hierarchy) {
    Statistics.label("forest").collect(hierarchy.isForest());
    if (hierarchy.isForest()) {
      assertEquals(
          IntStream.range(0, hierarchy.size())
              .mapToObj(Hierarchy::employee)
              .collect(Collectors.toSet()),
          hierarchy.builder().build().members());
    } else {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> hierarchy.builder().build());
      assertTrue(e.getMessage().contains("DOMAIN D7.8"), e.getMessage());
    }
  }

  static void assertNoSecretIn(String text) {
    for (String secret : SECRETS) {
      assertFalse(text.contains(secret), () -> "personal data printed: " + text);
    }
  }

  @Provide
  Arbitrary<Office> offices() {
    return Arbitraries.integers()
        .between(1, 9)
        .flatMap(
            n -> {
              Arbitrary<List<Integer>> managers =
                  Combinators.combine(
                          IntStream.range(0, n)
                              .mapToObj(i -> Arbitraries.integers().between(-1, i - 1))
                              .toList())
                      .as(List::copyOf);
              Arbitrary<List<Integer>> order =
                  Arbitraries.shuffle(IntStream.range(0, n).boxed().toList());
              Arbitrary<List<Integer>> owners =
                  Arbitraries.integers().between(0, n).list().ofMaxSize(6);
              return Combinators.combine(managers, order, owners)
                  .as((m, o, w) -> new Office(new Hierarchy(m, o), w));
            });
  }

  /** Reporting lines of any shape: forests, cycles, self-management, unknown managers. */
  @Provide
  Arbitrary<Hierarchy> anyLines() {
    return Arbitraries.integers()
        .between(1, 7)
        .flatMap(
            n -> {
              Arbitrary<Integer> manager =
                  Arbitraries.frequencyOf(
                      Tuple.of(2, Arbitraries.just(-1)),
                      Tuple.of(6, Arbitraries.integers().between(0, n - 1)),
                      Tuple.of(1, Arbitraries.just(n)));
              return Combinators.combine(
                      manager.list().ofSize(n),
                      Arbitraries.shuffle(IntStream.range(0, n).boxed().toList()))
                  .as(Hierarchy::new);
            });
  }
}
