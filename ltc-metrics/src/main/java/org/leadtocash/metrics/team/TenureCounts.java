package org.leadtocash.metrics.team;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;

/**
 * The accumulator of {@link TenureAgainstRotation} (DOMAIN D4.7): counts over the holders of
 * customer-group triangles. An immutable value; {@link #plus} is associative and commutative and
 * {@link #NONE} is its identity.
 *
 * @param holders the holders reviewed, not negative
 * @param knownTenure those whose start is known, 0 to {@code holders}
 * @param due those due for rotation, 0 to {@code knownTenure}
 * @param tenureDays the days held by the holders of known tenure, added up; not negative
 */
public record TenureCounts(long holders, long knownTenure, long due, long tenureDays) {

  /** No holder. */
  public static final TenureCounts NONE = new TenureCounts(0, 0, 0, 0);

  /**
   * Checks the counts.
   *
   * @param holders the holders reviewed, not negative
   * @param knownTenure those whose start is known, 0 to {@code holders}
   * @param due those due for rotation, 0 to {@code knownTenure}
   * @param tenureDays the days held by the holders of known tenure, added up; not negative
   * @throws IllegalArgumentException if a count is negative or a part exceeds its whole
   */
  public TenureCounts {
    checkArgument(
        holders >= 0 && knownTenure >= 0 && due >= 0 && tenureDays >= 0,
        "tenure counts are not negative");
    checkArgument(
        knownTenure <= holders && due <= knownTenure,
        "due (%s) ≤ known tenure (%s) ≤ holders (%s)",
        due,
        knownTenure,
        holders);
  }

  /**
   * Adds other counts.
   *
   * @param other the other counts; not null
   * @return the sum, never null
   */
  public TenureCounts plus(TenureCounts other) {
    Objects.requireNonNull(other, "other");
    return new TenureCounts(
        Math.addExact(holders, other.holders),
        Math.addExact(knownTenure, other.knownTenure),
        Math.addExact(due, other.due),
        Math.addExact(tenureDays, other.tenureDays));
  }
}
