package org.leadtocash.domain.customer;

/**
 * The levels of Maslow's hierarchy of needs, lowest first, by which a key person's needs are
 * profiled (DOMAIN D6.8, D7.8: personal data, never printed).
 */
public enum MaslowLevel {
  /** Physiological needs. */
  PHYSIOLOGICAL,
  /** Safety and security. */
  SAFETY,
  /** Love and belonging. */
  BELONGING,
  /** Esteem: recognition, status. */
  ESTEEM,
  /** Self-actualisation. */
  SELF_ACTUALISATION
}
