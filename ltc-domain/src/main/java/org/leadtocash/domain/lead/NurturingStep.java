package org.leadtocash.domain.lead;

import java.util.Optional;

/**
 * The nurturing path, step by step in the order it is walked (DOMAIN D2.6). If the key decision
 * maker (KDM) does not acknowledge our vision, the path goes back to {@link #SHAPE_KDM_VISION}.
 */
public enum NurturingStep {
  /** Identify the customer's pain points and pain chain. */
  IDENTIFY_PAIN_CHAIN("identify the customer's pain points and pain chain"),
  /** Arouse the key decision maker's interest. */
  AROUSE_KDM_INTEREST("arouse the key decision maker's interest"),
  /** Guide the KDM to acknowledge the pain. */
  GUIDE_KDM_TO_PAIN("guide the KDM to acknowledge the pain"),
  /** Decide the competitive strategy. */
  DECIDE_COMPETITIVE_STRATEGY("decide the competitive strategy"),
  /** Create or reshape the KDM's vision to match ours. */
  SHAPE_KDM_VISION("create or reshape the KDM's vision to match ours"),
  /** The KDM acknowledges the vision; if not, go back to shaping it. */
  KDM_ACKNOWLEDGES("the KDM acknowledges the vision"),
  /** Guide budget and financing. */
  GUIDE_BUDGET_AND_FINANCING("guide budget and financing"),
  /** Hand the lead over for conversion. */
  HAND_OVER("hand the lead over");

  private final String label;

  NurturingStep(String label) {
    this.label = label;
  }

  /** {@return what the step does, in the domain's words; never null} */
  public String label() {
    return label;
  }

  /** {@return the first step of the path; never null} */
  public static NurturingStep first() {
    return IDENTIFY_PAIN_CHAIN;
  }

  /** {@return the step after this one, or empty after {@link #HAND_OVER}; never null} */
  public Optional<NurturingStep> next() {
    NurturingStep[] steps = values();
    return ordinal() + 1 < steps.length ? Optional.of(steps[ordinal() + 1]) : Optional.empty();
  }
}
