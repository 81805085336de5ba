package org.leadtocash.planning.expansion;

/**
 * How far a sponsor candidate meets a principle of DOMAIN D10.3 that is judged rather than counted
 * (business match, ability, willingness), lowest first.
 */
public enum Extent {
  /** Low: hardly or not at all. */
  LOW("low"),
  /** Medium: in part. */
  MEDIUM("medium"),
  /** High: fully. */
  HIGH("high");

  private final String label;

  Extent(String label) {
    this.label = label;
  }

  /** {@return the extent in words, e.g. "high"; never null} */
  public String label() {
    return label;
  }
}
