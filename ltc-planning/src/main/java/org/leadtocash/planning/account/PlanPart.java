package org.leadtocash.planning.account;

/**
 * The parts of an account plan (DOMAIN D11.9), by section, in the order of DOMAIN; the {@link
 * AccountPlan#completeness() completeness report} lists each as present or missing.
 */
public enum PlanPart {
  /** The customer's purchases by product. */
  SALES_BY_PRODUCT(PlanSection.CUSTOMER_INFORMATION, "sales by product"),
  /** What the customer earns us. */
  PROFITABILITY(PlanSection.CUSTOMER_INFORMATION, "customer profitability"),
  /** Whether decisions are made locally or at headquarters, and how. */
  DECISION_MAKING(PlanSection.CUSTOMER_INFORMATION, "decision power and process"),
  /** The best three to five opportunities. */
  BEST_OPPORTUNITIES(PlanSection.CUSTOMER_TARGETS, "best 3 to 5 opportunities"),
  /** The biggest risks. */
  BIGGEST_RISKS(PlanSection.CUSTOMER_TARGETS, "biggest risks"),
  /** The sales targets by product. */
  TARGETS_BY_PRODUCT(PlanSection.CUSTOMER_TARGETS, "targets by product"),
  /** How often the customer is called on. */
  CALL_FREQUENCY(PlanSection.CUSTOMER_STRATEGY, "call-plan frequency"),
  /** The team the account needs. */
  TEAM_REQUIREMENTS(PlanSection.CUSTOMER_STRATEGY, "team requirements"),
  /** The products the account needs. */
  PRODUCT_REQUIREMENTS(PlanSection.CUSTOMER_STRATEGY, "product requirements"),
  /** The performance measures. */
  MEASURES(PlanSection.CUSTOMER_STRATEGY, "performance measures"),
  /** The milestones with their dates. */
  MILESTONES(PlanSection.CUSTOMER_STRATEGY, "milestones");

  private final PlanSection section;
  private final String label;

  PlanPart(PlanSection section, String label) {
    this.section = section;
    this.label = label;
  }

  /** {@return the section the part belongs to} */
  public PlanSection section() {
    return section;
  }

  /** {@return the part in words, e.g. "call-plan frequency"} */
  public String label() {
    return label;
  }
}
