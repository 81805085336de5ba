package org.leadtocash.planning.expansion;

/**
 * The six usual pitfalls of key-relationship planning that a {@link PlanReview} checks (DOMAIN
 * D10.2), in the order of DOMAIN. How each is detected is the {@link PitfallPolicy}'s: see {@link
 * PitfallPolicy#standard()}.
 */
public enum Pitfall {
  /** The hidden decision chain is ignored: influential people and unmapped roles left aside. */
  HIDDEN_CHAIN_IGNORED("hidden decision chain ignored"),
  /** The competitor is ignored: the main competitor's relationships are not assessed. */
  COMPETITOR_IGNORED("competitor ignored"),
  /** The person's career needs are ignored: no need recorded for a targeted person. */
  CAREER_NEEDS_IGNORED("career needs ignored"),
  /** Relationships are too shallow: decision makers aimed low, or everything on one person. */
  TOO_SHALLOW("relationships too shallow"),
  /** Tomorrow's stars are not developed (明日之星, D7.6). */
  STARS_NOT_DEVELOPED("tomorrow's stars not developed"),
  /** Expansion work is not done by the rules: actions without owner, review date or target. */
  RULES_NOT_FOLLOWED("expansion work not done by the rules");

  private final String label;

  Pitfall(String label) {
    this.label = label;
  }

  /** {@return the pitfall in words, e.g. "competitor ignored"; never null} */
  public String label() {
    return label;
  }
}
