package org.leadtocash.domain.relationship;

/**
 * The kinds of connection through which a person can be reached (DOMAIN D7.10), in the order of the
 * sources: family, colleagues, friends, the customer's customers, suppliers, neighbours, school,
 * education, religion, clubs. Each belongs to the {@link ContactCircle work or life circle}.
 *
 * <p>Each also has a {@link #strength() strength}, used to rank {@link ConnectionPath connection
 * paths} by their weakest link. The sources give no order; the library's documented default ranks
 * personal trust above shared activity, and shared activity above business interest:
 *
 * <p>FAMILY (10) &gt; FRIEND (9) &gt; SCHOOL (8) &gt; COLLEAGUE (7) &gt; NEIGHBOUR (6) &gt; CLUB
 * (5) &gt; EDUCATION (4) &gt; RELIGION (3) &gt; CUSTOMERS_CUSTOMER (2) &gt; SUPPLIER (1).
 */
public enum ConnectionType {
  /** Family (家庭): relatives. Life circle; strength 10. */
  FAMILY("family", "家庭", ContactCircle.LIFE_CIRCLE, 10),
  /** Colleagues (同事): work together, now or before. Work circle; strength 7. */
  COLLEAGUE("colleague", "同事", ContactCircle.WORK_CIRCLE, 7),
  /** Friends (朋友). Life circle; strength 9. */
  FRIEND("friend", "朋友", ContactCircle.LIFE_CIRCLE, 9),
  /** The customer's customers (客户的客户): whom the customer serves. Work circle; strength 2. */
  CUSTOMERS_CUSTOMER("customer's customer", "客户的客户", ContactCircle.WORK_CIRCLE, 2),
  /** Suppliers (供应商): who serve the customer. Work circle; strength 1. */
  SUPPLIER("supplier", "供应商", ContactCircle.WORK_CIRCLE, 1),
  /** Neighbours (邻居). Life circle; strength 6. */
  NEIGHBOUR("neighbour", "邻居", ContactCircle.LIFE_CIRCLE, 6),
  /** School (学校): schoolmates, or parents whose children share a school. Life circle; 8. */
  SCHOOL("school", "学校", ContactCircle.LIFE_CIRCLE, 8),
  /**
   * Education (教育背景): the same university, degree or training programme, without having met there.
   * Life circle; strength 4.
   */
  EDUCATION("education", "教育背景", ContactCircle.LIFE_CIRCLE, 4),
  /** Religion (宗教信仰): the same faith community. Life circle; strength 3. */
  RELIGION("religion", "宗教信仰", ContactCircle.LIFE_CIRCLE, 3),
  /** Clubs (俱乐部圈子): sports, hobby or business clubs. Life circle; strength 5. */
  CLUB("club", "俱乐部圈子", ContactCircle.LIFE_CIRCLE, 5);

  private final String label;
  private final String chineseTerm;
  private final ContactCircle circle;
  private final int strength;

  ConnectionType(String label, String chineseTerm, ContactCircle circle, int strength) {
    this.label = label;
    this.chineseTerm = chineseTerm;
    this.circle = circle;
    this.strength = strength;
  }

  /** {@return the type in words, e.g. {@code customer's customer}; never null} */
  public String label() {
    return label;
  }

  /** {@return the sources' term, e.g. {@code 客户的客户}; never null} */
  public String chineseTerm() {
    return chineseTerm;
  }

  /** {@return the circle of the target's life the connection belongs to (D7.10); never null} */
  public ContactCircle circle() {
    return circle;
  }

  /**
   * {@return the strength of the tie, from 1 (weakest) to 10 (strongest), distinct per type; see
   * the class documentation for the order}
   */
  public int strength() {
    return strength;
  }
}
