package org.leadtocash.domain.lead;

/** The roles that own the sub-processes of managing leads (DOMAIN D2.4). */
public enum LeadRole {
  /** Gathers information from many channels, creates the initial lead and submits its profile. */
  CREATOR("lead creator"),
  /** Validates, classifies and prioritises leads; the weekly lead review decides on them. */
  LEAD_MANAGER("lead manager"),
  /** Tracks and nurtures a lead along the nurturing path of D2.6. */
  NURTURING_OWNER("nurturing owner");

  private final String label;

  LeadRole(String label) {
    this.label = label;
  }

  /** {@return the lead role in words, for display, e.g. {@code lead creator}; never null} */
  public String label() {
    return label;
  }
}
