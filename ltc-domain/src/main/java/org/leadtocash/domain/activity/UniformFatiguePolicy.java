package org.leadtocash.domain.activity;

import java.util.Objects;
import java.util.OptionalInt;

/** A {@link FatiguePolicy} with one window for every type; see {@link FatiguePolicy#uniform}. */
record UniformFatiguePolicy(int days) implements FatiguePolicy {

  @Override
  public OptionalInt windowDays(ActivityType type) {
    Objects.requireNonNull(type, "type");
    return OptionalInt.of(days);
  }

  @Override
  public String toString() {
    return "FatiguePolicy.uniform(" + days + " days)";
  }
}
