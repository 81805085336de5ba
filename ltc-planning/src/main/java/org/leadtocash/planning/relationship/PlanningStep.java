package org.leadtocash.planning.relationship;

import java.util.Objects;
import java.util.Optional;

/**
 * The five steps of a relationship plan, in the order they are walked (DOMAIN D10.1): a step is
 * entered only once the one before is complete.
 */
public enum PlanningStep {
  /** Inherit the market targets: profit, share, competition and hilltop targets. */
  INHERIT_MARKET_TARGETS("inherit the market targets"),
  /** Analyse ours and the main competitor's relationships on the three layers of D7. */
  ANALYSE_RELATIONSHIPS("analyse the relationships"),
  /** Set the relationship targets, derived from the market targets. */
  SET_RELATIONSHIP_TARGETS("set the relationship targets"),
  /** Give every relationship target a strategy, per person and per department. */
  SET_STRATEGIES("set the strategies"),
  /** Execute and monitor: staffing, responsibility, evaluation, routine monitoring. */
  EXECUTE_AND_MONITOR("execute and monitor");

  private final String label;

  PlanningStep(String label) {
    this.label = label;
  }

  /** {@return the step in D10.1's words, e.g. "analyse the relationships"; never null} */
  public String label() {
    return label;
  }

  /** {@return the step's number, 1 to 5, as D10.1 counts them} */
  public int number() {
    return ordinal() + 1;
  }

  /** {@return the step after this one, or empty after the fifth; never null} */
  public Optional<PlanningStep> next() {
    return ordinal() + 1 < values().length
        ? Optional.of(values()[ordinal() + 1])
        : Optional.empty();
  }

  /**
   * Returns whether this step comes at or after another.
   *
   * @param other the step to compare with; not null
   * @return whether this step is the same or later
   */
  public boolean isAtLeast(PlanningStep other) {
    Objects.requireNonNull(other, "other");
    return compareTo(other) >= 0;
  }
}
