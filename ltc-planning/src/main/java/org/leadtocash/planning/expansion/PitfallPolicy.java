package org.leadtocash.planning.expansion;

import org.leadtocash.domain.relationship.InfluenceStrength;
import org.leadtocash.domain.relationship.KeyRelationshipLevel;

/**
 * How a {@link PlanReview} detects each pitfall of key-relationship planning (DOMAIN D10.2). A host
 * replaces the {@link #standard() standard} policy with its own by implementing this interface, or
 * keeps its rules and changes its thresholds with {@link #withThresholds}.
 */
public interface PitfallPolicy {

  /**
   * Checks a plan for one pitfall.
   *
   * @param pitfall the pitfall to check; not null
   * @param plan the plan; not null
   * @return the finding on that pitfall, found or cleared with evidence; never null
   */
  PitfallFinding check(Pitfall pitfall, KeyRelationshipPlan plan);

  /**
   * Returns the standard policy: {@link #withThresholds withThresholds}{@code (MEDIUM, SUPPORTIVE,
   * 2)}.
   *
   * @return the standard policy, never null
   */
  static PitfallPolicy standard() {
    return StandardPitfallPolicy.STANDARD;
  }

  /**
   * Returns the standard rules with the host's thresholds. Each pitfall is found on this evidence,
   * and cleared otherwise with the facts that clear it:
   *
   * <ol>
   *   <li><b>hidden decision chain ignored</b>: a decision role of D7.2 that no one in the chain is
   *       mapped to, or a person of the chain who influences someone at {@code hiddenInfluence} or
   *       stronger and is not targeted;
   *   <li><b>competitor ignored</b>: no main competitor is named, or a targeted person's
   *       relationship with the competitor is not assessed;
   *   <li><b>career needs ignored</b>: a targeted person without a recorded need ({@link
   *       KeyPersonTarget#need()});
   *   <li><b>relationships too shallow</b>: fewer than {@code minimumTargets} people targeted (the
   *       account hangs on too few), a targeted decider or approver aimed below {@code deepLevel},
   *       or deciders or approvers in the chain of whom none is targeted;
   *   <li><b>tomorrow's stars not developed</b>: no one named as one of tomorrow's stars, or a star
   *       who is not targeted;
   *   <li><b>expansion work not done by the rules</b>: resources not weighed, a targeted person
   *       without an action, or an action without an owner or without a review date.
   * </ol>
   *
   * @param hiddenInfluence the weakest influence that makes a person part of the hidden chain; not
   *     null
   * @param deepLevel the lowest level a decider or approver may be aimed at; not null
   * @param minimumTargets the fewest people a plan targets, from 1
   * @return the policy, never null
   * @throws IllegalArgumentException if {@code minimumTargets} is below 1
   */
  static PitfallPolicy withThresholds(
      InfluenceStrength hiddenInfluence, KeyRelationshipLevel deepLevel, int minimumTargets) {
    return new StandardPitfallPolicy(hiddenInfluence, deepLevel, minimumTargets);
  }
}
