package org.leadtocash.domain.process;

/** What the levels of a process say: what to do, or how to do it (DOMAIN D1.1). */
public enum ProcessConcern {
  /**
   * What to do (L1–L3): the value, scope and logic of the business, globally uniform and owned by
   * headquarters, with its control requirements (KCPs and KDPs).
   */
  WHAT,
  /**
   * How to do it (L4–L6): the concrete actions of each role in each scenario, and the tools and
   * templates that make the work efficient; adapted locally within the rights of D1.2.
   */
  HOW
}
