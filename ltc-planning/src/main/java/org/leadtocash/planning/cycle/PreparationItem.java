package org.leadtocash.planning.cycle;

/**
 * What management records in the first stage, plan and prepare, before the plans are developed
 * (DOMAIN D11.10).
 */
public enum PreparationItem {
  /** Management's expectations: the overall strategy and what it expects of each account. */
  EXPECTATIONS("management's expectations"),
  /** The timetable of planning and review, with the review dates. */
  TIMETABLE("the timetable"),
  /** Who prepares and who reviews: usually the account manager leads the planning. */
  RESPONSIBILITIES("the responsibilities"),
  /** The common templates of the plans, each with clear instructions. */
  TEMPLATES("the templates"),
  /** The planning guidelines: the questions senior managers want answered. */
  GUIDELINES("the guidelines");

  private final String label;

  PreparationItem(String label) {
    this.label = label;
  }

  /** {@return the item in words, e.g. "the timetable"; never null} */
  public String label() {
    return label;
  }
}
