package org.leadtocash.domain.customer;

/**
 * A customer's grade, highest first (DOMAIN D6.2): {@code S}, {@code A}, {@code B}, {@code C}. Each
 * grade carries its own technical, commercial and contact policy, reviewed every year.
 */
public enum CustomerGrade {
  /** The highest grade. */
  S,
  /** The second grade. */
  A,
  /** The third grade. */
  B,
  /** The lowest grade. */
  C
}
