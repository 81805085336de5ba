package org.leadtocash.domain.relationship;

import java.util.Objects;

/**
 * The level of the organisational relationship with a customer, company to company, lowest first
 * (DOMAIN D7.7): ordinary supplier &lt; qualified supplier &lt; key supplier &lt; partner &lt;
 * strategic partner — the highest a customer relationship reaches (战略合作伙伴关系).
 */
public enum OrganisationalRelationshipLevel {
  /** Ordinary supplier (普通供应商). */
  ORDINARY_SUPPLIER("ordinary supplier"),
  /** Qualified supplier (合格供应商). */
  QUALIFIED_SUPPLIER("qualified supplier"),
  /** Key supplier (关键供应商). */
  KEY_SUPPLIER("key supplier"),
  /** Partner (合作伙伴). */
  PARTNER("partner"),
  /** Strategic partner (战略合作伙伴). */
  STRATEGIC_PARTNER("strategic partner");

  private final String label;

  OrganisationalRelationshipLevel(String label) {
    this.label = label;
  }

  /** {@return the level in the sources' words; never null} */
  public String label() {
    return label;
  }

  /**
   * Returns whether this level is at least the given one.
   *
   * @param other the level to compare with; not null
   * @return whether this level is the same or higher
   */
  public boolean isAtLeast(OrganisationalRelationshipLevel other) {
    Objects.requireNonNull(other, "other");
    return compareTo(other) >= 0;
  }
}
