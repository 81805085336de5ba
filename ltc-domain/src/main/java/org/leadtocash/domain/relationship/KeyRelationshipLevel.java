package org.leadtocash.domain.relationship;

import java.util.Objects;
import java.util.Optional;

/**
 * The six ordered levels of a key relationship with one person of the decision chain, lowest first
 * (DOMAIN D7.4): opposed &lt; contacted &lt; accepted &lt; favourable &lt; supportive, not
 * exclusive &lt; supportive and exclusive. Each level carries its playbook.
 */
public enum KeyRelationshipLevel {
  /** Opposed (反对): not accepted. */
  OPPOSED(
      "opposed",
      "routine visits (the golden 20 minutes), bring company resources, manage expectations, keep"
          + " every promise"),
  /** Contacted (接触): not accepted yet. */
  CONTACTED(
      "contacted",
      "routine visits (the golden 20 minutes), bring company resources, manage expectations, keep"
          + " every promise"),
  /** Accepted (接受): neutral. */
  ACCEPTED("accepted", "show the company's strength, build a personal friendship outside work"),
  /** Favourable (有好感): limited support. */
  FAVOURABLE("favourable", "deepen the relationship, help with career needs"),
  /** Supportive, not exclusive (支持不排他): limited support. */
  SUPPORTIVE("supportive, not exclusive", "deepen the relationship, help with career needs"),
  /** Supportive and exclusive (支持并排他). */
  SUPPORTIVE_EXCLUSIVE(
      "supportive and exclusive", "maintain, develop into a coach, coach each other");

  private final String label;
  private final String playbook;

  KeyRelationshipLevel(String label, String playbook) {
    this.label = label;
    this.playbook = playbook;
  }

  /** {@return the level's name in the sources' words; never null} */
  public String label() {
    return label;
  }

  /** {@return what to do with a person at this level (D7.4); never null} */
  public String playbook() {
    return playbook;
  }

  /**
   * Returns whether this level is at least the given one.
   *
   * @param other the level to compare with; not null
   * @return whether this level is the same or higher
   */
  public boolean isAtLeast(KeyRelationshipLevel other) {
    Objects.requireNonNull(other, "other");
    return compareTo(other) >= 0;
  }

  /** {@return the next higher level, or empty at the top; never null} */
  public Optional<KeyRelationshipLevel> next() {
    return ordinal() + 1 < values().length
        ? Optional.of(values()[ordinal() + 1])
        : Optional.empty();
  }
}
