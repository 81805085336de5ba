package org.leadtocash.domain.relationship;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Iterables;
import com.google.common.graph.GraphBuilder;
import com.google.common.graph.ImmutableGraph;
import com.google.common.graph.Traverser;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.leadtocash.domain.common.EmployeeId;

/**
 * Our own people as a hierarchy (DOMAIN D7.8): each person has at most one manager, and there are
 * no cycles, so the organisation is a forest of trees. It answers who is {@link #isManagerOf above
 * whom}: a manager may see the relationship cards of the people below them, at any depth; peers may
 * not see each other's.
 *
 * <p>Built with a {@link #builder() builder}, in any order:
 *
 * <pre>{@code
 * Organisation organisation = Organisation.builder()
 *     .member(EmployeeId.of("E-CHEN"))                              // heads the office
 *     .member(EmployeeId.of("E-WANG"), EmployeeId.of("E-CHEN"))     // reports to E-CHEN
 *     .member(EmployeeId.of("E-LI"), EmployeeId.of("E-CHEN"))
 *     .build();
 * organisation.isManagerOf(EmployeeId.of("E-CHEN"), EmployeeId.of("E-WANG")); // true
 * organisation.isManagerOf(EmployeeId.of("E-LI"), EmployeeId.of("E-WANG"));   // false: peers
 * }</pre>
 *
 * <p>An employee who is not a member has no manager and no one below them. Two organisations are
 * equal when they have the same members and the same reporting lines.
 */
public final class Organisation {

  /** Reporting lines as a directed graph, each edge from a manager to a direct report. */
  private final ImmutableGraph<EmployeeId> chart;

  /**
   * Each member's place in a depth-first walk of the forest: who is above whom is then one
   * comparison, however deep the line (derived from {@link #chart}, so not part of equality).
   */
  private final ImmutableMap<EmployeeId, Span> spans;

  private Organisation(ImmutableGraph<EmployeeId> chart, ImmutableMap<EmployeeId, Span> spans) {
    this.chart = chart;
    this.spans = spans;
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return every member, in the order they were added; never null} */
  public Set<EmployeeId> members() {
    return ImmutableSet.copyOf(chart.nodes());
  }

  /**
   * Returns whether the employee is a member.
   *
   * @param employee the employee; not null
   * @return whether they belong to the organisation
   */
  public boolean contains(EmployeeId employee) {
    Objects.requireNonNull(employee, "employee");
    return chart.nodes().contains(employee);
  }

  /**
   * Returns the employee's direct manager.
   *
   * @param employee the employee; not null
   * @return the manager, or empty at the top or for a non-member; never null
   */
  public Optional<EmployeeId> manager(EmployeeId employee) {
    Objects.requireNonNull(employee, "employee");
    return contains(employee)
        ? Optional.ofNullable(Iterables.getOnlyElement(chart.predecessors(employee), null))
        : Optional.empty();
  }

  /**
   * Returns the employee's managers, nearest first, up to the top.
   *
   * @param employee the employee; not null
   * @return the managers, empty at the top or for a non-member; never null
   */
  public List<EmployeeId> managersOf(EmployeeId employee) {
    Objects.requireNonNull(employee, "employee");
    ImmutableList.Builder<EmployeeId> managers = ImmutableList.builder();
    Optional<EmployeeId> manager = manager(employee);
    while (manager.isPresent()) {
      managers.add(manager.orElseThrow());
      manager = manager(manager.orElseThrow());
    }
    return managers.build();
  }

  /**
   * Returns the people who report to the employee directly.
   *
   * @param employee the employee; not null
   * @return the direct reports, empty for a non-member; never null
   */
  public Set<EmployeeId> directReports(EmployeeId employee) {
    Objects.requireNonNull(employee, "employee");
    return contains(employee) ? ImmutableSet.copyOf(chart.successors(employee)) : ImmutableSet.of();
  }

  /**
   * Returns the people below the employee, at any depth: whose cards they may see (D7.8).
   *
   * @param employee the employee; not null
   * @return the people below, nearest levels first; empty for a non-member; never null
   */
  public Set<EmployeeId> peopleBelow(EmployeeId employee) {
    Objects.requireNonNull(employee, "employee");
    if (!contains(employee)) {
      return ImmutableSet.of();
    }
    return ImmutableSet.copyOf(Iterables.skip(Traverser.forTree(chart).breadthFirst(employee), 1));
  }

  /**
   * Returns whether {@code manager} is above {@code employee} in the hierarchy: their manager, or
   * their manager's manager, and so on (D7.8). Nobody is their own manager, and peers are not each
   * other's.
   *
   * @param manager the possible manager; not null
   * @param employee the employee; not null
   * @return whether {@code manager} is one of {@code employee}'s managers
   */
  public boolean isManagerOf(EmployeeId manager, EmployeeId employee) {
    Objects.requireNonNull(manager, "manager");
    Objects.requireNonNull(employee, "employee");
    Span above = spans.get(manager);
    Span below = spans.get(employee);
    return above != null && below != null && above.strictlyContains(below);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Organisation that && chart.equals(that.chart);
  }

  @Override
  public int hashCode() {
    return chart.hashCode();
  }

  /** {@return e.g. {@code Organisation[E-CHEN, E-WANG → E-CHEN, E-LI → E-CHEN]}} */
  @Override
  public String toString() {
    return chart.nodes().stream()
        .map(e -> manager(e).map(m -> e + " → " + m).orElse(e.toString()))
        .collect(Collectors.joining(", ", "Organisation[", "]"));
  }

  /**
   * A member's entry and exit in a depth-first walk: the people below a member are exactly those
   * whose span lies strictly inside the member's.
   */
  private record Span(int entry, int exit) {
    boolean strictlyContains(Span other) {
      return entry < other.entry && other.exit <= exit;
    }
  }

  /**
   * Builds an {@link Organisation}. Members may be added in any order; {@link #build()} checks that
   * every manager is a member and that no one is their own manager's manager.
   */
  public static final class Builder {

    private final Map<EmployeeId, Optional<EmployeeId>> managers = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Adds a member at the top: no manager.
     *
     * @param employee the member; not null, not yet added
     * @return this builder
     * @throws IllegalArgumentException if the employee is already a member
     */
    @CanIgnoreReturnValue
    public Builder member(EmployeeId employee) {
      return add(employee, Optional.empty());
    }

    /**
     * Adds a member who reports to a manager; the manager may be added before or after.
     *
     * @param employee the member; not null, not yet added
     * @param manager their manager; not null, not the employee
     * @return this builder
     * @throws IllegalArgumentException if the employee is already a member or is their own manager
     */
    @CanIgnoreReturnValue
    public Builder member(EmployeeId employee, EmployeeId manager) {
      Objects.requireNonNull(manager, "manager");
      checkArgument(
          !manager.equals(employee), "%s cannot be their own manager (DOMAIN D7.8)", employee);
      return add(employee, Optional.of(manager));
    }

    private Builder add(EmployeeId employee, Optional<EmployeeId> manager) {
      Objects.requireNonNull(employee, "employee");
      checkArgument(
          !managers.containsKey(employee),
          "%s is already in the organisation: each person has at most one manager (DOMAIN D7.8)",
          employee);
      managers.put(employee, manager);
      return this;
    }

    /**
     * Returns the organisation.
     *
     * @return the organisation, never null
     * @throws IllegalArgumentException if a manager is not a member, or the reporting lines form a
     *     cycle
     */
    public Organisation build() {
      managers.forEach(
          (employee, manager) ->
              manager.ifPresent(
                  m ->
                      checkArgument(
                          managers.containsKey(m),
                          "%s reports to %s, who is not in the organisation (DOMAIN D7.8)",
                          employee,
                          m)));
      checkNoCycle();
      ImmutableGraph.Builder<EmployeeId> builder =
          GraphBuilder.directed().allowsSelfLoops(false).<EmployeeId>immutable();
      managers.keySet().forEach(builder::addNode);
      managers.forEach((employee, manager) -> manager.ifPresent(m -> builder.putEdge(m, employee)));
      ImmutableGraph<EmployeeId> chart = builder.build();
      return new Organisation(chart, spans(chart));
    }

    /**
     * Checks that no one is above themselves, in one walk up from each member that stops at the
     * first member already known to lead to the top: O(n) however deep the lines. The cycle named
     * is the one met first walking up from the members in the order they were added.
     */
    private void checkNoCycle() {
      Set<EmployeeId> cleared = new HashSet<>();
      for (EmployeeId start : managers.keySet()) {
        Set<EmployeeId> walked = new LinkedHashSet<>();
        Optional<EmployeeId> current = Optional.of(start);
        while (current.isPresent() && !cleared.contains(current.orElseThrow())) {
          EmployeeId next = current.orElseThrow();
          if (!walked.add(next)) {
            List<EmployeeId> cycle = new ArrayList<>(walked);
            cycle = cycle.subList(cycle.indexOf(next), cycle.size());
            throw new IllegalArgumentException(
                "the reporting lines form a cycle, "
                    + cycle.stream().map(EmployeeId::toString).collect(Collectors.joining(" → "))
                    + " → "
                    + next
                    + " (DOMAIN D7.8)");
          }
          current = managers.getOrDefault(next, Optional.empty());
        }
        cleared.addAll(walked);
      }
    }

    /**
     * Numbers each member's entry and exit in a depth-first walk of the forest, without recursion.
     */
    private static ImmutableMap<EmployeeId, Span> spans(ImmutableGraph<EmployeeId> chart) {
      Map<EmployeeId, Integer> entries = new HashMap<>();
      ImmutableMap.Builder<EmployeeId, Span> spans =
          ImmutableMap.builderWithExpectedSize(chart.nodes().size());
      int clock = 0;
      Deque<EmployeeId> stack = new ArrayDeque<>();
      for (EmployeeId root : chart.nodes()) {
        if (!chart.predecessors(root).isEmpty()) {
          continue;
        }
        stack.push(root);
        while (!stack.isEmpty()) {
          EmployeeId top = stack.peek();
          Integer entry = entries.get(top);
          if (entry == null) {
            entries.put(top, clock++);
            chart.successors(top).forEach(stack::push);
          } else {
            stack.pop();
            spans.put(top, new Span(entry, clock++));
          }
        }
      }
      return spans.buildOrThrow();
    }
  }
}
