package org.leadtocash.domain.opportunity;

/**
 * The functions that prepare the integrated project plan and budget estimate (概算) with sales, in
 * support of ATB and, refreshed, ATC (DOMAIN D3.2).
 */
public enum EstimateContributor {
  /** Supply. */
  SUPPLY,
  /** Procurement. */
  PROCUREMENT,
  /** Service delivery. */
  SERVICE_DELIVERY,
  /** Finance. */
  FINANCE
}
