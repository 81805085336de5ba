package org.leadtocash.domain.relationship;

import java.util.Objects;

/**
 * The grade of the general relationship with a customer, lowest first (DOMAIN D7.6): poor &lt;
 * medium &lt; good &lt; excellent. A relationship target names the grade to reach (优秀, 良好, 中等).
 */
public enum GeneralRelationshipGrade {
  /** Poor: at least one dimension is against us. */
  POOR("poor"),
  /** Medium (中等). */
  MEDIUM("medium"),
  /** Good (良好). */
  GOOD("good"),
  /** Excellent (优秀). */
  EXCELLENT("excellent");

  private final String label;

  GeneralRelationshipGrade(String label) {
    this.label = label;
  }

  /** {@return the grade's name in the sources' words; never null} */
  public String label() {
    return label;
  }

  /**
   * Returns whether this grade is at least the given one.
   *
   * @param other the grade to compare with; not null
   * @return whether this grade is the same or better
   */
  public boolean isAtLeast(GeneralRelationshipGrade other) {
    Objects.requireNonNull(other, "other");
    return compareTo(other) >= 0;
  }
}
