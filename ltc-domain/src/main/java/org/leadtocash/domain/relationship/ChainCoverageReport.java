package org.leadtocash.domain.relationship;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.leadtocash.domain.common.CustomerId;
import org.leadtocash.domain.common.OpportunityId;
import org.leadtocash.domain.common.PersonId;

/**
 * How well a {@link DecisionChain} is mapped (DOMAIN D7.2, D7.3), as {@link
 * DecisionChain#coverage(java.util.Map, boolean)} answers it: each of the seven decision roles and
 * who holds it, each key person with their stance, key-relationship level and playbook move, the
 * coaches, the mandatory positions, and every risk found.
 *
 * <p>A question's answer: a poorly mapped chain is reported, never refused. The risks are listed in
 * the order of {@link ChainRiskKind}, and within a kind in the order of the roles, positions or
 * people concerned:
 *
 * <ul>
 *   <li>{@link ChainRiskKind#HIDDEN_ROLE} for each role no one is known to hold — an unmapped
 *       decision chain is a recorded risk (D7.2);
 *   <li>{@link ChainRiskKind#MANDATORY_POSITION_MISSING} and {@link
 *       ChainRiskKind#MANDATORY_POSITION_UNASSESSED} for the CEO, CTO, COO and procurement director
 *       (D7.2);
 *   <li>{@link ChainRiskKind#STANCE_UNKNOWN} for every other person whose stance is not recorded
 *       (D7.3) — a mandatory position's holder is already covered by the line above;
 *   <li>{@link ChainRiskKind#NO_COACH_ON_HILLTOP} on a hilltop project without a coach (D7.3).
 * </ul>
 *
 * @param customer the customer; not null
 * @param opportunity the opportunity the chain is mapped for, or empty; not null
 * @param hilltop whether the opportunity is a hilltop project (D3.4)
 * @param roles one line per decision role, in the order of {@link DecisionRole}; not null
 * @param people one line per key person, in chain order; not null
 * @param mandatoryPositions one check per mandatory position, in the order of {@link
 *     PositionKind#mandatory()}; not null
 * @param risks the risks found; not null
 */
public record ChainCoverageReport(
    CustomerId customer,
    Optional<OpportunityId> opportunity,
    boolean hilltop,
    List<RoleCoverage> roles,
    List<PersonCoverage> people,
    List<MandatoryPositionCheck> mandatoryPositions,
    List<ChainRisk> risks) {

  /**
   * Checks that the report covers every role and mandatory position once, in order, and every
   * person once.
   *
   * @param customer the customer; not null
   * @param opportunity the opportunity the chain is mapped for, or empty; not null
   * @param hilltop whether the opportunity is a hilltop project (D3.4)
   * @param roles one line per decision role, in the order of {@link DecisionRole}; not null
   * @param people one line per key person, in chain order; not null
   * @param mandatoryPositions one check per mandatory position, in the order of {@link
   *     PositionKind#mandatory()}; not null
   * @param risks the risks found; not null
   * @throws IllegalArgumentException if a role or mandatory position is missing, repeated or out of
   *     order, or a person is listed twice
   */
  public ChainCoverageReport {
    Objects.requireNonNull(roles, "roles");
    Objects.requireNonNull(people, "people");
    Objects.requireNonNull(mandatoryPositions, "mandatoryPositions");
    Objects.requireNonNull(risks, "risks");
    Objects.requireNonNull(customer, "customer");
    Objects.requireNonNull(opportunity, "opportunity");
    roles = ImmutableList.copyOf(roles);
    people = ImmutableList.copyOf(people);
    mandatoryPositions = ImmutableList.copyOf(mandatoryPositions);
    risks = ImmutableList.copyOf(risks);
    checkArgument(
        roles.stream().map(RoleCoverage::role).toList().equals(List.of(DecisionRole.values())),
        "a coverage report lists the seven decision roles once, in order (DOMAIN D7.2): %s",
        roles);
    checkArgument(
        mandatoryPositions.stream()
            .map(MandatoryPositionCheck::position)
            .toList()
            .equals(List.copyOf(PositionKind.mandatory())),
        "a coverage report checks each mandatory position once, in order (DOMAIN D7.2): %s",
        mandatoryPositions);
    checkArgument(
        people.stream().map(p -> p.person().id()).distinct().count() == people.size(),
        "a coverage report lists each key person once");
  }

  /**
   * Returns the decision roles someone is known to hold.
   *
   * @return an immutable set in the order of {@link DecisionRole}; never null
   */
  public Set<DecisionRole> mappedRoles() {
    return Sets.immutableEnumSet(
        roles.stream()
            .filter(RoleCoverage::mapped)
            .map(RoleCoverage::role)
            .collect(ImmutableSet.toImmutableSet()));
  }

  /**
   * Returns the decision roles no one is known to hold: the hidden chain (D7.2).
   *
   * @return an immutable set in the order of {@link DecisionRole}; never null
   */
  public Set<DecisionRole> unmappedRoles() {
    return Sets.immutableEnumSet(
        roles.stream()
            .filter(r -> !r.mapped())
            .map(RoleCoverage::role)
            .collect(ImmutableSet.toImmutableSet()));
  }

  /**
   * Returns who holds a decision role.
   *
   * @param role the role; not null
   * @return the holders in chain order; empty if the role is hidden; never null
   */
  public List<PersonId> holders(DecisionRole role) {
    Objects.requireNonNull(role, "role");
    return roles.stream().filter(r -> r.role() == role).findFirst().orElseThrow().holders();
  }

  /**
   * Returns a person's line.
   *
   * @param id the person; not null
   * @return the line, or empty if the person is not in the chain; never null
   */
  public Optional<PersonCoverage> person(PersonId id) {
    Objects.requireNonNull(id, "id");
    return people.stream().filter(p -> p.person().id().equals(id)).findFirst();
  }

  /**
   * Returns how many key people have a stance (D7.3).
   *
   * @param stance the stance; not null
   * @return the number of people with it, from 0 to the chain's size
   */
  public int count(Stance stance) {
    Objects.requireNonNull(stance, "stance");
    return (int)
        people.stream().filter(p -> p.person().stance().equals(Optional.of(stance))).count();
  }

  /** {@return how many key people have no recorded stance yet (D7.3)} */
  public int stanceUnknownCount() {
    return (int) people.stream().filter(p -> p.person().stance().isEmpty()).count();
  }

  /**
   * Returns our coaches in the chain (D7.3).
   *
   * @return an immutable list in chain order; never null
   */
  public List<PersonId> coaches() {
    return people.stream()
        .filter(p -> p.person().coach())
        .map(p -> p.person().id())
        .collect(ImmutableList.toImmutableList());
  }

  /** {@return whether the chain has at least one coach (D7.3)} */
  public boolean hasCoach() {
    return people.stream().anyMatch(p -> p.person().coach());
  }

  /** {@return whether every mandatory position is held and assessed (D7.2)} */
  public boolean mandatoryPositionsAssessed() {
    return mandatoryPositions.stream().allMatch(MandatoryPositionCheck::assessed);
  }

  /**
   * Returns the risks of one kind.
   *
   * @param kind the kind; not null
   * @return an immutable list, in report order; never null
   */
  public List<ChainRisk> risks(ChainRiskKind kind) {
    Objects.requireNonNull(kind, "kind");
    return risks.stream().filter(r -> r.kind() == kind).collect(ImmutableList.toImmutableList());
  }

  /** {@return whether no risk was found: the chain is mapped, assessed and, if needed, coached} */
  public boolean isClear() {
    return risks.isEmpty();
  }
}
