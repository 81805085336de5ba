package org.leadtocash.domain.voice;

/** How satisfied the customer is with the handling of an issue (DOMAIN D8.2). */
public enum IssueSatisfaction {
  /** Satisfied with the handling and the resolution. */
  SATISFIED,
  /** Neither satisfied nor dissatisfied. */
  NEUTRAL,
  /** Dissatisfied: the monthly quality review looks at it. */
  DISSATISFIED
}
