package org.leadtocash.domain.relationship;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import org.leadtocash.domain.common.EmployeeId;
import org.leadtocash.domain.common.PersonId;
import org.leadtocash.testkit.relationship.Relationships;

/**
 * Properties of {@link ConnectionNetwork#paths} (DOMAIN D7.10) over the kit's networks of up to
 * three of our people and seven others, cross-checked against a naive breadth-first search and a
 * naive enumeration of every simple path.
 */
class ConnectionPathProperties {

  /** One of the kit's networks and a question to ask it. */
  record Scenario(ConnectionNetwork network, Set<EmployeeId> from, PersonId target, int maxHops) {

    Set<Contact> starts() {
      Set<Contact> starts = new LinkedHashSet<>();
      from.forEach(e -> starts.add(Contact.of(e)));
      return starts;
    }

    List<ConnectionPath> paths() {
      return network.paths(from, target, maxHops);
    }
  }

  /**
   * A network of the kit, asked for one of its people (or, now and then, someone outside it) from
   * some of our people in it (and now and then one of ours outside it), within one to four hops.
   */
  @Provide
  Arbitrary<Scenario> scenarios() {
    return Relationships.networks()
        .flatMap(
            network -> {
              List<EmployeeId> ours = new ArrayList<>();
              List<PersonId> theirs = new ArrayList<>();
              for (Contact contact : network.graph().nodes()) {
                if (contact instanceof Contact.Employee employee) {
                  ours.add(employee.id());
                } else if (contact instanceof Contact.Person person) {
                  theirs.add(person.id());
                }
              }
              ours.add(EmployeeId.of("E-OUTSIDE"));
              Arbitrary<PersonId> outside = Arbitraries.just(PersonId.of("P-OUTSIDE"));
              Arbitrary<PersonId> targets =
                  theirs.isEmpty()
                      ? outside
                      : Arbitraries.frequencyOf(
                          Tuple.of(9, Arbitraries.of(theirs)), Tuple.of(1, outside));
              return Combinators.combine(
                      Arbitraries.of(ours).set().ofMinSize(1).ofMaxSize(ours.size()),
                      targets,
                      Arbitraries.integers().between(1, 4))
                  .as((from, target, maxHops) -> new Scenario(network, from, target, maxHops));
            });
  }

  @Property(tries = 300)
  void everyPathStartsAtOursEndsAtTheTargetAndFollowsConnections(
      @ForAll("scenarios") Scenario scenario) {
    ConnectionNetwork network = scenario.network();
    List<ConnectionPath> paths = scenario.paths();
    Statistics.label("paths")
        .collect(paths.isEmpty() ? "none" : paths.size() == 1 ? "one" : "many");
    for (ConnectionPath path : paths) {
      assertTrue(scenario.from().contains(path.from()), "starts at one of ours: " + path);
      assertEquals(scenario.target(), path.to(), "ends at the target");
      assertTrue(path.hops() <= scenario.maxHops(), "respects maxHops: " + path);
      assertEquals(
          path.contacts().size(), new HashSet<>(path.contacts()).size(), "no repeated contact");
      for (int i = 0; i < path.hops(); i++) {
        Set<ConnectionType> types =
            network.connections(path.contacts().get(i), path.contacts().get(i + 1));
        assertFalse(types.isEmpty(), "each hop is a connection: " + path);
        ConnectionType strongest =
            types.stream().max(Comparator.comparingInt(ConnectionType::strength)).orElseThrow();
        assertEquals(strongest, path.links().get(i), "each hop shows its strongest connection");
      }
      for (Contact inside : path.contacts().subList(1, path.contacts().size() - 1)) {
        assertFalse(scenario.starts().contains(inside), "no detour through ours: " + path);
      }
    }
    assertEquals(paths.size(), new HashSet<>(paths).size(), "no path twice");
  }

  @Property(tries = 300)
  void pathsAreSortedByTheDocumentedRank(@ForAll("scenarios") Scenario scenario) {
    List<ConnectionPath> paths = scenario.paths();
    for (int i = 0; i + 1 < paths.size(); i++) {
      assertTrue(
          rank(paths.get(i), paths.get(i + 1)) < 0,
          "best first: " + paths.get(i) + " before " + paths.get(i + 1));
    }
  }

  @Property(tries = 300)
  void theFirstPathHasTheFewestHopsOfANaiveSearch(@ForAll("scenarios") Scenario scenario) {
    ConnectionNetwork network = scenario.network();
    List<ConnectionPath> paths = scenario.paths();
    int shortest = naiveShortest(network, scenario.starts(), Contact.of(scenario.target()));
    if (shortest <= scenario.maxHops()) {
      assertFalse(paths.isEmpty(), "reachable in " + shortest + " hops");
      assertEquals(shortest, paths.get(0).hops());
    } else {
      assertTrue(paths.isEmpty(), "not reachable within maxHops: " + paths);
    }
  }

  @Property(tries = 300)
  void pathsAreExactlyTheNaivelyEnumeratedOnes(@ForAll("scenarios") Scenario scenario) {
    ConnectionNetwork network = scenario.network();
    Set<List<Contact>> expected = new HashSet<>();
    Contact target = Contact.of(scenario.target());
    for (Contact start : scenario.starts()) {
      if (network.graph().nodes().contains(start)) {
        Deque<Contact> trail = new ArrayDeque<>(List.of(start));
        enumerate(network, trail, target, scenario.starts(), scenario.maxHops(), expected);
      }
    }
    Set<List<Contact>> found = new HashSet<>();
    scenario.paths().forEach(p -> found.add(p.contacts()));
    assertEquals(expected, found);
  }

  /**
   * The documented rank, written out independently of {@link ConnectionPath#bestFirst()}: fewer
   * hops, stronger weakest link, greater total, then contacts (ours first, then by id value).
   */
  private static int rank(ConnectionPath a, ConnectionPath b) {
    if (a.hops() != b.hops()) {
      return Integer.compare(a.hops(), b.hops());
    }
    int weakestA = a.links().stream().mapToInt(ConnectionType::strength).min().orElseThrow();
    int weakestB = b.links().stream().mapToInt(ConnectionType::strength).min().orElseThrow();
    if (weakestA != weakestB) {
      return Integer.compare(weakestB, weakestA);
    }
    int totalA = a.links().stream().mapToInt(ConnectionType::strength).sum();
    int totalB = b.links().stream().mapToInt(ConnectionType::strength).sum();
    if (totalA != totalB) {
      return Integer.compare(totalB, totalA);
    }
    for (int i = 0; i < a.contacts().size(); i++) {
      Contact x = a.contacts().get(i);
      Contact y = b.contacts().get(i);
      if (x.ours() != y.ours()) {
        return x.ours() ? -1 : 1;
      }
      int byId = x.id().value().compareTo(y.id().value());
      if (byId != 0) {
        return byId;
      }
    }
    return 0;
  }

  /** Multi-source breadth-first search: the fewest hops from any start to the target. */
  private static int naiveShortest(ConnectionNetwork network, Set<Contact> starts, Contact target) {
    Map<Contact, Integer> distance = new HashMap<>();
    Deque<Contact> queue = new ArrayDeque<>();
    for (Contact start : starts) {
      if (network.graph().nodes().contains(start)) {
        distance.put(start, 0);
        queue.add(start);
      }
    }
    while (!queue.isEmpty()) {
      Contact current = queue.removeFirst();
      if (current.equals(target)) {
        return distance.get(current);
      }
      for (Contact next : network.graph().adjacentNodes(current)) {
        if (!distance.containsKey(next)) {
          distance.put(next, distance.get(current) + 1);
          queue.addLast(next);
        }
      }
    }
    return Integer.MAX_VALUE;
  }

  /** Every simple path from the trail's start to the target within maxHops, without pruning. */
  private static void enumerate(
      ConnectionNetwork network,
      Deque<Contact> trail,
      Contact target,
      Set<Contact> starts,
      int maxHops,
      Set<List<Contact>> out) {
    if (trail.getLast().equals(target)) {
      out.add(new ArrayList<>(trail));
      return;
    }
    if (trail.size() - 1 == maxHops) {
      return;
    }
    for (Contact next : network.graph().adjacentNodes(trail.getLast())) {
      if (!trail.contains(next) && !starts.contains(next)) {
        trail.addLast(next);
        enumerate(network, trail, target, starts, maxHops, out);
        trail.removeLast();
      }
    }
  }
}
