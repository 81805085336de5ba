package org.leadtocash.planning.cycle;

import java.util.Optional;

/** The eight steps of the second stage, develop the plan, in order (DOMAIN D11.10). */
public enum DevelopmentStep {
  /** 1. Gather the initial information. */
  GATHER_INITIAL_INFORMATION("gather the initial information"),
  /** 2. Set the strategy. */
  SET_STRATEGY("set the strategy"),
  /** 3. Consolidate the data. */
  CONSOLIDATE_DATA("consolidate the data"),
  /** 4. Set the direction. */
  SET_DIRECTION("set the direction"),
  /** 5. Draw up the action plans. */
  ACTION_PLANS("draw up the action plans"),
  /** 6. Draw up the customer plan. */
  CUSTOMER_PLAN("draw up the customer plan"),
  /** 7. Consolidate the customer plans. */
  CONSOLIDATE_PLANS("consolidate the customer plans"),
  /** 8. Keep the action plans valid. */
  KEEP_ACTION_PLANS_VALID("keep the action plans valid");

  private final String label;

  DevelopmentStep(String label) {
    this.label = label;
  }

  /** {@return the step in words, e.g. "set the strategy"; never null} */
  public String label() {
    return label;
  }

  /** {@return the step's number, from 1 to 8} */
  public int number() {
    return ordinal() + 1;
  }

  /** {@return the step that follows, empty after the eighth; never null} */
  public Optional<DevelopmentStep> next() {
    DevelopmentStep[] steps = values();
    return ordinal() + 1 < steps.length ? Optional.of(steps[ordinal() + 1]) : Optional.empty();
  }
}
