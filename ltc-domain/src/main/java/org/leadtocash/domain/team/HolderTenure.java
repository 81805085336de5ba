package org.leadtocash.domain.team;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.Period;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of a {@link TenureReport}: how long a person has held a customer, and whether they are
 * due for rotation (DOMAIN D4.7).
 *
 * @param holder the holder; not null
 * @param tenure how long they have held the customer, or empty if their start is not known; not
 *     null
 * @param dueForRotation whether they have held it for the policy's limit or longer
 */
public record HolderTenure(RoleHolder holder, Optional<Period> tenure, boolean dueForRotation) {

  /**
   * Checks the parts.
   *
   * @param holder the holder; not null
   * @param tenure how long they have held the customer, or empty if their start is not known; not
   *     null
   * @param dueForRotation whether they have held it for the policy's limit or longer
   * @throws IllegalArgumentException if the tenure is known exactly when the holder's start is not,
   *     is negative, or someone of unknown tenure is flagged
   */
  public HolderTenure {
    Objects.requireNonNull(holder, "holder");
    Objects.requireNonNull(tenure, "tenure");
    checkArgument(
        tenure.isPresent() == holder.since().isPresent(),
        "a tenure is known exactly when the holder's start is (DOMAIN D4.7)");
    tenure.ifPresent(t -> checkArgument(!t.isNegative(), "a tenure is not negative: %s", t));
    checkArgument(
        !dueForRotation || tenure.isPresent(),
        "only someone whose tenure is known is due for rotation (DOMAIN D4.7)");
  }

  /** {@return e.g. {@code AR E-7 since 2020-03-01: P5Y10M, due for rotation}} */
  @Override
  public String toString() {
    return holder
        + ": "
        + tenure.map(Period::toString).orElse("tenure unknown")
        + (dueForRotation ? ", due for rotation" : "");
  }
}
