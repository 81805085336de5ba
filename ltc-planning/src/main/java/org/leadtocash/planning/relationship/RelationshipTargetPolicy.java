package org.leadtocash.planning.relationship;

import java.util.List;

/**
 * How a relationship plan derives its relationship targets from its market targets (DOMAIN D10.1,
 * step 3). A host replaces the {@link #standard() standard} policy with its own by implementing
 * this interface; the plan checks what a policy returns (at least one target, one per {@link
 * RelationshipTarget#subject() subject}, at most as many customers as the scope covers) and keeps
 * the targets in its event, so a stored history replays without the policy.
 */
public interface RelationshipTargetPolicy {

  /**
   * Derives the relationship targets.
   *
   * @param scope the plan's scope; not null
   * @param targets the plan's market targets, complete; not null
   * @return the relationship targets, key persons from the highest level down, then organisational
   *     then general; never null
   */
  List<RelationshipTarget> derive(PlanScope scope, MarketTargets targets);

  /**
   * Returns the standard policy. With {@code c} the customers of the scope, {@code s} the largest
   * target share (0 without share targets), {@code p} the part of the two shares the suppression
   * ratio {@code r} asks of us, {@code r / (1 + r)} (0 without a competition target), and {@code h}
   * the hilltop projects, it takes the share to back {@code s* = max(s, p)} and, on a reference
   * decision chain of ten key persons per customer:
   *
   * <ul>
   *   <li>{@code B = min(10, max(1, ⌈10 × s*⌉))} key persons per customer must back us, half of
   *       them (rounded up) exclusively;
   *   <li><b>N</b> {@code = c × ⌈B / 2⌉ + h} key persons at supportive and exclusive — one more per
   *       hilltop project (its decider) — plus one more when the competitor must not win where we
   *       cannot (a person who can stop them);
   *   <li><b>M</b> {@code = c × (B − ⌈B / 2⌉)} key persons at supportive, not exclusive (no target
   *       when 0);
   *   <li><b>K</b> {@code = min(c, max(1, ⌈s* × c⌉, customers of the hilltop projects))} customers
   *       at partner when {@code s*} is 30 % or more, else at key supplier;
   *   <li>the general relationship at least good with every customer of the scope ({@code c}), at
   *       least excellent when {@code s*} is 50 % or more.
   * </ul>
   *
   * <p>For "30 % share of a new product with one customer", against a competitor at suppression
   * ratio 0.25 ({@code p} = 20 %), with one hilltop project: {@code B} = 3, N = 2 + 1 = 3, M = 1, K
   * = 1 at partner, general at least good with 1 customer. Every count is capped at {@link
   * RelationshipTarget#MAX_COUNT}.
   *
   * @return the standard policy, never null
   */
  static RelationshipTargetPolicy standard() {
    return StandardRelationshipTargetPolicy.INSTANCE;
  }
}
