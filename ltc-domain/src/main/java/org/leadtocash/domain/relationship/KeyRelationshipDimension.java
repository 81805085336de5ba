package org.leadtocash.domain.relationship;

/**
 * The six dimensions along which a key relationship with one person is assessed (DOMAIN D7.5). Each
 * is scored on the scale of {@link KeyRelationshipAssessment}; a {@link KeyRelationshipPolicy}
 * turns the six scores into a {@link KeyRelationshipLevel}.
 */
public enum KeyRelationshipDimension {
  /**
   * Acceptance of the company (接受认可度): the person recognises the company and its brand through us,
   * not only the individual employee. A relationship that belongs to one employee is a risk: most
   * of what the employee brings is the company's.
   */
  ACCEPTANCE_OF_COMPANY(
      "acceptance of the company",
      "recognises the company and its brand, not only the individual employee"),
  /**
   * Participation (客户接触活动参与度): how willingly the person takes part in our contact activities —
   * exhibitions, forums, showcase-site visits (D7.9).
   */
  PARTICIPATION(
      "participation", "takes part in our contact activities: exhibitions, forums, site visits"),
  /** Information sharing (信息传递): the person passes us valuable intelligence. */
  INFORMATION_SHARING("information sharing", "passes us valuable intelligence"),
  /** Guidance (项目及日常业务指导): the person advises on our project and our daily work. */
  GUIDANCE("guidance", "advises on our project work and our daily work"),
  /**
   * Project support (项目支持度): the person votes for us in the project — the core value of a key
   * relationship and its touchstone (试金石).
   */
  PROJECT_SUPPORT("project support", "votes for us in the project: the touchstone"),
  /** Competitive attitude (竞争态度): the person's attitude towards us versus our competitors. */
  COMPETITIVE_ATTITUDE(
      "competitive attitude", "favours us over our competitors, up to excluding them");

  private final String label;
  private final String definition;

  KeyRelationshipDimension(String label, String definition) {
    this.label = label;
    this.definition = definition;
  }

  /** {@return the dimension's name in the sources' words; never null} */
  public String label() {
    return label;
  }

  /** {@return what a high score means, in the sources' words (D7.5); never null} */
  public String definition() {
    return definition;
  }
}
