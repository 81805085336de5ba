package org.leadtocash.domain.common;

import java.util.Objects;

/**
 * The levels of our own sales organisation, lowest first: representative office (代表处), region
 * (地区部), area (片联) and headquarters (DOMAIN D9.5, D1.2).
 *
 * <p>The same ladder gives the authority of a gate decision (D3.2), the order in which resource
 * pools are searched for iron-triangle members (D4.4: office, then region, then the global pool at
 * headquarters) and the roll-up of KPIs (D12).
 */
public enum OrganisationLevel {
  /** A representative office (代表处): its own goals and all its projects. */
  REPRESENTATIVE_OFFICE("representative office"),
  /** A region (地区部), above its representative offices. */
  REGION("region"),
  /** An area (片联): company goals and company-level projects. */
  AREA("area"),
  /** Headquarters: owns L1-L3 processes and the global resource pool. */
  HEADQUARTERS("headquarters");

  private final String label;

  OrganisationLevel(String label) {
    this.label = label;
  }

  /**
   * {@return the organisation level in words, for display, e.g. {@code representative office};
   * never null}
   */
  public String label() {
    return label;
  }

  /**
   * Returns whether this level is the same as or above another.
   *
   * @param other the level to compare with; not null
   * @return {@code true} if this level's authority covers {@code other}'s
   */
  public boolean isAtLeast(OrganisationLevel other) {
    Objects.requireNonNull(other, "other");
    return compareTo(other) >= 0;
  }
}
