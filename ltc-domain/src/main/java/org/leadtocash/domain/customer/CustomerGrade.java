package org.leadtocash.domain.customer;

import java.util.Objects;

/**
 * A customer's grade, highest first (DOMAIN D6.2): {@code S}, {@code A}, {@code B}, {@code C}. Each
 * grade carries its own technical, commercial and contact policy ({@link GradePolicy}), reviewed
 * every year.
 *
 * <p>A grade says how much the customer is worth to us, current and long-term together: having no
 * business with a customer is not the same as the customer having no value (D6.2), so a customer
 * with no revenue yet may be graded {@code S}.
 */
public enum CustomerGrade {
  /** The highest grade. */
  S,
  /** The second grade. */
  A,
  /** The third grade. */
  B,
  /** The lowest grade. */
  C;

  /**
   * Returns whether this grade is the same as or higher than another ({@code S} is the highest).
   *
   * @param other the grade to compare with; not null
   * @return {@code true} if this grade ranks at least as high as {@code other}
   */
  public boolean isAtLeast(CustomerGrade other) {
    Objects.requireNonNull(other, "other");
    return compareTo(other) <= 0;
  }
}
