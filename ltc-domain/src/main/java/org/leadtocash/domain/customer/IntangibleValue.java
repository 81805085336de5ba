package org.leadtocash.domain.customer;

/**
 * The intangible parts of a customer's total value (DOMAIN D6.5): scored by the host ({@link
 * IntangibleScores}) and converted to money by an {@link IntangibleValuePolicy}.
 */
public enum IntangibleValue {
  /** Learning value for new product and service development (新产品/服务开发的学习价值). */
  LEARNING("learning value"),
  /** Skill-building value: what our people learn serving the customer (技能培养). */
  SKILL_BUILDING("skill-building value"),
  /** Referral potential: other customers the customer brings (推荐潜力). */
  REFERRAL("referral potential"),
  /** Other intangible value (无形价值), e.g. a reference site or brand. */
  OTHER("other intangible value");

  private final String label;

  IntangibleValue(String label) {
    this.label = label;
  }

  /** {@return the part's name in the sources' words; never null} */
  public String label() {
    return label;
  }
}
