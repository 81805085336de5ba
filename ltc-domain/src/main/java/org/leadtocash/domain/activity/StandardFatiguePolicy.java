package org.leadtocash.domain.activity;

import java.util.Objects;
import java.util.OptionalInt;

/** The default {@link FatiguePolicy}; see {@link FatiguePolicy#standard()}. */
enum StandardFatiguePolicy implements FatiguePolicy {
  INSTANCE;

  /** The window of every type but the daily visit. */
  static final int WINDOW_DAYS = 30;

  @Override
  public OptionalInt windowDays(ActivityType type) {
    Objects.requireNonNull(type, "type");
    return type == ActivityType.DAILY_VISIT ? OptionalInt.empty() : OptionalInt.of(WINDOW_DAYS);
  }

  @Override
  public String toString() {
    return "FatiguePolicy.standard(" + WINDOW_DAYS + " days, daily visits exempt)";
  }
}
