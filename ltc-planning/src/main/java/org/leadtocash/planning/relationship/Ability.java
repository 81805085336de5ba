package org.leadtocash.planning.relationship;

import java.util.Objects;

/**
 * The ability of the person responsible for a customer, lowest first; it is matched to the
 * customer's importance (DOMAIN D10.1, step 5: responsibility).
 */
public enum Ability {
  /** Junior: handles routine relationships. */
  JUNIOR("junior"),
  /** Experienced: handles a customer on their own. */
  EXPERIENCED("experienced"),
  /** Senior: handles an important customer and its executives. */
  SENIOR("senior"),
  /** Expert: handles the most important customers. */
  EXPERT("expert");

  private final String label;

  Ability(String label) {
    this.label = label;
  }

  /** {@return the ability in words; never null} */
  public String label() {
    return label;
  }

  /**
   * Returns whether this ability is at least another.
   *
   * @param other the ability to compare with; not null
   * @return whether this ability is the same or higher
   */
  public boolean isAtLeast(Ability other) {
    Objects.requireNonNull(other, "other");
    return compareTo(other) >= 0;
  }
}
