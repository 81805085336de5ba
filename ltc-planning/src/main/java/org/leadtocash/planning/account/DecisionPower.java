package org.leadtocash.planning.account;

/** Where a key account makes its buying decisions (DOMAIN D11.9). */
public enum DecisionPower {
  /** The local company decides. */
  LOCAL("local"),
  /** Headquarters decides. */
  HEADQUARTERS("headquarters"),
  /** Local company and headquarters decide together, e.g. HQ sets the frame, local picks. */
  SHARED("shared between local and headquarters");

  private final String label;

  DecisionPower(String label) {
    this.label = label;
  }

  /** {@return the decision power in words, e.g. "headquarters"} */
  public String label() {
    return label;
  }
}
