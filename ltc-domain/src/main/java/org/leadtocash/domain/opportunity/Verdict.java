package org.leadtocash.domain.opportunity;

/** The verdict of a gate decision (DOMAIN D3.2). */
public enum Verdict {
  /** The gate is passed. */
  APPROVED("approved"),
  /** The gate is passed on conditions that the decision lists. */
  APPROVED_WITH_CONDITIONS("approved with conditions"),
  /** The gate is not passed; the opportunity ends or returns per the host's rejection policy. */
  REJECTED("rejected"),
  /** The decision is postponed; the gate stays open for a later decision. */
  DEFERRED("deferred");

  private final String label;

  Verdict(String label) {
    this.label = label;
  }

  /** {@return the verdict in words, for display, e.g. {@code approved}; never null} */
  public String label() {
    return label;
  }

  /** {@return whether this verdict passes the gate: approved, with or without conditions} */
  public boolean passes() {
    return this == APPROVED || this == APPROVED_WITH_CONDITIONS;
  }
}
