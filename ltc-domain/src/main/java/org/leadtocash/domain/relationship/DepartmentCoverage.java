package org.leadtocash.domain.relationship;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.leadtocash.domain.common.Rate;

/**
 * How far the general relationship with a customer reaches (DOMAIN D7.6): coverage must reach every
 * customer department we touch, and "tomorrow's stars" are developed early. A question's answer,
 * built by {@link GeneralRelationship#coverage()}: gaps are reported here, never thrown.
 *
 * @param covered the departments we touch and have a relationship with; not null
 * @param uncovered the departments we touch without a relationship; not null, disjoint from {@code
 *     covered}
 * @param tomorrowsStars the contacts flagged as tomorrow's stars; not null, each in a covered
 *     department
 */
public record DepartmentCoverage(
    Set<CustomerDepartment> covered,
    Set<CustomerDepartment> uncovered,
    List<DepartmentContact> tomorrowsStars) {

  /**
   * Checks and copies the parts.
   *
   * @param covered the departments we touch and have a relationship with; not null
   * @param uncovered the departments we touch without a relationship; not null, disjoint from
   *     {@code covered}
   * @param tomorrowsStars the contacts flagged as tomorrow's stars; not null, each in a covered
   *     department
   * @throws IllegalArgumentException if a department is both covered and uncovered, or a listed
   *     star is not flagged or not in a covered department
   */
  public DepartmentCoverage {
    Objects.requireNonNull(covered, "covered");
    Objects.requireNonNull(uncovered, "uncovered");
    Objects.requireNonNull(tomorrowsStars, "tomorrowsStars");
    covered = ImmutableSet.copyOf(covered);
    uncovered = ImmutableSet.copyOf(uncovered);
    tomorrowsStars = ImmutableList.copyOf(tomorrowsStars);
    Set<CustomerDepartment> both = Sets.intersection(covered, uncovered);
    checkArgument(both.isEmpty(), "a department is covered or not, not both: %s", both);
    for (DepartmentContact star : tomorrowsStars) {
      checkArgument(star.tomorrowsStar(), "%s is not flagged as one of tomorrow's stars", star);
      checkArgument(
          covered.contains(star.department()),
          "%s: a star's department is covered by the relationship with them",
          star);
    }
  }

  /** {@return every department we touch, covered first; never null} */
  public Set<CustomerDepartment> departments() {
    return ImmutableSet.<CustomerDepartment>builder().addAll(covered).addAll(uncovered).build();
  }

  /**
   * Returns the share of the departments we touch that we have a relationship with: covered /
   * touched, or no data if we touch none (D7.6).
   *
   * @return the rate, never null
   */
  public Rate rate() {
    return Rate.of(covered.size(), (long) covered.size() + uncovered.size());
  }

  /** {@return whether we have a relationship in every department we touch (D7.6)} */
  public boolean isComplete() {
    return uncovered.isEmpty();
  }

  /** {@return whether at least one of tomorrow's stars is being developed (D7.6)} */
  public boolean developsTomorrowsStars() {
    return !tomorrowsStars.isEmpty();
  }

  /** {@return e.g. {@code covered 3/4, uncovered [finance], tomorrow's stars [P-7 in ...]}} */
  @Override
  public String toString() {
    return "covered "
        + rate()
        + ", uncovered "
        + uncovered
        + ", tomorrow's stars "
        + tomorrowsStars;
  }
}
