package org.leadtocash.domain.relationship;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leadtocash.testkit.relationship.CardRule.everyone;
import static org.leadtocash.testkit.relationship.CardRule.isAbove;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.statistics.Statistics;
import org.leadtocash.domain.common.AccessDeniedException;
import org.leadtocash.domain.common.CustomerId;
import org.leadtocash.domain.common.EmployeeId;
import org.leadtocash.domain.common.PersonId;
import org.leadtocash.domain.common.RuleId;
import org.leadtocash.domain.testing.PersonalData;
import org.leadtocash.testkit.relationship.Relationships;

/**
 * Who may read relationship cards, over the kit's organisations and random owners and readers
 * (DOMAIN D7.8): a read succeeds exactly when the reader is the card's owner or one of the owner's
 * managers at any depth, {@code readableBy} returns exactly those cards, no personal profile ever
 * appears in a message or a {@code toString()}, and an organisation is built exactly when its
 * reporting lines form a forest.
 */
class VisibilityProperties {

  /** The card of person {@code P-i}, held by an owner; every card carries secret personal data. */
  private static RelationshipCard card(int person, EmployeeId owner) {
    return PersonalData.card(CustomerId.of("CU-1"), PersonId.of("P-" + person), owner);
  }

  @Property(tries = 300)
  void aCardIsReadByItsOwnerAndTheManagersAboveThemOnly(
      @ForAll("organisations") Organisation organisation,
      @ForAll @Size(max = 6) List<Integer> owners) {
    List<EmployeeId> everyone = everyone(organisation);
    List<RelationshipCard> list = new ArrayList<>();
    for (int person = 0; person < owners.size(); person++) {
      list.add(card(person, everyone.get(Math.floorMod(owners.get(person), everyone.size()))));
    }
    RelationshipCards cards = RelationshipCards.of(list);
    PersonalData.assertNoSecretIn(cards.toString());
    int refused = 0;
    for (EmployeeId reader : everyone) {
      List<RelationshipCard> permitted = new ArrayList<>();
      for (RelationshipCard card : list) {
        PersonalData.assertNoSecretIn(card.toString());
        if (reader.equals(card.owner()) || isAbove(organisation, reader, card.owner())) {
          permitted.add(card);
          assertEquals(card, cards.read(card.person(), reader, organisation));
          assertEquals(Optional.of(card), cards.find(card.person(), reader, organisation));
        } else {
          assertEquals(Optional.empty(), cards.find(card.person(), reader, organisation));
          refused++;
          AccessDeniedException e =
              assertThrows(
                  AccessDeniedException.class,
                  () -> cards.read(card.person(), reader, organisation));
          assertEquals(RuleId.of("D7.8"), e.rule());
          assertTrue(e.getMessage().contains("[DOMAIN D7.8]"), e.getMessage());
          PersonalData.assertNoSecretIn(e.getMessage());
          PersonalData.assertNoSecretIn(e.toString());
        }
      }
      assertEquals(permitted, cards.readableBy(reader, organisation), "readable by " + reader);
    }
    Statistics.label("some reads refused").collect(refused > 0);
  }

  @Property(tries = 300)
  void isManagerOfIsTheTransitiveReportingLine(
      @ForAll("organisations") Organisation organisation, @ForAll Random random) {
    List<EmployeeId> everyone = everyone(organisation);
    for (EmployeeId a : everyone) {
      Set<EmployeeId> below = new HashSet<>();
      for (EmployeeId b : everyone) {
        boolean above = isAbove(organisation, a, b);
        assertEquals(above, organisation.isManagerOf(a, b), organisation::toString);
        if (above) {
          below.add(b);
        }
      }
      assertEquals(below, organisation.peopleBelow(a));
    }
    List<EmployeeId> members = new ArrayList<>(organisation.members());
    Collections.shuffle(members, random);
    Organisation.Builder shuffled = Organisation.builder();
    for (EmployeeId member : members) {
      Optional<EmployeeId> manager = organisation.manager(member);
      if (manager.isPresent()) {
        shuffled.member(member, manager.get());
      } else {
        shuffled.member(member);
      }
    }
    assertEquals(organisation, shuffled.build(), "the order of adding does not matter");
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

  @Provide
  Arbitrary<Organisation> organisations() {
    return Relationships.organisations();
  }

  /**
   * Reporting lines of any shape, which the kit does not generate (it makes valid organisations
   * only): employees {@code E-0 … E-(n-1)}, {@code managers[i]} the index of i's manager or -1 at
   * the top — a forest, a cycle, someone managing themselves, a manager who is not a member ({@code
   * n}) — added to the builder in {@code order}.
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
              return net.jqwik.api.Combinators.combine(
                      manager.list().ofSize(n),
                      Arbitraries.shuffle(IntStream.range(0, n).boxed().toList()))
                  .as(Hierarchy::new);
            });
  }
}
