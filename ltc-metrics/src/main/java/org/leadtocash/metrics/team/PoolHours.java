package org.leadtocash.metrics.team;

import static com.google.common.base.Preconditions.checkArgument;

import java.math.BigDecimal;
import java.util.Objects;
import org.leadtocash.domain.common.Rate;

/**
 * The hours of a resource pool, or of several (DOMAIN D4.4): available, assigned to projects and
 * charged to projects, with the pool's {@link #utilisation()} and {@link #chargeability()}. An
 * immutable value; {@link #plus} is associative and commutative, and {@link #NONE} is its identity.
 *
 * @param available the hours available; not null, not negative
 * @param assigned the hours assigned to projects; not null, 0 to {@code available}
 * @param charged the hours charged to projects; not null, 0 to {@code available}
 */
public record PoolHours(BigDecimal available, BigDecimal assigned, BigDecimal charged) {

  /** No hours. */
  public static final PoolHours NONE =
      new PoolHours(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);

  /**
   * Checks the parts.
   *
   * @param available the hours available; not null, not negative
   * @param assigned the hours assigned to projects; not null, 0 to {@code available}
   * @param charged the hours charged to projects; not null, 0 to {@code available}
   * @throws IllegalArgumentException if an amount is negative, or the assigned or charged hours
   *     exceed the available ones
   */
  public PoolHours {
    check(available, assigned, charged);
  }

  static void check(BigDecimal available, BigDecimal assigned, BigDecimal charged) {
    Objects.requireNonNull(available, "available");
    Objects.requireNonNull(assigned, "assigned");
    Objects.requireNonNull(charged, "charged");
    checkArgument(
        available.signum() >= 0 && assigned.signum() >= 0 && charged.signum() >= 0,
        "hours are not negative: %s available, %s assigned, %s charged",
        available,
        assigned,
        charged);
    checkArgument(
        assigned.compareTo(available) <= 0 && charged.compareTo(available) <= 0,
        "hours assigned (%s) and charged (%s) are part of the hours available (%s) (DOMAIN D4.4)",
        assigned,
        charged,
        available);
  }

  /**
   * Adds other hours.
   *
   * @param other the other hours; not null
   * @return the sum, never null
   */
  public PoolHours plus(PoolHours other) {
    Objects.requireNonNull(other, "other");
    return new PoolHours(
        available.add(other.available), assigned.add(other.assigned), charged.add(other.charged));
  }

  /** {@return the utilisation: hours assigned / hours available; "no data" without hours} */
  public Rate utilisation() {
    return Rate.of(assigned, available);
  }

  /** {@return the chargeability: hours charged / hours available; "no data" without hours} */
  public Rate chargeability() {
    return Rate.of(charged, available);
  }

  /** {@return e.g. {@code assigned 75.0% (30 of 40 h), charged 62.5% (25 of 40 h)}} */
  @Override
  public String toString() {
    return "assigned " + hours(utilisation()) + ", charged " + hours(chargeability());
  }

  private static String hours(Rate rate) {
    return rate.toString().replace(")", " h)");
  }
}
