package org.leadtocash.planning.expansion;

/**
 * The four principles by which a senior sponsor is chosen for a key person (DOMAIN D10.3), in the
 * order of DOMAIN.
 */
public enum SponsorPrinciple {
  /** Rank parity: the sponsor's seniority matches the key person's. */
  RANK_PARITY("rank parity"),
  /** Business match: the sponsor's responsibility matches the key person's business. */
  BUSINESS_MATCH("business match"),
  /** Shared history: the sponsor and the key person have worked together before. */
  SHARED_HISTORY("shared history"),
  /** Ability and willingness: the sponsor can and will solve the customer's problems. */
  ABILITY_AND_WILLINGNESS("ability and willingness");

  private final String label;

  SponsorPrinciple(String label) {
    this.label = label;
  }

  /** {@return the principle in words, e.g. "rank parity"; never null} */
  public String label() {
    return label;
  }
}
