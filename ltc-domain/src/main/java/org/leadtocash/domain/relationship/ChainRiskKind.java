package org.leadtocash.domain.relationship;

import org.leadtocash.domain.common.RuleId;

/**
 * The kinds of risk a {@link ChainCoverageReport} records for a decision chain, each with the
 * DOMAIN rule it comes from and what the account team does next about it.
 */
public enum ChainRiskKind {
  /** A decision role no one is known to hold: an unmapped (hidden) decision chain (D7.2). */
  HIDDEN_ROLE(
      "hidden decision role",
      RuleId.D7_2,
      "find out who holds the role, through the coach and the people already mapped"),
  /** A mandatory position (CEO, CTO, COO, procurement director) no one holds (D7.2). */
  MANDATORY_POSITION_MISSING(
      "mandatory position missing",
      RuleId.D7_2,
      "add the holder of the position to the chain, then assess them"),
  /** A mandatory position whose holder's stance or key-relationship level is not known (D7.2). */
  MANDATORY_POSITION_UNASSESSED(
      "mandatory position not assessed",
      RuleId.D7_2,
      "record the holder's stance and assess the key relationship with them"),
  /**
   * A key person, outside the mandatory positions, whose stance is not recorded: no playbook move
   * applies yet (D7.3).
   */
  STANCE_UNKNOWN("stance unknown", RuleId.D7_3, "find out the person's stance towards us"),
  /** A hilltop project with no coach in the decision chain (D7.3). */
  NO_COACH_ON_HILLTOP(
      "no coach on a hilltop project", RuleId.D7_3, "develop a supporter into our coach");

  private final String label;
  private final RuleId rule;
  private final String action;

  ChainRiskKind(String label, RuleId rule, String action) {
    this.label = label;
    this.rule = rule;
    this.action = action;
  }

  /** {@return the kind in words, e.g. {@code hidden decision role}; never null} */
  public String label() {
    return label;
  }

  /** {@return the DOMAIN rule the risk comes from; never null} */
  public RuleId rule() {
    return rule;
  }

  /** {@return what to do next about a risk of this kind, e.g. {@code find out ...}; never null} */
  public String action() {
    return action;
  }
}
