package org.leadtocash.planning.relationship;

/**
 * What the relationship analysis says of the main competitor (DOMAIN D10.1, step 2), in the order
 * of DOMAIN.
 */
public enum CompetitorAspect {
  /** Their targets. */
  TARGETS("targets"),
  /** Their strategy. */
  STRATEGY("strategy"),
  /** Their organisation. */
  ORGANISATION("organisation"),
  /** Their staffing. */
  STAFFING("staffing"),
  /** Their KPIs. */
  KPIS("KPIs"),
  /** Their strengths. */
  STRENGTHS("strengths"),
  /** Their problems. */
  PROBLEMS("problems");

  private final String label;

  CompetitorAspect(String label) {
    this.label = label;
  }

  /** {@return the aspect in D10.1's words; never null} */
  public String label() {
    return label;
  }
}
