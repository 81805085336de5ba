package org.leadtocash.domain.lead;

/** The roles that own the sub-processes of managing leads (DOMAIN D2.4). */
public enum LeadRole {
  /** Gathers information from many channels, creates the initial lead and submits its profile. */
  CREATOR,
  /** Validates, classifies and prioritises leads; the weekly lead review decides on them. */
  LEAD_MANAGER,
  /** Tracks and nurtures a lead along the nurturing path of D2.6. */
  NURTURING_OWNER
}
