package org.leadtocash.metrics.efficiency;

/**
 * The two kinds of sales loss of the waterfall (DOMAIN D11.5): not reaching a customer is a loss of
 * efficiency (coverage); reaching it and not winning is a loss of effectiveness (skills).
 */
public enum LossKind {
  /** Coverage: customers not contacted. */
  EFFICIENCY("efficiency loss"),
  /** Skills: contacted but not seriously pursued, or pursued but not won. */
  EFFECTIVENESS("effectiveness loss");

  private final String label;

  LossKind(String label) {
    this.label = label;
  }

  /** {@return the kind of loss in words, for display, e.g. {@code efficiency loss}; never null} */
  public String label() {
    return label;
  }
}
