package org.leadtocash.domain.relationship;

/**
 * The eight steps of a customer's procurement process, in order (DOMAIN D7.7). The organisational
 * relationship is measured by how many of them we take part in.
 */
public enum ProcurementStep {
  /** Assess the problem or opportunity (评估问题或机会). */
  ASSESS_PROBLEM("assess the problem or opportunity"),
  /** Set objectives (制定目标). */
  SET_OBJECTIVES("set objectives"),
  /** Draft and issue the tender (制订标书 &amp; 发标). */
  ISSUE_TENDER("draft and issue the tender"),
  /** Evaluate products (进行产品评估). */
  EVALUATE_PRODUCTS("evaluate products"),
  /** Certify suppliers (进行供应商认证). */
  CERTIFY_SUPPLIERS("certify suppliers"),
  /** Negotiate and sign the contract (谈判 / 合同签订). */
  NEGOTIATE_AND_SIGN("negotiate and sign"),
  /** Implement the project (工程项目实施). */
  IMPLEMENT_PROJECT("implement the project"),
  /** Evaluate the result (项目成果评估). */
  EVALUATE_RESULT("evaluate the result");

  private final String label;

  ProcurementStep(String label) {
    this.label = label;
  }

  /** {@return the step in the sources' words; never null} */
  public String label() {
    return label;
  }
}
