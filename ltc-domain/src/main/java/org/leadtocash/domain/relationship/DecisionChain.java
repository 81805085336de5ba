package org.leadtocash.domain.relationship;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import com.google.common.graph.ElementOrder;
import com.google.common.graph.Graphs;
import com.google.common.graph.ImmutableValueGraph;
import com.google.common.graph.MutableValueGraph;
import com.google.common.graph.ValueGraph;
import com.google.common.graph.ValueGraphBuilder;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.leadtocash.domain.common.CustomerId;
import org.leadtocash.domain.common.Guard;
import org.leadtocash.domain.common.OpportunityId;
import org.leadtocash.domain.common.PersonId;
import org.leadtocash.domain.common.RuleId;

/**
 * The customer's decision chain (决策链, DOMAIN D7.2): the key people of one customer — for one
 * opportunity, or for the customer as a whole — with their positions, decision roles and stances
 * ({@link KeyPerson}), their reporting lines (the organisation chart) and who influences whom (the
 * power map, 客户组织权力地图).
 *
 * <p>The lines are a directed {@link #graph() graph} over the people's ids: the edge from A to B is
 * a {@link ChainLink} saying that A {@link LinkKind#REPORTS_TO reports to} B, {@link
 * LinkKind#INFLUENCES influences} B with some {@link InfluenceStrength strength}, or both. A chain
 * is immutable and built with a {@link Builder}, which refuses a broken chain as each line is
 * added:
 *
 * <ul>
 *   <li>a line to or from a person not yet in the chain, or from a person to themselves: {@link
 *       IllegalArgumentException};
 *   <li>a second manager: in the customer's organisation chart each person reports to one manager,
 *       so the reporting lines form a forest (D7.2) — {@link
 *       org.leadtocash.domain.common.RuleViolationException};
 *   <li>a reporting line that closes a cycle (A reports to B, who reports, directly or not, to A):
 *       {@link org.leadtocash.domain.common.RuleViolationException} (D7.2).
 * </ul>
 *
 * <p>Influence lines may go in any direction and may form cycles (two peers influence each other).
 *
 * <p><b>Mandatory positions (D7.2).</b> The top executives (CEO, CTO, COO) and the procurement
 * director are always assessed. A mandatory position is <em>missing</em> when no one in the chain
 * holds it ({@link #missingMandatoryPositions()}); it is <em>assessed</em> when every holder has
 * both a recorded {@link KeyPerson#stance() stance} (D7.3) and a known {@link KeyRelationshipLevel
 * key-relationship level} (the assessment of D7.4–D7.5, passed in by the caller): {@link
 * #unassessedMandatoryPositions(Map)}.
 *
 * <p>The full answer to "how well is this chain mapped?" is the {@link #coverage(Map, boolean)
 * coverage report}; the picture of it is the {@link PowerMap}.
 */
public final class DecisionChain {

  private final CustomerId customer;
  private final Optional<OpportunityId> opportunity;
  private final ImmutableMap<PersonId, KeyPerson> people;
  private final ImmutableValueGraph<PersonId, ChainLink> graph;

  private DecisionChain(Builder builder) {
    this.customer = builder.customer;
    this.opportunity = builder.opportunity;
    this.people = ImmutableMap.copyOf(builder.people);
    this.graph = ImmutableValueGraph.copyOf(builder.graph);
  }

  /**
   * Returns a builder for the decision chain of a customer.
   *
   * @param customer the customer; not null
   * @return a new builder with no people, for the whole customer until {@link
   *     Builder#opportunity(OpportunityId)} is given; never null
   */
  public static Builder builder(CustomerId customer) {
    return new Builder(Objects.requireNonNull(customer, "customer"));
  }

  /** {@return a builder holding this chain's people and lines, to build a changed chain} */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** {@return the customer; never null} */
  public CustomerId customer() {
    return customer;
  }

  /** {@return the opportunity the chain is mapped for, or empty for the whole customer} */
  public Optional<OpportunityId> opportunity() {
    return opportunity;
  }

  /** {@return the key people, in the order they were added; an immutable list, never null} */
  public List<KeyPerson> people() {
    return people.values().asList();
  }

  /**
   * Returns a key person.
   *
   * @param id the person's id; not null
   * @return the person, or empty if they are not in the chain; never null
   */
  public Optional<KeyPerson> person(PersonId id) {
    return Optional.ofNullable(people.get(Objects.requireNonNull(id, "id")));
  }

  /**
   * Returns the lines between the people: a directed graph whose nodes are the people's ids (in the
   * order they were added) and whose edge from A to B says how A relates to B.
   *
   * @return an immutable graph; never null
   */
  public ValueGraph<PersonId, ChainLink> graph() {
    return graph;
  }

  /**
   * Returns the person's manager in the customer's organisation chart.
   *
   * @param id a person of the chain; not null
   * @return the manager, or empty if the person reports to no one in the chain; never null
   * @throws IllegalArgumentException if the person is not in the chain
   */
  public Optional<PersonId> manager(PersonId id) {
    return graph.successors(known(id)).stream().filter(m -> link(id, m).reportsTo()).findFirst();
  }

  /**
   * Returns the people who report directly to a person.
   *
   * @param id a person of the chain; not null
   * @return an immutable set, in chain order; never null
   * @throws IllegalArgumentException if the person is not in the chain
   */
  public Set<PersonId> directReports(PersonId id) {
    Set<PersonId> predecessors = graph.predecessors(known(id));
    return people.keySet().stream()
        .filter(p -> predecessors.contains(p) && link(p, id).reportsTo())
        .collect(ImmutableSet.toImmutableSet());
  }

  /**
   * Returns who influences a person's decision, and how strongly.
   *
   * @param id a person of the chain; not null
   * @return an immutable map, in chain order; never null
   * @throws IllegalArgumentException if the person is not in the chain
   */
  public Map<PersonId, InfluenceStrength> influencersOf(PersonId id) {
    Set<PersonId> predecessors = graph.predecessors(known(id));
    ImmutableMap.Builder<PersonId, InfluenceStrength> influencers = ImmutableMap.builder();
    for (PersonId p : people.keySet()) {
      if (predecessors.contains(p)) {
        link(p, id).influence().ifPresent(s -> influencers.put(p, s));
      }
    }
    return influencers.buildOrThrow();
  }

  /**
   * Returns whose decisions a person influences, and how strongly.
   *
   * @param id a person of the chain; not null
   * @return an immutable map, in chain order; never null
   * @throws IllegalArgumentException if the person is not in the chain
   */
  public Map<PersonId, InfluenceStrength> influencedBy(PersonId id) {
    Set<PersonId> successors = graph.successors(known(id));
    ImmutableMap.Builder<PersonId, InfluenceStrength> influenced = ImmutableMap.builder();
    for (PersonId p : people.keySet()) {
      if (successors.contains(p)) {
        link(id, p).influence().ifPresent(s -> influenced.put(p, s));
      }
    }
    return influenced.buildOrThrow();
  }

  /**
   * Returns the people who hold a decision role (D7.2).
   *
   * @param role the role; not null
   * @return an immutable list in chain order; empty if the role is hidden; never null
   */
  public List<KeyPerson> holders(DecisionRole role) {
    Objects.requireNonNull(role, "role");
    return people.values().stream()
        .filter(p -> p.holds(role))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the people who hold a kind of position.
   *
   * @param position the kind of position; not null
   * @return an immutable list in chain order; never null
   */
  public List<KeyPerson> holders(PositionKind position) {
    Objects.requireNonNull(position, "position");
    return people.values().stream()
        .filter(p -> p.position() == position)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the decision roles no one in the chain is known to hold: the hidden part of the chain,
   * a recorded risk (D7.2).
   *
   * @return an immutable set in the order of {@link DecisionRole}; never null
   */
  public Set<DecisionRole> unmappedRoles() {
    return Sets.immutableEnumSet(
        Arrays.stream(DecisionRole.values())
            .filter(r -> holders(r).isEmpty())
            .collect(ImmutableSet.toImmutableSet()));
  }

  /**
   * Returns the mandatory positions (CEO, CTO, COO, procurement director) no one in the chain holds
   * (D7.2).
   *
   * @return an immutable set in the order of {@link PositionKind}; never null
   */
  public Set<PositionKind> missingMandatoryPositions() {
    return Sets.immutableEnumSet(
        PositionKind.mandatory().stream()
            .filter(p -> holders(p).isEmpty())
            .collect(ImmutableSet.toImmutableSet()));
  }

  /**
   * Returns the mandatory positions that are held but not assessed (D7.2): some holder has no
   * recorded stance (D7.3) or no known key-relationship level (D7.4). Missing positions are not
   * listed here but by {@link #missingMandatoryPositions()}.
   *
   * @param levels the current key-relationship level of each person assessed; people who are not in
   *     the chain are ignored; not null
   * @return an immutable set in the order of {@link PositionKind}; never null
   */
  public Set<PositionKind> unassessedMandatoryPositions(
      Map<PersonId, KeyRelationshipLevel> levels) {
    Objects.requireNonNull(levels, "levels");
    return Sets.immutableEnumSet(
        PositionKind.mandatory().stream()
            .filter(p -> holders(p).stream().anyMatch(h -> !isAssessed(h, levels.get(h.id()))))
            .collect(ImmutableSet.toImmutableSet()));
  }

  /**
   * Returns our coaches in the chain (D7.3).
   *
   * @return an immutable list in chain order; never null
   */
  public List<KeyPerson> coaches() {
    return people.values().stream()
        .filter(KeyPerson::coach)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Answers how well the chain is mapped (DOMAIN D7.2, D7.3): which roles are mapped and by whom,
   * each person's stance, level and playbook move, the coach, the mandatory positions, and the
   * risks. A question: gaps are reported as {@link ChainRisk risks}, never thrown.
   *
   * @param levels the current key-relationship level of each person assessed (D7.4); people missing
   *     from the map have no known level; people who are not in the chain are ignored; not null
   * @param hilltop whether the opportunity is a hilltop project (山头项目, D3.4), where a missing coach
   *     is a risk (D7.3)
   * @return the report, never null
   */
  public ChainCoverageReport coverage(Map<PersonId, KeyRelationshipLevel> levels, boolean hilltop) {
    Objects.requireNonNull(levels, "levels");
    ImmutableList<RoleCoverage> roles =
        Arrays.stream(DecisionRole.values())
            .map(
                r ->
                    new RoleCoverage(
                        r,
                        holders(r).stream()
                            .map(KeyPerson::id)
                            .collect(ImmutableList.toImmutableList())))
            .collect(ImmutableList.toImmutableList());
    ImmutableList<PersonCoverage> coverage =
        people.values().stream()
            .map(p -> new PersonCoverage(p, Optional.ofNullable(levels.get(p.id()))))
            .collect(ImmutableList.toImmutableList());
    ImmutableList<MandatoryPositionCheck> mandatory =
        PositionKind.mandatory().stream()
            .map(p -> mandatoryCheck(p, levels))
            .collect(ImmutableList.toImmutableList());
    return new ChainCoverageReport(
        customer,
        opportunity,
        hilltop,
        roles,
        coverage,
        mandatory,
        risks(roles, coverage, mandatory, hilltop));
  }

  /**
   * {@return whether a person is assessed (D7.2): stance recorded and key-relationship level known}
   */
  static boolean isAssessed(KeyPerson person, @Nullable KeyRelationshipLevel level) {
    return person.stance().isPresent() && level != null;
  }

  private MandatoryPositionCheck mandatoryCheck(
      PositionKind position, Map<PersonId, KeyRelationshipLevel> levels) {
    ImmutableList<PersonId> holders =
        holders(position).stream().map(KeyPerson::id).collect(ImmutableList.toImmutableList());
    if (holders.isEmpty()) {
      return new MandatoryPositionCheck(
          position, holders, false, "no " + position.abbreviation() + " in the decision chain");
    }
    ImmutableList.Builder<String> gaps = ImmutableList.builder();
    for (KeyPerson holder : holders(position)) {
      KeyRelationshipLevel level = levels.get(holder.id());
      if (!isAssessed(holder, level)) {
        gaps.add(
            holder.id()
                + ": "
                + (holder.stance().isEmpty() ? "stance not recorded" : "")
                + (holder.stance().isEmpty() && level == null ? ", " : "")
                + (level == null ? "no key-relationship level" : ""));
      }
    }
    ImmutableList<String> unassessed = gaps.build();
    return unassessed.isEmpty()
        ? new MandatoryPositionCheck(
            position,
            holders,
            true,
            String.join(", ", holders.stream().map(PersonId::value).toList())
                + " assessed: stance and level known")
        : new MandatoryPositionCheck(position, holders, false, String.join("; ", unassessed));
  }

  private static ImmutableList<ChainRisk> risks(
      ImmutableList<RoleCoverage> roles,
      ImmutableList<PersonCoverage> people,
      ImmutableList<MandatoryPositionCheck> mandatory,
      boolean hilltop) {
    ImmutableList.Builder<ChainRisk> risks = ImmutableList.builder();
    for (RoleCoverage role : roles) {
      if (!role.mapped()) {
        risks.add(
            new ChainRisk(
                ChainRiskKind.HIDDEN_ROLE,
                "no one is known to be the "
                    + role.role().label()
                    + " ("
                    + role.role().chineseTerm()
                    + "): this part of the decision chain is hidden"));
      }
    }
    for (MandatoryPositionCheck check : mandatory) {
      if (!check.held()) {
        risks.add(
            new ChainRisk(
                ChainRiskKind.MANDATORY_POSITION_MISSING,
                "the "
                    + check.position().label()
                    + " is not in the decision chain, but is always assessed"));
      }
    }
    for (MandatoryPositionCheck check : mandatory) {
      if (check.held() && !check.assessed()) {
        risks.add(
            new ChainRisk(
                ChainRiskKind.MANDATORY_POSITION_UNASSESSED,
                "the " + check.position().label() + " is not assessed: " + check.reason()));
      }
    }
    for (PersonCoverage person : people) {
      KeyPerson key = person.person();
      if (key.stance().isEmpty() && !key.position().isMandatory()) {
        risks.add(
            new ChainRisk(
                ChainRiskKind.STANCE_UNKNOWN,
                key.id()
                    + " ("
                    + key.title()
                    + "): stance not recorded, so there is no playbook move yet"));
      }
    }
    if (hilltop && people.stream().noneMatch(p -> p.person().coach())) {
      risks.add(
          new ChainRisk(
              ChainRiskKind.NO_COACH_ON_HILLTOP,
              "a hilltop project without a coach (教练) in the decision chain"));
    }
    return risks.build();
  }

  private PersonId known(PersonId id) {
    Objects.requireNonNull(id, "id");
    checkArgument(people.containsKey(id), "%s is not in the decision chain of %s", id, customer);
    return id;
  }

  private ChainLink link(PersonId from, PersonId to) {
    return graph.edgeValue(from, to).orElseThrow();
  }

  /**
   * {@return whether the other object is a decision chain of the same customer and opportunity,
   * with equal people and equal lines}
   */
  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof DecisionChain that
        && customer.equals(that.customer)
        && opportunity.equals(that.opportunity)
        && people.equals(that.people)
        && graph.equals(that.graph);
  }

  @Override
  public int hashCode() {
    return Objects.hash(customer, opportunity, people, graph);
  }

  /**
   * {@return e.g. {@code Decision chain of CU-1 for OP-1: 5 people, 4 reporting lines, 3
   * influences}; never a person's name}
   */
  @Override
  public String toString() {
    long reporting =
        graph.edges().stream().filter(e -> link(e.source(), e.target()).reportsTo()).count();
    long influences =
        graph.edges().stream()
            .filter(e -> link(e.source(), e.target()).influence().isPresent())
            .count();
    return label()
        + ": "
        + count(people.size(), "person", "people")
        + ", "
        + count(reporting, "reporting line", "reporting lines")
        + ", "
        + count(influences, "influence", "influences");
  }

  private static String count(long n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }

  private String label() {
    return "Decision chain of " + customer + opportunity.map(o -> " for " + o).orElse("");
  }

  /**
   * Builds a {@link DecisionChain}: add the people first, then their lines. Each line is checked as
   * it is added, so a refused line leaves the builder as it was.
   */
  public static final class Builder {

    private final CustomerId customer;
    private Optional<OpportunityId> opportunity;
    private final Map<PersonId, KeyPerson> people;
    private final MutableValueGraph<PersonId, ChainLink> graph;

    private Builder(CustomerId customer) {
      this.customer = customer;
      this.opportunity = Optional.empty();
      this.people = new LinkedHashMap<>();
      this.graph =
          ValueGraphBuilder.directed()
              .allowsSelfLoops(false)
              .nodeOrder(ElementOrder.<PersonId>insertion())
              .incidentEdgeOrder(ElementOrder.<PersonId>stable())
              .build();
    }

    private Builder(DecisionChain chain) {
      this.customer = chain.customer;
      this.opportunity = chain.opportunity;
      this.people = new LinkedHashMap<>(chain.people);
      this.graph = Graphs.copyOf(chain.graph);
    }

    /**
     * Maps the chain for one opportunity rather than the whole customer.
     *
     * @param opportunity the opportunity; not null
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder opportunity(OpportunityId opportunity) {
      this.opportunity = Optional.of(Objects.requireNonNull(opportunity, "opportunity"));
      return this;
    }

    /**
     * Adds a key person, or replaces the record of the person with the same id (a new stance, a new
     * role), keeping their lines.
     *
     * @param person the person; not null
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder person(KeyPerson person) {
      Objects.requireNonNull(person, "person");
      people.put(person.id(), person);
      graph.addNode(person.id());
      return this;
    }

    /**
     * Records that a person reports to a manager in the customer's organisation chart (D7.2).
     * Recording the same line twice changes nothing.
     *
     * @param subordinate the person who reports; in the chain; not null
     * @param manager their manager; in the chain; not null
     * @return this builder
     * @throws IllegalArgumentException if either person is not in the chain, or they are the same
     * @throws org.leadtocash.domain.common.RuleViolationException if the subordinate already
     *     reports to someone else, or the line would close a cycle of reporting lines (D7.2)
     */
    @CanIgnoreReturnValue
    public Builder reportsTo(PersonId subordinate, PersonId manager) {
      Objects.requireNonNull(subordinate, "subordinate");
      Objects.requireNonNull(manager, "manager");
      checkLine(subordinate, manager, "report to");
      Optional<PersonId> current = currentManager(subordinate);
      Guard guard = guard("reportsTo");
      guard.require(
          current.isEmpty() || current.orElseThrow().equals(manager),
          RuleId.D7_2,
          "%s already reports to %s; in the customer's organisation chart each person has one"
              + " manager",
          subordinate,
          current.map(PersonId::value).orElse(""));
      Optional<PersonId> above = Optional.of(manager);
      while (above.isPresent()) {
        PersonId next = above.orElseThrow();
        guard.require(
            !next.equals(subordinate),
            RuleId.D7_2,
            "%s reporting to %s would close a cycle of reporting lines",
            subordinate,
            manager);
        above = currentManager(next);
      }
      graph.putEdgeValue(
          subordinate,
          manager,
          graph
              .edgeValue(subordinate, manager)
              .map(ChainLink::withReporting)
              .orElseGet(ChainLink::reporting));
      return this;
    }

    /**
     * Records that a person influences another's decision (D7.2), replacing an earlier strength.
     * Influence may run in any direction, also against a reporting line.
     *
     * @param influencer who influences; in the chain; not null
     * @param influenced whose decision; in the chain; not null
     * @param strength how strongly; not null
     * @return this builder
     * @throws IllegalArgumentException if either person is not in the chain, or they are the same
     */
    @CanIgnoreReturnValue
    public Builder influences(
        PersonId influencer, PersonId influenced, InfluenceStrength strength) {
      Objects.requireNonNull(influencer, "influencer");
      Objects.requireNonNull(influenced, "influenced");
      Objects.requireNonNull(strength, "strength");
      checkLine(influencer, influenced, "influence");
      graph.putEdgeValue(
          influencer,
          influenced,
          graph
              .edgeValue(influencer, influenced)
              .map(link -> link.withInfluence(strength))
              .orElseGet(() -> ChainLink.influencing(strength)));
      return this;
    }

    /** {@return the decision chain; never null} */
    public DecisionChain build() {
      return new DecisionChain(this);
    }

    private void checkLine(PersonId from, PersonId to, String verb) {
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
      checkArgument(
          people.containsKey(from),
          "%s is not in the decision chain of %s; add the person before their lines (DOMAIN D7.2)",
          from,
          customer);
      checkArgument(
          people.containsKey(to),
          "%s is not in the decision chain of %s; add the person before their lines (DOMAIN D7.2)",
          to,
          customer);
      checkArgument(!from.equals(to), "%s cannot %s themselves (DOMAIN D7.2)", from, verb);
    }

    private Optional<PersonId> currentManager(PersonId id) {
      return graph.successors(id).stream()
          .filter(m -> graph.edgeValue(id, m).map(ChainLink::reportsTo).orElse(false))
          .findFirst();
    }

    private Guard guard(String command) {
      return Guard.of(
          "Decision chain of " + customer + opportunity.map(o -> " for " + o).orElse(""),
          count(people.size(), "person", "people"),
          command);
    }
  }
}
