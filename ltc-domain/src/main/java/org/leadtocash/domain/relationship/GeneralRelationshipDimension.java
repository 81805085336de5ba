package org.leadtocash.domain.relationship;

/**
 * The four dimensions along which the general relationship with a customer is assessed (DOMAIN
 * D7.6): what broad relationships with every department we touch bring us. Each is scored on the
 * scale of {@link GeneralRelationshipAssessment}.
 */
public enum GeneralRelationshipDimension {
  /** Open information channels (信息渠道畅通): information reaches us timely, effective, proactive. */
  OPEN_INFORMATION_CHANNELS(
      "open information channels", "information reaches us timely, effectively and proactively"),
  /** Technical lead in bid evaluation (技术评标领先): our bids lead the technical evaluation. */
  TECHNICAL_LEAD_IN_BID_EVALUATION(
      "technical lead in bid evaluation", "our bids lead the customer's technical evaluation"),
  /**
   * Successful delivery and improved profitability (交付成功与改善盈利): projects are delivered well and
   * contracts signed without hidden traps.
   */
  SUCCESSFUL_DELIVERY_AND_PROFITABILITY(
      "successful delivery and improved profitability",
      "our projects are delivered successfully and our profitability improves"),
  /** Brand loyalty (品牌忠诚度): the customer's people stay loyal to our brand. */
  BRAND_LOYALTY("brand loyalty", "the customer's people are loyal to our brand");

  private final String label;
  private final String definition;

  GeneralRelationshipDimension(String label, String definition) {
    this.label = label;
    this.definition = definition;
  }

  /** {@return the dimension's name in the sources' words; never null} */
  public String label() {
    return label;
  }

  /** {@return what a high score means (D7.6); never null} */
  public String definition() {
    return definition;
  }
}
