package org.leadtocash.domain.relationship;

/**
 * The three layers of the customer relationship (客户关系, DOMAIN D7.1). A customer is won on all three
 * at once: with the individuals of the decision chain, broadly with every department we touch, and
 * company to company.
 */
public enum RelationshipLayer {
  /** Key relationships (关键客户关系): with the individuals of the decision chain (D7.2–D7.5). */
  KEY(
      "key relationship",
      "关键客户关系",
      "with the individuals of the decision chain: each key person's role, stance and level"),
  /** General relationships (普遍客户关系): broad, with every customer department we touch (D7.6). */
  GENERAL(
      "general relationship",
      "普遍客户关系",
      "broad, with every customer department we touch, developing tomorrow's stars early"),
  /** Organisational relationships (组织客户关系): company to company (D7.7). */
  ORGANISATIONAL(
      "organisational relationship",
      "组织客户关系",
      "company to company, measured by the steps of the customer's procurement we take part in");

  private final String label;
  private final String chineseTerm;
  private final String definition;

  RelationshipLayer(String label, String chineseTerm, String definition) {
    this.label = label;
    this.chineseTerm = chineseTerm;
    this.definition = definition;
  }

  /** {@return the layer's name, e.g. {@code key relationship}; never null} */
  public String label() {
    return label;
  }

  /** {@return the sources' term, e.g. {@code 关键客户关系}; never null} */
  public String chineseTerm() {
    return chineseTerm;
  }

  /** {@return what the layer covers, in the domain's words (D7.1); never null} */
  public String definition() {
    return definition;
  }
}
