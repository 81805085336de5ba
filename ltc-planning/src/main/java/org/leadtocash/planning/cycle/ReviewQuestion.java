package org.leadtocash.planning.cycle;

/**
 * The questions of the third stage, review and adjust: senior managers review the overall effect of
 * the account plans (DOMAIN D11.10). Each is put so that "yes" is the sound answer; a question
 * answered "no" needs an adjustment of the plan before the cycle moves on to implementation.
 */
public enum ReviewQuestion {
  /** Does the target fit the customer's strategy and reality, not merely look reasonable? */
  TARGET_FITS_REALITY("does the target fit the customer's strategy and reality?"),
  /** Are strategy, targets and the resources inside and outside the unit well linked? */
  STRATEGY_TARGETS_RESOURCES_LINKED("are strategy, targets and resources linked?"),
  /** Does the return justify the resources the plan spends? */
  RETURN_JUSTIFIES_RESOURCES("does the return justify the resources?"),
  /** Does the product-line strategy fit the customer's strategy? */
  PRODUCT_LINE_FITS_CUSTOMER("does the product-line strategy fit the customer's strategy?"),
  /** Is there enough capability to meet the competition and the customer's requirements? */
  CAPABLE_AGAINST_COMPETITION(
      "is there enough capability to meet the competition and the customer's requirements?"),
  /** Are the new initiatives the customer's requirements and the opportunities call for planned? */
  NEW_INITIATIVES_PLANNED(
      "are the new initiatives the customer's requirements and opportunities call for planned?"),
  /** Is enough attention given to raising profit and controlling risk? */
  PROFIT_AND_RISK_ATTENDED("is enough attention given to raising profit and controlling risk?"),
  /** Are the opportunities and customers that matter most to the company named? */
  PRIORITIES_NAMED("are the opportunities and customers that matter most to the company named?"),
  /** Is the account strategy's effect on the overall business strategy understood? */
  BUSINESS_STRATEGY_EFFECT_UNDERSTOOD(
      "is the account strategy's effect on the overall business strategy understood?"),
  /** Is there a way to link and coordinate the account's various opportunities? */
  OPPORTUNITIES_COORDINATED("is there a way to link and coordinate the opportunities?"),
  /** Are the resources needed to support selling to and serving the account identified? */
  SUPPORT_RESOURCES_IDENTIFIED("are the resources needed to support sales and service identified?");

  private final String label;

  ReviewQuestion(String label) {
    this.label = label;
  }

  /** {@return the question in words; never null} */
  public String label() {
    return label;
  }
}
