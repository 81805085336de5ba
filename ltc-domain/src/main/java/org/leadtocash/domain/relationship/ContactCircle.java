package org.leadtocash.domain.relationship;

import java.util.Objects;

/**
 * The two circles of a person's life that a connection reaches (DOMAIN D7.10), in the order of
 * progress: the standard of progress in a relationship is to go from the customer's work circle
 * into their life circle (从客户的工作圈走进他的生活圈).
 */
public enum ContactCircle {
  /** The work circle (工作圈): colleagues and business partners. */
  WORK_CIRCLE("work circle", "工作圈"),
  /** The life circle (生活圈): family, friends, neighbours, school, faith, clubs. */
  LIFE_CIRCLE("life circle", "生活圈");

  private final String label;
  private final String chineseTerm;

  ContactCircle(String label, String chineseTerm) {
    this.label = label;
    this.chineseTerm = chineseTerm;
  }

  /** {@return the circle in words, e.g. {@code life circle}; never null} */
  public String label() {
    return label;
  }

  /** {@return the sources' term, e.g. {@code 生活圈}; never null} */
  public String chineseTerm() {
    return chineseTerm;
  }

  /**
   * Returns whether this circle is further along the standard of progress than another: the life
   * circle is deeper than the work circle (D7.10).
   *
   * @param other the circle to compare with; not null
   * @return whether this is the life circle and the other the work circle
   */
  public boolean isDeeperThan(ContactCircle other) {
    Objects.requireNonNull(other, "other");
    return compareTo(other) > 0;
  }
}
