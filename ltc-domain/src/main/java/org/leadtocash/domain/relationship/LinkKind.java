package org.leadtocash.domain.relationship;

/**
 * The kinds of directed line between two key persons of a {@link DecisionChain} (DOMAIN D7.2): the
 * customer's organisation chart and its influence map (客户组织权力地图).
 */
public enum LinkKind {
  /** The source reports to the target, its manager in the customer's organisation chart. */
  REPORTS_TO("reports to"),
  /** The source influences the target's decision, with an {@link InfluenceStrength}. */
  INFLUENCES("influences");

  private final String label;

  LinkKind(String label) {
    this.label = label;
  }

  /** {@return the kind in words, e.g. {@code reports to}; never null} */
  public String label() {
    return label;
  }
}
