package org.leadtocash.domain.opportunity;

/**
 * The four factors of sales success (DOMAIN D3.6): a good customer relationship, a competitive
 * solution, competitive commercial terms and high-quality delivery.
 */
public enum WinFactor {
  /** A good customer relationship. */
  CUSTOMER_RELATIONSHIP,
  /** A competitive solution. */
  SOLUTION,
  /** Competitive commercial terms. */
  COMMERCIAL_TERMS,
  /** High-quality delivery. */
  DELIVERY
}
