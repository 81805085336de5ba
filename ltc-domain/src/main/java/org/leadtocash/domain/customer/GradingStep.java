package org.leadtocash.domain.customer;

import com.google.common.collect.ImmutableList;
import java.util.Optional;

/**
 * The five steps of grading a customer, in their order (DOMAIN D6.3). A {@link Customer} records
 * which steps have been taken, and takes a step only after the one before it.
 */
public enum GradingStep {
  /** Analyse the basic data: the customer's profile and third-party reports. */
  ANALYSE_BASIC_DATA("analyse basic data", "customer profile, third-party reports"),
  /** Identify the customer's value: value-return curve, long-term and current value. */
  IDENTIFY_VALUE("identify value", "value-return curve, long-term and current value"),
  /** Grade the customer (S/A/B/C and a category) and set the grade's policy. */
  GRADE_AND_SET_POLICY(
      "grade and set policy", "grade, category; technical, commercial and contact policy"),
  /** Decide the key-account service strategy: what the customer values in us. */
  DECIDE_SERVICE_STRATEGY(
      "decide the key-account service strategy",
      "innovation, response speed, customisation, low price, financing, consulting, convenience"),
  /** Track and monitor: customer changes, voice of the customer, issue closure, returns. */
  TRACK_AND_MONITOR(
      "track and monitor",
      "customer changes, voice of the customer, issue closure, customer returns");

  private static final ImmutableList<GradingStep> IN_ORDER = ImmutableList.copyOf(values());

  private final String label;
  private final String covers;

  GradingStep(String label, String covers) {
    this.label = label;
    this.covers = covers;
  }

  /** {@return the step's name in the sources' words; never null} */
  public String label() {
    return label;
  }

  /** {@return what the step looks at (D6.3); never null} */
  public String covers() {
    return covers;
  }

  /** {@return the step before this one, or empty for the first; never null} */
  public Optional<GradingStep> previous() {
    int at = IN_ORDER.indexOf(this);
    return at == 0 ? Optional.empty() : Optional.of(IN_ORDER.get(at - 1));
  }

  /** {@return the step after this one, or empty for the last; never null} */
  public Optional<GradingStep> next() {
    int at = IN_ORDER.indexOf(this);
    return at + 1 < IN_ORDER.size() ? Optional.of(IN_ORDER.get(at + 1)) : Optional.empty();
  }
}
