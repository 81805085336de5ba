package org.leadtocash.planning.expansion;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.leadtocash.domain.common.CompetitorId;
import org.leadtocash.domain.common.PersonId;
import org.leadtocash.domain.relationship.DecisionChain;

/**
 * A key-relationship plan for one customer (DOMAIN D10.2), in its five steps:
 *
 * <ol>
 *   <li>the customer's organisation and decision chain, mapped: the domain's {@link DecisionChain}
 *       (D7.2), with the people the planner sees as tomorrow's stars ({@link #stars()}, D7.6);
 *   <li>targets and owners, chosen from the business targets and each person's role and stance:
 *       {@link #targets()};
 *   <li>relationships assessed against the main competitor's, strongholds found: {@link
 *       #competitor()}, {@link #standings()}, {@link #strongholds()};
 *   <li>resources weighed: the cycle and what is available, {@link #resources()};
 *   <li>the action plan — information flow, targets, decision chain, path of approach: {@link
 *       #actions()}.
 * </ol>
 *
 * <p>A plan is drafted over time, so targets, standings, stars, resources and actions may be
 * missing; {@link #review()} reports what that leaves open as the six pitfalls of D10.2. What the
 * plan refuses, with an {@link IllegalArgumentException} naming D10.2, is a plan about someone
 * else's people: every person it targets, assesses, names as a star or acts towards is a person of
 * its decision chain; a person is targeted at most once and assessed at most once; and the
 * competitor's levels are assessed only against a named main competitor.
 *
 * @param chain the customer's decision chain, mapped (step 1); not null
 * @param targets the targeted people with their owners and levels (step 2), in the order chosen;
 *     not null
 * @param competitor the main competitor the relationships are assessed against (step 3), or empty
 *     if none is named; not null
 * @param standings our relationships against the competitor's (step 3), in the order assessed; not
 *     null
 * @param stars the people of the chain seen as tomorrow's stars (明日之星, D7.6); not null
 * @param resources the resources weighed (step 4), or empty if not weighed yet; not null
 * @param actions the action plan (step 5), in order; not null
 */
public record KeyRelationshipPlan(
    DecisionChain chain,
    List<KeyPersonTarget> targets,
    Optional<CompetitorId> competitor,
    List<Standing> standings,
    Set<PersonId> stars,
    Optional<Resources> resources,
    List<PlannedAction> actions) {

  /**
   * Checks that the plan is about the people of its chain.
   *
   * @param chain the decision chain; not null
   * @param targets the targets; not null
   * @param competitor the main competitor, or empty; not null
   * @param standings the standings; not null
   * @param stars tomorrow's stars; not null
   * @param resources the resources, or empty; not null
   * @param actions the actions; not null
   * @throws IllegalArgumentException if a person is not in the chain, is targeted or assessed
   *     twice, or a competitor's level is given while no main competitor is named
   */
  public KeyRelationshipPlan {
    Objects.requireNonNull(targets, "targets");
    Objects.requireNonNull(standings, "standings");
    Objects.requireNonNull(stars, "stars");
    Objects.requireNonNull(actions, "actions");
    Objects.requireNonNull(chain, "chain");
    targets = ImmutableList.copyOf(Objects.requireNonNull(targets, "targets"));
    Objects.requireNonNull(competitor, "competitor");
    standings = ImmutableList.copyOf(Objects.requireNonNull(standings, "standings"));
    stars = ImmutableSet.copyOf(Objects.requireNonNull(stars, "stars"));
    Objects.requireNonNull(resources, "resources");
    actions = ImmutableList.copyOf(Objects.requireNonNull(actions, "actions"));
    Set<PersonId> targeted = new HashSet<>();
    for (KeyPersonTarget target : targets) {
      inChain(chain, target.person(), "targets");
      checkArgument(
          targeted.add(target.person()),
          "a key-relationship plan targets %s once, not twice (DOMAIN D10.2)",
          target.person());
    }
    Set<PersonId> assessed = new HashSet<>();
    for (Standing standing : standings) {
      inChain(chain, standing.person(), "assesses");
      checkArgument(
          assessed.add(standing.person()),
          "a key-relationship plan assesses %s once, not twice (DOMAIN D10.2)",
          standing.person());
      checkArgument(
          competitor.isPresent() || standing.competitor().isEmpty(),
          "the competitor's relationship with %s is assessed against a named main competitor"
              + " (DOMAIN D10.2)",
          standing.person());
    }
    for (PersonId star : stars) {
      inChain(chain, star, "names as one of tomorrow's stars");
    }
    for (PlannedAction action : actions) {
      inChain(chain, action.person(), "acts towards");
    }
  }

  private static void inChain(DecisionChain chain, PersonId person, String what) {
    checkArgument(
        chain.person(person).isPresent(),
        "a key-relationship plan %s %s, who is not in its decision chain of %s (DOMAIN D10.2)",
        what,
        person,
        chain.customer());
  }

  /**
   * Returns a builder of a plan over a mapped decision chain, with nothing else planned yet.
   *
   * @param chain the customer's decision chain; not null
   * @return a new builder, never null
   */
  public static Builder builder(DecisionChain chain) {
    return new Builder(Objects.requireNonNull(chain, "chain"));
  }

  /**
   * Returns the target for a person.
   *
   * @param person the customer's person; not null
   * @return the target, or empty if the person is not targeted; never null
   */
  public Optional<KeyPersonTarget> target(PersonId person) {
    Objects.requireNonNull(person, "person");
    return targets.stream().filter(t -> t.person().equals(person)).findFirst();
  }

  /**
   * Returns our standing with a person against the competitor's.
   *
   * @param person the customer's person; not null
   * @return the standing, or empty if the person is not assessed; never null
   */
  public Optional<Standing> standing(PersonId person) {
    Objects.requireNonNull(person, "person");
    return standings.stream().filter(s -> s.person().equals(person)).findFirst();
  }

  /**
   * Returns whether a person is targeted by the plan.
   *
   * @param person the customer's person; not null
   * @return whether one of {@link #targets()} is about the person
   */
  public boolean isTargeted(PersonId person) {
    Objects.requireNonNull(person, "person");
    return targets.stream().anyMatch(t -> t.person().equals(person));
  }

  /**
   * Returns our strongholds (D10.2, step 3): the people with whom our relationship is above the
   * main competitor's.
   *
   * @return an immutable list in the order assessed; never null
   */
  public List<PersonId> strongholds() {
    return standings.stream()
        .filter(Standing::stronghold)
        .map(Standing::person)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the competitor's strongholds: the people with whom their relationship is above ours.
   *
   * @return an immutable list in the order assessed; never null
   */
  public List<PersonId> competitorStrongholds() {
    return standings.stream()
        .filter(Standing::competitorStronghold)
        .map(Standing::person)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Reviews the plan for the six pitfalls of DOMAIN D10.2 under the {@link PitfallPolicy#standard()
   * standard policy}.
   *
   * @return the review, each pitfall found or cleared with its evidence; never null
   */
  public PlanReview review() {
    return review(PitfallPolicy.standard());
  }

  /**
   * Reviews the plan for the six pitfalls of DOMAIN D10.2 under a policy.
   *
   * @param policy how each pitfall is detected; not null
   * @return the review, each pitfall in the order of DOMAIN, found or cleared with its evidence;
   *     never null
   * @throws IllegalArgumentException if the policy answers for another pitfall than it was asked
   */
  public PlanReview review(PitfallPolicy policy) {
    Objects.requireNonNull(policy, "policy");
    List<PitfallFinding> findings = new ArrayList<>();
    for (Pitfall pitfall : Pitfall.values()) {
      findings.add(Objects.requireNonNull(policy.check(pitfall, this), "a policy's finding"));
    }
    return new PlanReview(findings);
  }

  /** Builds a {@link KeyRelationshipPlan} step by step; {@link #build()} checks the whole. */
  public static final class Builder {

    private final DecisionChain chain;
    private final List<KeyPersonTarget> targets = new ArrayList<>();
    private Optional<CompetitorId> competitor = Optional.empty();
    private final List<Standing> standings = new ArrayList<>();
    private final Set<PersonId> stars = new LinkedHashSet<>();
    private Optional<Resources> resources = Optional.empty();
    private final List<PlannedAction> actions = new ArrayList<>();

    private Builder(DecisionChain chain) {
      this.chain = chain;
    }

    /**
     * Adds a target (step 2).
     *
     * @param target the target; not null
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder target(KeyPersonTarget target) {
      targets.add(Objects.requireNonNull(target, "target"));
      return this;
    }

    /**
     * Names the main competitor (step 3), replacing an earlier one.
     *
     * @param competitor the main competitor; not null
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder competitor(CompetitorId competitor) {
      this.competitor = Optional.of(Objects.requireNonNull(competitor, "competitor"));
      return this;
    }

    /**
     * Adds an assessment of our relationship against the competitor's (step 3).
     *
     * @param standing the standing; not null
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder standing(Standing standing) {
      standings.add(Objects.requireNonNull(standing, "standing"));
      return this;
    }

    /**
     * Names a person of the chain as one of tomorrow's stars (D7.6).
     *
     * @param person the person; not null
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder star(PersonId person) {
      stars.add(Objects.requireNonNull(person, "person"));
      return this;
    }

    /**
     * Records the resources weighed (step 4), replacing earlier ones.
     *
     * @param resources the resources; not null
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder resources(Resources resources) {
      this.resources = Optional.of(Objects.requireNonNull(resources, "resources"));
      return this;
    }

    /**
     * Adds an action to the action plan (step 5).
     *
     * @param action the action; not null
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder action(PlannedAction action) {
      actions.add(Objects.requireNonNull(action, "action"));
      return this;
    }

    /**
     * Returns the plan.
     *
     * @return the plan, never null
     * @throws IllegalArgumentException if the plan is not about the people of its chain (see {@link
     *     KeyRelationshipPlan})
     */
    public KeyRelationshipPlan build() {
      return new KeyRelationshipPlan(
          chain, targets, competitor, standings, stars, resources, actions);
    }
  }
}
