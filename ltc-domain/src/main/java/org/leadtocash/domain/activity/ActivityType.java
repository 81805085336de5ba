package org.leadtocash.domain.activity;

/**
 * The contact activities of Huawei's "12 + 1" (华为12+1, DOMAIN D7.9): twelve contact scenes, in the
 * sources' order, plus one for joint work with the customer.
 *
 * <p>The sources number the twelve scenes and then add, in one parenthesis, "technical exchange,
 * joint innovation, joint brand, business and technical consulting" — the "+1". It is modelled as
 * <em>one</em> type, {@link #TECHNICAL_EXCHANGE_AND_JOINT_INNOVATION}, because the name "12 + 1"
 * counts it once: it is the one scene where we work on the customer's business together rather than
 * meet. Its four forms are kept as data, {@link CooperationForm}, which every activity of that type
 * states. Fatigue (D7.9: activities are rotated) is judged per type, so the four forms count as the
 * same scene.
 */
public enum ActivityType {
  /** 1. Company visit (公司考察): the customer visits our company. */
  COMPANY_VISIT("company visit"),
  /** 2. Exhibition or forum (展会论坛). */
  EXHIBITION_OR_FORUM("exhibition or forum"),
  /** 3. Showcase-site visit (样板点参观): a reference network or site we built. */
  SHOWCASE_SITE_VISIT("showcase-site visit"),
  /** 4. Topic exchange (专题交流): a session on one subject. */
  TOPIC_EXCHANGE("topic exchange"),
  /** 5. Executive visit (高层拜访): our executives visit theirs. */
  EXECUTIVE_VISIT("executive visit"),
  /**
   * 6. Sponsor meeting (赞助人): the customer's key people meet the executive sponsor we gave them.
   */
  SPONSOR_MEETING("sponsor meeting"),
  /** 7. Executive summit (高层峰会). */
  EXECUTIVE_SUMMIT("executive summit"),
  /** 8. Business-trip accompaniment (出差陪同). */
  BUSINESS_TRIP_ACCOMPANIMENT("business-trip accompaniment"),
  /** 9. Home visit (客户家访). */
  HOME_VISIT("home visit"),
  /** 10. Dinner (饭局宴请). */
  DINNER("dinner"),
  /** 11. Courtesy gifts (礼尚往来). */
  COURTESY_GIFTS("courtesy gifts"),
  /** 12. Daily visit (日常拜访): the routine visit, "the golden 20 minutes" (D7.4). */
  DAILY_VISIT("daily visit"),
  /**
   * The "+1": technical exchange, joint innovation, joint brand, business and technical consulting
   * (技术交流, 联合创新, 联合品牌, 商业与技术咨询); the activity states its {@link CooperationForm}.
   */
  TECHNICAL_EXCHANGE_AND_JOINT_INNOVATION("technical exchange and joint innovation");

  private final String label;

  ActivityType(String label) {
    this.label = label;
  }

  /** {@return the activity's name in the sources' words; never null} */
  public String label() {
    return label;
  }

  /** {@return whether this is the "+1", joint work whose activities state their form} */
  public boolean isJointWork() {
    return this == TECHNICAL_EXCHANGE_AND_JOINT_INNOVATION;
  }
}
