package org.leadtocash.metrics.customer;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;

/**
 * The accumulator of {@link RelationshipCoverage} (DOMAIN D12): counts over decision chains. An
 * immutable value; {@link #plus} is associative and commutative and {@link #NONE} is its identity.
 *
 * @param chains the chains counted
 * @param rolesCovered of their 7 × {@code chains} decision roles, those covered at the KPI's level
 * @param coachedChains the chains with at least one coach
 * @param supporters key people (per chain) whose stance is supporter
 * @param neutrals key people whose stance is neutral
 * @param opponents key people whose stance is opponent
 * @param stanceUnknown key people whose stance is not recorded
 * @param organisations the chains that came with an organisational relationship
 * @param stepsTakenPart of their 8 × {@code organisations} procurement steps, those we take part in
 */
public record CoverageCounts(
    long chains,
    long rolesCovered,
    long coachedChains,
    long supporters,
    long neutrals,
    long opponents,
    long stanceUnknown,
    long organisations,
    long stepsTakenPart) {

  /** No chain. */
  public static final CoverageCounts NONE = new CoverageCounts(0, 0, 0, 0, 0, 0, 0, 0, 0);

  /**
   * Checks the counts.
   *
   * @param chains the chains counted
   * @param rolesCovered of their 7 × {@code chains} decision roles, those covered at the KPI's
   *     level
   * @param coachedChains the chains with at least one coach
   * @param supporters key people (per chain) whose stance is supporter
   * @param neutrals key people whose stance is neutral
   * @param opponents key people whose stance is opponent
   * @param stanceUnknown key people whose stance is not recorded
   * @param organisations the chains that came with an organisational relationship
   * @param stepsTakenPart of their 8 × {@code organisations} procurement steps, those we take part
   *     in
   * @throws IllegalArgumentException if a count is negative or a part exceeds its whole
   */
  public CoverageCounts {
    checkArgument(
        chains >= 0
            && supporters >= 0
            && neutrals >= 0
            && opponents >= 0
            && stanceUnknown >= 0
            && organisations >= 0,
        "coverage counts are not negative");
    checkArgument(
        rolesCovered >= 0 && rolesCovered <= RelationshipCoverage.ROLES * chains,
        "covered roles are 0 to %s, not %s",
        RelationshipCoverage.ROLES * chains,
        rolesCovered);
    checkArgument(
        coachedChains >= 0 && coachedChains <= chains,
        "coached chains are 0 to %s, not %s",
        chains,
        coachedChains);
    checkArgument(
        organisations <= chains, "organisations are 0 to %s, not %s", chains, organisations);
    checkArgument(
        stepsTakenPart >= 0 && stepsTakenPart <= RelationshipCoverage.STEPS * organisations,
        "procurement steps taken part in are 0 to %s, not %s",
        RelationshipCoverage.STEPS * organisations,
        stepsTakenPart);
  }

  /**
   * Adds other counts.
   *
   * @param other the other counts; not null
   * @return the sum, never null
   */
  public CoverageCounts plus(CoverageCounts other) {
    Objects.requireNonNull(other, "other");
    return new CoverageCounts(
        Math.addExact(chains, other.chains),
        Math.addExact(rolesCovered, other.rolesCovered),
        Math.addExact(coachedChains, other.coachedChains),
        Math.addExact(supporters, other.supporters),
        Math.addExact(neutrals, other.neutrals),
        Math.addExact(opponents, other.opponents),
        Math.addExact(stanceUnknown, other.stanceUnknown),
        Math.addExact(organisations, other.organisations),
        Math.addExact(stepsTakenPart, other.stepsTakenPart));
  }
}
