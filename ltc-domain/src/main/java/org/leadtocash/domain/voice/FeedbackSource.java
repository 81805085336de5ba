package org.leadtocash.domain.voice;

/**
 * Where the voice of the customer reaches us (DOMAIN D8.1): passive sources, where the customer
 * comes to us, and active ones, where we go to the customer.
 */
public enum FeedbackSource {
  /** Service hotline (服务热线); passive. */
  HOTLINE(false),
  /** Customer service requests (客户服务请求); passive. */
  SERVICE_REQUEST(false),
  /** Sales reports (销售报告); passive. */
  SALES_REPORT(false),
  /** Returns (退货信息); passive. */
  RETURNS(false),
  /** Web feedback (网络反馈); passive. */
  WEB_FEEDBACK(false),
  /** Customer interviews (客户访谈); active. */
  INTERVIEW(true),
  /** Problem-solving teams (问题处理团队); active. */
  PROBLEM_SOLVING_TEAM(true),
  /** Customer surveys (客户调查); active. */
  SURVEY(true),
  /** Partner interviews (合作伙伴访谈); active. */
  PARTNER_INTERVIEW(true),
  /** Direct observation (直接观察法); active. */
  DIRECT_OBSERVATION(true);

  private final boolean active;

  FeedbackSource(boolean active) {
    this.active = active;
  }

  /** {@return whether we sought the voice out (an active source) rather than received it} */
  public boolean isActive() {
    return active;
  }
}
