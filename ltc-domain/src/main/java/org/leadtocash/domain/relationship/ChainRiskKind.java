package org.leadtocash.domain.relationship;

import org.leadtocash.domain.common.RuleId;

/**
 * The kinds of risk a {@link ChainCoverageReport} records for a decision chain, each with the
 * DOMAIN rule it comes from.
 */
public enum ChainRiskKind {
  /** A decision role no one is known to hold: an unmapped (hidden) decision chain (D7.2). */
  HIDDEN_ROLE("hidden decision role", RuleId.D7_2),
  /** A mandatory position (CEO, CTO, COO, procurement director) no one holds (D7.2). */
  MANDATORY_POSITION_MISSING("mandatory position missing", RuleId.D7_2),
  /** A mandatory position whose holder's stance or key-relationship level is not known (D7.2). */
  MANDATORY_POSITION_UNASSESSED("mandatory position not assessed", RuleId.D7_2),
  /**
   * A key person, outside the mandatory positions, whose stance is not recorded: no playbook move
   * applies yet (D7.3).
   */
  STANCE_UNKNOWN("stance unknown", RuleId.D7_3),
  /** A hilltop project with no coach in the decision chain (D7.3). */
  NO_COACH_ON_HILLTOP("no coach on a hilltop project", RuleId.D7_3);

  private final String label;
  private final RuleId rule;

  ChainRiskKind(String label, RuleId rule) {
    this.label = label;
    this.rule = rule;
  }

  /** {@return the kind in words, e.g. {@code hidden decision role}; never null} */
  public String label() {
    return label;
  }

  /** {@return the DOMAIN rule the risk comes from; never null} */
  public RuleId rule() {
    return rule;
  }
}
