package org.leadtocash.domain.team;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.Period;
import java.util.Objects;

/**
 * A {@link RotationPolicy} with a fixed limit; see {@link RotationPolicy#of(Period)}.
 *
 * @param maximumTenure the limit; positive
 */
record FixedRotationPolicy(Period maximumTenure) implements RotationPolicy {

  FixedRotationPolicy {
    Objects.requireNonNull(maximumTenure, "maximumTenure");
    checkArgument(
        !maximumTenure.isZero() && !maximumTenure.isNegative(),
        "a rotation limit is a positive period, not %s (DOMAIN D4.7)",
        maximumTenure);
  }

  @Override
  public String toString() {
    return "rotate after " + maximumTenure;
  }
}
