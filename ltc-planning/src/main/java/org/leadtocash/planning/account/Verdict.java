package org.leadtocash.planning.account;

/** What a key-account review found for one principle (DOMAIN D11.1). */
public enum Verdict {
  /** Recorded as met, with evidence. */
  MET("met"),
  /** Recorded as not met, or as met without evidence. */
  NOT_MET("not met"),
  /** Nothing was recorded for it. */
  NOT_ASSESSED("not assessed");

  private final String label;

  Verdict(String label) {
    this.label = label;
  }

  /** {@return the verdict in words, e.g. "not assessed"} */
  public String label() {
    return label;
  }
}
