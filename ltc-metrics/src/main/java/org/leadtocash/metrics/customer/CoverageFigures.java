package org.leadtocash.metrics.customer;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;
import org.leadtocash.domain.common.Rate;

/**
 * The result of {@link RelationshipCoverage} (DOMAIN D12, D7.2, D7.3, D7.7): how well our
 * relationships cover the customers' decision chains.
 *
 * @param roleCoverage decision roles held by at least one person at or above the KPI's
 *     key-relationship level, out of 7 per chain; "no data" without a chain; not null
 * @param coachedChains chains with a coach, out of the chains; "no data" without a chain; not null
 * @param procurementSteps procurement steps we take part in, out of 8 per chain that came with an
 *     organisational relationship; "no data" without one; not null
 * @param supporters key people whose stance is supporter, counted per chain; not negative
 * @param neutrals key people whose stance is neutral; not negative
 * @param opponents key people whose stance is opponent; not negative
 * @param stanceUnknown key people whose stance is not recorded; not negative
 */
public record CoverageFigures(
    Rate roleCoverage,
    Rate coachedChains,
    Rate procurementSteps,
    long supporters,
    long neutrals,
    long opponents,
    long stanceUnknown) {

  /**
   * Checks the parts.
   *
   * @param roleCoverage decision roles held by at least one person at or above the KPI's
   *     key-relationship level, out of 7 per chain; "no data" without a chain; not null
   * @param coachedChains chains with a coach, out of the chains; "no data" without a chain; not
   *     null
   * @param procurementSteps procurement steps we take part in, out of 8 per chain that came with an
   *     organisational relationship; "no data" without one; not null
   * @param supporters key people whose stance is supporter, counted per chain; not negative
   * @param neutrals key people whose stance is neutral; not negative
   * @param opponents key people whose stance is opponent; not negative
   * @param stanceUnknown key people whose stance is not recorded; not negative
   * @throws IllegalArgumentException if a count is negative
   */
  public CoverageFigures {
    Objects.requireNonNull(roleCoverage, "roleCoverage");
    Objects.requireNonNull(coachedChains, "coachedChains");
    Objects.requireNonNull(procurementSteps, "procurementSteps");
    checkArgument(
        supporters >= 0 && neutrals >= 0 && opponents >= 0 && stanceUnknown >= 0,
        "counts of people are not negative");
  }

  /** {@return how many key people were counted, whatever their stance} */
  public long people() {
    return supporters + neutrals + opponents + stanceUnknown;
  }

  /**
   * Returns the supporters over the supporters and opponents together (D7.3): {@code 1/1} when
   * every person who took a side is for us; "no data" when no one has taken a side.
   *
   * @return the rate, never null
   */
  public Rate supporterShare() {
    return Rate.of(supporters, supporters + opponents);
  }

  /**
   * {@return e.g. {@code roles covered 10/14, coached chains 1/2, procurement steps 5/8, 4
   * supporters, 2 neutral, 1 opponent, 0 stance unknown}}
   */
  @Override
  public String toString() {
    return "roles covered "
        + roleCoverage
        + ", coached chains "
        + coachedChains
        + ", procurement steps "
        + procurementSteps
        + ", "
        + supporters
        + (supporters == 1 ? " supporter, " : " supporters, ")
        + neutrals
        + " neutral, "
        + opponents
        + (opponents == 1 ? " opponent, " : " opponents, ")
        + stanceUnknown
        + " stance unknown";
  }
}
