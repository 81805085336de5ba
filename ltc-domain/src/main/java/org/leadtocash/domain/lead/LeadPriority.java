package org.leadtocash.domain.lead;

/**
 * A lead's priority, set by the answers to Q2 and Q3 of the validation KCP; leads are reviewed in
 * priority order, highest first (DOMAIN D2.5).
 */
public enum LeadPriority {
  /** Reviewed first. */
  HIGH,
  /** Reviewed after the high ones. */
  MEDIUM,
  /** Reviewed last. */
  LOW
}
