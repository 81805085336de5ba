package org.leadtocash.domain.relationship;

/**
 * The seven roles of the customer's decision chain (决策链, DOMAIN D7.2), in the order of the buying
 * process. A person may hold several roles; a role no one is known to hold is a hidden part of the
 * chain, and an unmapped decision chain is a recorded risk ({@link ChainRiskKind#HIDDEN_ROLE}).
 */
public enum DecisionRole {
  /** Initiator (发起者): raises the need and starts the purchase. */
  INITIATOR("initiator", "发起者", "raises the need and starts the purchase"),
  /** User (使用者): will use what is bought, and judges it by that use. */
  USER("user", "使用者", "will use what is bought, and judges it by that use"),
  /** Influencer (影响者): shapes the requirements and the evaluation without deciding. */
  INFLUENCER("influencer", "影响者", "shapes the requirements and the evaluation without deciding"),
  /** Decider (决定者): chooses the supplier. */
  DECIDER("decider", "决定者", "chooses the supplier"),
  /** Approver (批准者): authorises the decision and the budget. */
  APPROVER("approver", "批准者", "authorises the decision and the budget"),
  /** Buyer (购买者): runs the procurement — tender, negotiation, contract. */
  BUYER("buyer", "购买者", "runs the procurement: tender, negotiation, contract"),
  /** Gatekeeper or controller (控制者): controls the flow of information and access to the rest. */
  GATEKEEPER("gatekeeper", "控制者", "controls the flow of information and the access to the others");

  private final String label;
  private final String chineseTerm;
  private final String definition;

  DecisionRole(String label, String chineseTerm, String definition) {
    this.label = label;
    this.chineseTerm = chineseTerm;
    this.definition = definition;
  }

  /** {@return the role's name, e.g. {@code decider}; never null} */
  public String label() {
    return label;
  }

  /** {@return the sources' term, e.g. {@code 决定者}; never null} */
  public String chineseTerm() {
    return chineseTerm;
  }

  /** {@return what a holder of the role does in the purchase; never null} */
  public String definition() {
    return definition;
  }
}
