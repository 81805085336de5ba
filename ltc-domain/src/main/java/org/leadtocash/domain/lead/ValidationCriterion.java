package org.leadtocash.domain.lead;

/**
 * Every criterion of the lead validation KCP, grouped by question (DOMAIN D2.5). Each criterion is
 * answered and recorded with a reason.
 */
public enum ValidationCriterion {
  /** Q1: the customer's need fits our strategy. */
  NEED_FITS_STRATEGY(ValidationQuestion.IS_IT_A_LEAD, "the customer's need fits our strategy"),
  /** Q1: the risks are acceptable. */
  RISKS_ACCEPTABLE(ValidationQuestion.IS_IT_A_LEAD, "the risks are acceptable"),
  /** Q2: the customer has an urgent business need. */
  URGENT_BUSINESS_NEED(
      ValidationQuestion.HOW_FAR_FROM_US, "the customer has an urgent business need"),
  /** Q2: the customer has a clear procurement process for solving the pain point. */
  CLEAR_PROCUREMENT_PROCESS(
      ValidationQuestion.HOW_FAR_FROM_US,
      "the customer has a clear procurement process for solving the pain point"),
  /** Q3, our relationship: our value to the buyer. */
  VALUE_TO_BUYER(ValidationQuestion.CAN_WE_WIN, "relationship: we bring value to the buyer"),
  /** Q3, our relationship: we understand the customer's power map. */
  POWER_MAP_UNDERSTOOD(
      ValidationQuestion.CAN_WE_WIN, "relationship: we understand the customer's power map"),
  /** Q3, our relationship: our value proposition is differentiated. */
  DIFFERENTIATED_VALUE_PROPOSITION(
      ValidationQuestion.CAN_WE_WIN, "relationship: our value proposition is differentiated"),
  /** Q3, our relationship: a coach inside the customer is ready. */
  COACH_READY(ValidationQuestion.CAN_WE_WIN, "relationship: a coach inside the customer is ready"),
  /** Q3: our solution is mature — existing products meet the need. */
  SOLUTION_MATURE(
      ValidationQuestion.CAN_WE_WIN, "solution maturity: existing products meet the need"),
  /** Q3: the key sales team members are available. */
  KEY_SALES_TEAM_AVAILABLE(
      ValidationQuestion.CAN_WE_WIN, "the key members of the sales team are available"),
  /** Q3: the competitive landscape lets us win. */
  COMPETITIVE_LANDSCAPE(ValidationQuestion.CAN_WE_WIN, "the competitive landscape lets us win"),
  /** Q3: the risk is bearable and we are willing to pursue. */
  RISK_AND_WILLINGNESS(
      ValidationQuestion.CAN_WE_WIN, "the risk is bearable and we are willing to pursue");

  private final ValidationQuestion question;
  private final String label;

  ValidationCriterion(ValidationQuestion question, String label) {
    this.question = question;
    this.label = label;
  }

  /** {@return the question this criterion belongs to; never null} */
  public ValidationQuestion question() {
    return question;
  }

  /** {@return what the criterion asks, in the domain's words; never null} */
  public String label() {
    return label;
  }
}
