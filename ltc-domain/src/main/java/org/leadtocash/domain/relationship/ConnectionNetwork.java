package org.leadtocash.domain.relationship;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import com.google.common.graph.ElementOrder;
import com.google.common.graph.ImmutableValueGraph;
import com.google.common.graph.MutableValueGraph;
import com.google.common.graph.ValueGraph;
import com.google.common.graph.ValueGraphBuilder;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.leadtocash.domain.common.EmployeeId;
import org.leadtocash.domain.common.PersonId;

/**
 * Who knows whom (DOMAIN D7.10): our people and other people, joined by typed connections — family,
 * colleagues, friends, the customer's customers, suppliers, neighbours, school, education,
 * religion, clubs. It answers how to reach a person of the decision chain: the step {@link
 * ReachStep#CONNECT connect} between {@link ReachStep#FIND_TARGET finding the target} and {@link
 * ReachStep#INFLUENCE influencing them}.
 *
 * <p>The network is an undirected {@link #graph() graph} of {@link Contact}s; the value of an edge
 * is the set of connection types between the two (two people may be colleagues and neighbours). It
 * is immutable and built with a {@link Builder}; a connection of a person to themselves is refused.
 *
 * <p>{@link #paths(Set, PersonId, int)} lists every way to reach a person within a number of hops,
 * best first by {@link ConnectionPath#bestFirst()}: fewest hops, then strongest weakest link, then
 * greatest total strength, then by the contacts' ids. A hop between two people connected in several
 * ways counts as their strongest connection.
 */
public final class ConnectionNetwork {

  /** The most hops {@link #paths} looks through: six degrees of separation. */
  public static final int MAX_HOPS = 6;

  private final ImmutableValueGraph<Contact, Set<ConnectionType>> graph;

  private ConnectionNetwork(ImmutableValueGraph<Contact, Set<ConnectionType>> graph) {
    this.graph = graph;
  }

  /** {@return a new builder for an empty network; never null} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the connections: an undirected graph whose nodes are the contacts, in the order they
   * were first connected, and whose edge values are the connection types between two contacts.
   *
   * @return an immutable graph; never null
   */
  public ValueGraph<Contact, Set<ConnectionType>> graph() {
    return graph;
  }

  /**
   * Returns how two contacts are connected.
   *
   * @param one a contact; not null
   * @param other another contact; not null
   * @return the connection types between them, in declaration order; empty if they are not
   *     connected or not in the network; never null
   */
  public Set<ConnectionType> connections(Contact one, Contact other) {
    Objects.requireNonNull(one, "one");
    Objects.requireNonNull(other, "other");
    if (!graph.nodes().contains(one) || !graph.nodes().contains(other)) {
      return ImmutableSet.of();
    }
    return graph.edgeValue(one, other).orElse(ImmutableSet.of());
  }

  /**
   * Returns every way to reach a person from one of ours within {@code maxHops}, best first.
   *
   * <p>Each path starts at one of {@code from}, ends at {@code to}, visits no one twice and passes
   * through none of {@code from} on the way (that person's own, shorter path is listed instead).
   * The ranking is {@link ConnectionPath#bestFirst()}: fewest hops first; then the strongest
   * weakest link by {@link ConnectionType#strength()} (family &gt; friend &gt; school &gt;
   * colleague &gt; neighbour &gt; club &gt; education &gt; religion &gt; customer's customer &gt;
   * supplier); then the greatest total strength; then the contacts' ids, ours first. Each hop is
   * shown by the strongest connection between its two people.
   *
   * @param from our people who may make the connection; not null, not empty; people not in the
   *     network have no paths
   * @param to the person to reach; not null; a person not in the network has no paths
   * @param maxHops the most hops a path may have, from 1 to {@value #MAX_HOPS}
   * @return an immutable list, best first; empty if the person cannot be reached; never null
   * @throws IllegalArgumentException if {@code from} is empty or {@code maxHops} is out of range
   */
  public List<ConnectionPath> paths(Set<EmployeeId> from, PersonId to, int maxHops) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    from.forEach(e -> Objects.requireNonNull(e, "from"));
    checkArgument(!from.isEmpty(), "name at least one of our people to start from (DOMAIN D7.10)");
    checkArgument(
        maxHops >= 1 && maxHops <= MAX_HOPS, "maxHops is from 1 to %s, not %s", MAX_HOPS, maxHops);
    Contact target = Contact.of(to);
    if (!graph.nodes().contains(target)) {
      return ImmutableList.of();
    }
    Set<Contact> starts = new LinkedHashSet<>();
    for (EmployeeId employee : from) {
      starts.add(Contact.of(employee));
    }
    Map<Contact, Integer> distance = distancesTo(target, maxHops);
    List<ConnectionPath> paths = new ArrayList<>();
    for (Contact start : starts) {
      if (distance.containsKey(start)) {
        Deque<Contact> trail = new ArrayDeque<>();
        trail.addLast(start);
        extend(trail, target, starts, distance, maxHops, paths);
      }
    }
    paths.sort(ConnectionPath.bestFirst());
    return ImmutableList.copyOf(paths);
  }

  /**
   * Returns every way for one of our people to reach a person within {@code maxHops}, best first;
   * see {@link #paths(Set, PersonId, int)}.
   *
   * @param from the employee; not null
   * @param to the person to reach; not null
   * @param maxHops the most hops, from 1 to {@value #MAX_HOPS}
   * @return an immutable list, best first; never null
   * @throws IllegalArgumentException if {@code maxHops} is out of range
   */
  public List<ConnectionPath> paths(EmployeeId from, PersonId to, int maxHops) {
    return paths(ImmutableSet.of(Objects.requireNonNull(from, "from")), to, maxHops);
  }

  /**
   * Returns the best way to reach a person, the first of {@link #paths(Set, PersonId, int)}.
   *
   * @param from our people who may make the connection; not null, not empty
   * @param to the person to reach; not null
   * @param maxHops the most hops, from 1 to {@value #MAX_HOPS}
   * @return the best path, or empty if the person cannot be reached; never null
   * @throws IllegalArgumentException if {@code from} is empty or {@code maxHops} is out of range
   */
  public Optional<ConnectionPath> best(Set<EmployeeId> from, PersonId to, int maxHops) {
    return paths(from, to, maxHops).stream().findFirst();
  }

  /**
   * Returns how far our people have come into a person's life (D7.10): the deepest circle of any
   * direct connection between one of them and the person. The standard of progress is to go from
   * the {@link ContactCircle#WORK_CIRCLE work circle} into the {@link ContactCircle#LIFE_CIRCLE
   * life circle}.
   *
   * @param ours our people; not null
   * @param person the person; not null
   * @return the life circle if any of ours has a life-circle connection with the person, else the
   *     work circle if any has a work connection, else empty; never null
   */
  public Optional<ContactCircle> circleReached(Set<EmployeeId> ours, PersonId person) {
    Objects.requireNonNull(ours, "ours");
    Objects.requireNonNull(person, "person");
    return ours.stream()
        .map(e -> connections(Contact.of(e), Contact.of(person)))
        .flatMap(Set::stream)
        .map(ConnectionType::circle)
        .max(Comparator.naturalOrder());
  }

  /** {@return whether the other object is a network with the same contacts and connections} */
  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof ConnectionNetwork that && graph.equals(that.graph);
  }

  @Override
  public int hashCode() {
    return graph.hashCode();
  }

  /** {@return e.g. {@code Connection network: 12 contacts, 15 connections}} */
  @Override
  public String toString() {
    return "Connection network: "
        + graph.nodes().size()
        + " contacts, "
        + graph.edges().size()
        + " connections";
  }

  /** Breadth-first distances to the target, up to {@code maxHops}; the pruning bound of paths. */
  private Map<Contact, Integer> distancesTo(Contact target, int maxHops) {
    Map<Contact, Integer> distance = new HashMap<>();
    distance.put(target, 0);
    Deque<Contact> queue = new ArrayDeque<>();
    queue.add(target);
    while (!queue.isEmpty()) {
      Contact current = queue.removeFirst();
      int next = distance.getOrDefault(current, 0) + 1;
      if (next > maxHops) {
        continue;
      }
      for (Contact neighbour : graph.adjacentNodes(current)) {
        if (!distance.containsKey(neighbour)) {
          distance.put(neighbour, next);
          queue.addLast(neighbour);
        }
      }
    }
    return distance;
  }

  /** Depth-first: extends the trail by every neighbour that can still reach the target in time. */
  private void extend(
      Deque<Contact> trail,
      Contact target,
      Set<Contact> starts,
      Map<Contact, Integer> distance,
      int maxHops,
      List<ConnectionPath> paths) {
    Contact last = trail.getLast();
    int hops = trail.size() - 1;
    for (Contact next : graph.adjacentNodes(last)) {
      Integer remaining = distance.get(next);
      if (remaining == null
          || hops + 1 + remaining > maxHops
          || trail.contains(next)
          || starts.contains(next)) {
        continue;
      }
      trail.addLast(next);
      if (next.equals(target)) {
        paths.add(path(trail));
      } else {
        extend(trail, target, starts, distance, maxHops, paths);
      }
      trail.removeLast();
    }
  }

  private ConnectionPath path(Deque<Contact> trail) {
    List<Contact> contacts = List.copyOf(trail);
    ImmutableList.Builder<ConnectionType> links = ImmutableList.builder();
    for (int i = 0; i + 1 < contacts.size(); i++) {
      links.add(strongest(graph.edgeValue(contacts.get(i), contacts.get(i + 1)).orElseThrow()));
    }
    return new ConnectionPath(contacts, links.build());
  }

  private static ConnectionType strongest(Set<ConnectionType> types) {
    return types.stream().max(Comparator.comparingInt(ConnectionType::strength)).orElseThrow();
  }

  /** Builds a {@link ConnectionNetwork}, one connection at a time. */
  public static final class Builder {

    private final MutableValueGraph<Contact, Set<ConnectionType>> graph =
        ValueGraphBuilder.undirected()
            .allowsSelfLoops(false)
            .nodeOrder(ElementOrder.<Contact>insertion())
            .incidentEdgeOrder(ElementOrder.<Contact>stable())
            .build();

    private Builder() {}

    /**
     * Records that two contacts know each other by a type of connection; connecting them again by
     * another type adds it, by the same type changes nothing.
     *
     * @param one a contact; not null
     * @param other another contact; not null
     * @param type how they know each other; not null
     * @return this builder
     * @throws IllegalArgumentException if {@code one} and {@code other} are the same contact
     */
    @CanIgnoreReturnValue
    public Builder connect(Contact one, Contact other, ConnectionType type) {
      Objects.requireNonNull(one, "one");
      Objects.requireNonNull(other, "other");
      Objects.requireNonNull(type, "type");
      checkArgument(!one.equals(other), "%s cannot be connected to themselves (DOMAIN D7.10)", one);
      EnumSet<ConnectionType> types = EnumSet.of(type);
      graph.edgeValue(one, other).ifPresent(types::addAll);
      graph.putEdgeValue(one, other, Sets.immutableEnumSet(types));
      return this;
    }

    /**
     * Records that one of our people knows another person; see {@link #connect(Contact, Contact,
     * ConnectionType)}.
     *
     * @param ours our employee; not null
     * @param person the other person; not null
     * @param type how they know each other; not null
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder connect(EmployeeId ours, PersonId person, ConnectionType type) {
      Objects.requireNonNull(ours, "ours");
      Objects.requireNonNull(person, "person");
      return connect(Contact.of(ours), Contact.of(person), type);
    }

    /**
     * Records that two people who are not ours know each other; see {@link #connect(Contact,
     * Contact, ConnectionType)}.
     *
     * @param one a person; not null
     * @param other another person; not null
     * @param type how they know each other; not null
     * @return this builder
     * @throws IllegalArgumentException if they are the same person
     */
    @CanIgnoreReturnValue
    public Builder connect(PersonId one, PersonId other, ConnectionType type) {
      Objects.requireNonNull(one, "one");
      Objects.requireNonNull(other, "other");
      return connect(Contact.of(one), Contact.of(other), type);
    }

    /** {@return the network; never null} */
    public ConnectionNetwork build() {
      return new ConnectionNetwork(ImmutableValueGraph.copyOf(graph));
    }
  }
}
