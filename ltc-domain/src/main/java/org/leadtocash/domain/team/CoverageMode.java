package org.leadtocash.domain.team;

/** How a customer is covered (DOMAIN D4.6): by our own iron triangle, or through channels. */
public enum CoverageMode {
  /** Direct sales: our own iron triangle covers the customer. Effective, but expensive. */
  DIRECT,
  /** Channel sales: partners cover the customer, whose business does not pay for a triangle. */
  CHANNEL
}
