package org.leadtocash.domain.customer;

/**
 * The five levels of Maslow's hierarchy of needs, lowest first, by which a key person's needs are
 * analysed to serve them as a person and avoid competing like everyone else (DOMAIN D6.8, D7.4;
 * personal data, D7.8: never printed).
 */
public enum MaslowLevel {
  /** Physiological needs (生理需求): what survival needs. */
  PHYSIOLOGICAL("physiological", "what survival needs"),
  /** Safety needs (安全需求): personal safety, freedom from threat. */
  SAFETY("safety", "personal safety, freedom from threat"),
  /** Social needs (社交需求): friendship, belonging, exchange with others. */
  SOCIAL("social", "friendship, belonging, exchange with others"),
  /** Esteem needs (尊重的需求): to be respected and recognised by others. */
  ESTEEM("esteem", "to be respected and recognised by others"),
  /**
   * Self-actualisation (自我实现的需求): to use one's talents fully, achieve in one's career, realise
   * one's ideals.
   */
  SELF_ACTUALISATION(
      "self-actualisation", "to use one's talents fully, achieve in one's career, realise ideals");

  private final String label;
  private final String definition;

  MaslowLevel(String label, String definition) {
    this.label = label;
    this.definition = definition;
  }

  /** {@return the level's name; never null} */
  public String label() {
    return label;
  }

  /** {@return what needs of this level are; never null} */
  public String definition() {
    return definition;
  }
}
