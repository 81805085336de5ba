package org.leadtocash.domain.voice;

/**
 * Where the voice of the customer reaches us (DOMAIN D8.1): passive sources, where the customer
 * comes to us, and active ones, where we go to the customer.
 */
public enum FeedbackSource {
  /** Service hotline (服务热线); passive. */
  HOTLINE(false, "the service hotline"),
  /** Customer service requests (客户服务请求); passive. */
  SERVICE_REQUEST(false, "a service request"),
  /** Sales reports (销售报告); passive. */
  SALES_REPORT(false, "a sales report"),
  /** Returns (退货信息); passive. */
  RETURNS(false, "returns"),
  /** Web feedback (网络反馈); passive. */
  WEB_FEEDBACK(false, "web feedback"),
  /** Customer interviews (客户访谈); active. */
  INTERVIEW(true, "a customer interview"),
  /** Problem-solving teams (问题处理团队); active. */
  PROBLEM_SOLVING_TEAM(true, "a problem-solving team"),
  /** Customer surveys (客户调查); active. */
  SURVEY(true, "a customer survey"),
  /** Partner interviews (合作伙伴访谈); active. */
  PARTNER_INTERVIEW(true, "a partner interview"),
  /** Direct observation (直接观察法); active. */
  DIRECT_OBSERVATION(true, "direct observation");

  private final boolean active;

  private final String label;

  FeedbackSource(boolean active, String label) {
    this.active = active;
    this.label = label;
  }

  /** {@return the source in words, for display, e.g. {@code the service hotline}; never null} */
  public String label() {
    return label;
  }

  /** {@return whether we sought the voice out (an active source) rather than received it} */
  public boolean isActive() {
    return active;
  }
}
