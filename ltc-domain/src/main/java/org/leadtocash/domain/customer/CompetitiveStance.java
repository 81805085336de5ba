package org.leadtocash.domain.customer;

/**
 * The customer's own stance in its market (DOMAIN D6.8, D9.1 "look at the customer"): attacking to
 * win share, or defending what it holds.
 */
public enum CompetitiveStance {
  /** The customer attacks: a challenger winning share (进攻方). */
  ATTACKER,
  /** The customer defends: an incumbent holding its share (防守方). */
  DEFENDER
}
